import builtins


def parse_all(lines):
    values = []
    for line in lines:
        try:
            values.append(int(line))
        except:  # bandit: B112  # expect: PYSEC012
            continue
    return values


def fetch_all(urls, get):
    for url in urls:
        try:
            get(url)
        except Exception:  # bandit: B112  # expect: PYSEC012
            continue


def typed(lines):
    for line in lines:
        try:
            int(line)
        except ValueError:
            continue


def qualified(items, handle):
    for item in items:
        try:
            handle(item)
        except builtins.Exception:  # expect: PYSEC012
            continue


def base(items, handle):
    while items:
        try:
            handle(items.pop())
        except BaseException:  # expect: PYSEC012
            continue


def logged(items, handle, log):
    for item in items:
        try:
            handle(item)
        except Exception:
            log.warning("skipped %s", item)
            continue
