import json
from flask import Flask, abort, request

app = Flask(__name__)


@app.get("/filter")
def filter_items():
    try:
        ids = json.loads(request.args["ids"])  # ok: PYSEC101
    except (KeyError, ValueError):
        abort(400)
    if not isinstance(ids, list) or not all(isinstance(i, int) for i in ids):
        abort(400)
    return {"ids": ids}


@app.get("/filter-old")
def filter_items_old():
    ids = eval(request.args["ids"])  # expect: PYSEC101
    return {"ids": list(ids)}
