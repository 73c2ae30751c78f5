import builtins
import json
from flask import Flask, request

app = Flask(__name__)
DEFAULTS = "{'page': 1, 'size': 20}"
evaluate = eval


@app.get("/filter")
def filter_items():
    ids = eval(request.args["ids"])  # expect: PYSEC101
    return {"ids": list(ids)}


def calculator(expression, scope):
    eval(expression)  # expect: PYSEC101
    eval(expression, {"__builtins__": {}})  # expect: PYSEC101
    eval("1 + " + expression)  # expect: PYSEC101
    eval(f"{scope}.value")  # expect: PYSEC101
    builtins.eval(expression)  # expect: PYSEC101
    evaluate(expression)  # expect: PYSEC101
    eval(  # expect: PYSEC101
        input(),
    )

    eval("1 + 2")  # ok: PYSEC101
    eval(DEFAULTS)  # ok: PYSEC101
    eval("[" + "1, 2" + "]")  # ok: PYSEC101
    json.loads(expression)  # ok: PYSEC101
    scope.eval(expression)  # ok: PYSEC101
    eval(compile(expression, "<calc>", "eval"))  # ok: PYSEC101
    eval(expression)  # nosec B307 -- expressions come from our own config file
    eval(expression)  # noqa: S307


def shadowed(text):
    def eval(value):
        return value

    return eval(text)  # ok: PYSEC101
