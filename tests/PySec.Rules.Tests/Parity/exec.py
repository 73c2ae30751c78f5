import builtins


def run_plugin(source, namespace):
    exec(source, namespace)  # bandit: B102  # expect: PYSEC102


def define_constant():
    exec("LIMIT = 10")  # bandit: B102 -- quiet: constant source, nothing from outside


def load_script(path):
    with open(path) as handle:
        code = compile(handle.read(), path, "exec")  # expect: PYSEC102
    exec(code)  # bandit: B102  # expect: PYSEC102


def indirect(text):
    builtins.exec(text)  # expect: PYSEC102


def run(statement):
    exec(statement)  # nosec B102
