import builtins
import operator

FIELDS = {"total", "quantity", "discount"}
OPS = {"lt": operator.lt, "le": operator.le, "eq": operator.eq, "ge": operator.ge, "gt": operator.gt}
SETUP = "import math"
run = exec


def make_rule(condition: str):
    namespace = {}
    exec(f"def rule(order):\n    return {condition}", namespace)  # expect: PYSEC102
    return namespace["rule"]


def plugin(code, path, mode):
    exec(code)  # expect: PYSEC102
    exec(code, {"__builtins__": None})  # expect: PYSEC102
    builtins.exec("x = " + code)  # expect: PYSEC102
    run(code)  # expect: PYSEC102
    compile(code, "<plugin>", "exec")  # expect: PYSEC102
    compiled = compile(source=code, filename=path, mode=mode)  # expect: PYSEC102
    exec(compiled)  # expect: PYSEC102
    exec(compile(code, path, "exec"))  # expect: PYSEC102

    exec("import os")  # ok: PYSEC102
    exec(SETUP)  # ok: PYSEC102
    exec(compile("x = 1", "<const>", "exec"))  # ok: PYSEC102
    compile("1 + 1", path, mode)  # ok: PYSEC102
    compile(r"\d+", 0)  # ok: PYSEC102


def safe_rule(field: str, op: str, value: float):
    if field not in FIELDS or op not in OPS:
        raise ValueError("unsupported rule")
    compare = OPS[op]
    return lambda order: compare(getattr(order, field), value)  # ok: PYSEC102


class Engine:
    def exec(self, query):
        return query

    def go(self, query):
        self.exec(query)  # ok: PYSEC102
