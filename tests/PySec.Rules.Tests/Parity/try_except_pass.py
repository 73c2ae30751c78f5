import builtins


def cleanup(path, remove):
    try:
        remove(path)
    except:  # bandit: B110  # expect: PYSEC012
        pass


def close(conn):
    try:
        conn.close()
    except Exception:  # bandit: B110  # expect: PYSEC012
        pass


def close_logged(conn, log):
    try:
        conn.close()
    except Exception as error:  # bandit: B110  # expect: PYSEC012
        pass


def typed(value):
    try:
        return int(value)
    except ValueError:
        pass


def several(value):
    try:
        return int(value)
    except (ValueError, TypeError):
        pass


def qualified(conn):
    try:
        conn.close()
    except builtins.Exception:  # expect: PYSEC012
        pass


def base(conn):
    try:
        conn.close()
    except BaseException:  # expect: PYSEC012
        pass


def ellipsis(conn):
    try:
        conn.close()
    except Exception:  # expect: PYSEC012
        ...


def handled(conn, log):
    try:
        conn.close()
    except Exception:
        log.exception("close failed")
