import ast
from ast import literal_eval
from flask import Flask, request

app = Flask(__name__)
MAX_LITERAL = 10_000
DEFAULT = "{'a': 1}"


@app.post("/settings")
def settings():
    values = ast.literal_eval(request.get_data(as_text=True))  # expect: PYSEC104
    return {"keys": sorted(values)}


def parse(text, blob):
    ast.literal_eval(text)  # expect: PYSEC104
    literal_eval(blob.decode())  # expect: PYSEC104
    ast.literal_eval(f"[{text}]")  # expect: PYSEC104
    ast.literal_eval(node_or_string=text)  # expect: PYSEC104
    ast.literal_eval(DEFAULT)  # ok: PYSEC104
    ast.literal_eval("[1, 2, 3]")  # ok: PYSEC104
    ast.literal_eval(text[:1000])  # ok: PYSEC104
    ast.literal_eval(ast.parse(text, mode="eval"))  # ok: PYSEC104


def parse_literal(text: str):
    if len(text) > MAX_LITERAL:
        raise ValueError("literal too long")
    try:
        return ast.literal_eval(text)  # ok: PYSEC104
    except (ValueError, TypeError, SyntaxError, MemoryError, RecursionError) as exc:
        raise ValueError("invalid literal") from exc


def other_length(text, other):
    if len(other) > 10:
        raise ValueError
    return ast.literal_eval(text)  # expect: PYSEC104
