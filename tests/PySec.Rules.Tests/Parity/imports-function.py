def load_cache(blob):
    import pickle  # bandit: B403 -- quiet: importing pickle is not a risk by itself, its load calls are reported
    return pickle.loads(blob)  # bandit: B301  # expect: PYSEC201


def shell_helper():
    import os as o
    return o.getcwd()


def later(cmd):
    return o.system(cmd)  # bandit: B605 -- quiet: o is not bound here, the import belongs to another function


def run_tool(argv):
    import subprocess  # bandit: B404 -- quiet: importing subprocess is not a risk by itself
    return subprocess.run(argv, check=True, timeout=30)  # bandit: B603  # expect: PYSEC303
