import builtins


def calculate(expression: str):
    return eval(expression, {"__builtins__": {}}, {})  # expect: PYSEC005


SAFE_GLOBALS = {"__builtins__": None, "abs": abs}


def more(source, names):
    exec(source, SAFE_GLOBALS)  # expect: PYSEC005
    eval(source, dict(__builtins__={"len": len}))  # expect: PYSEC005
    eval(source, globals={"__builtins__": {"min": min, "max": max}})  # expect: PYSEC005
    env = {"__builtins__": {}}
    exec(compile(source, "<user>", "exec"), env)  # expect: PYSEC005

    eval(source, {"__builtins__": builtins, "x": 1})  # ok: PYSEC005
    exec(source, {"x": 1})  # ok: PYSEC005
    eval(source)  # ok: PYSEC005
    eval(source, names)  # ok: PYSEC005


import ast
import operator

OPS = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul, ast.Div: operator.truediv}


def calculate_safely(expression: str) -> float:
    if len(expression) > 200:
        raise ValueError("expression too long")
    tree = ast.parse(expression, mode="eval")  # ok: PYSEC005

    def walk(node):
        if isinstance(node, ast.Expression):
            return walk(node.body)
        if isinstance(node, ast.Constant) and type(node.value) in (int, float):
            return node.value
        if isinstance(node, ast.BinOp) and type(node.op) in OPS:
            return OPS[type(node.op)](walk(node.left), walk(node.right))
        raise ValueError("unsupported expression")

    return walk(tree)
