import json
from decimal import Decimal

from flask import Flask, abort, request

app = Flask(__name__)
LIMIT = 1000.0


@app.post("/transfer")
def transfer():
    amount = float(request.form["amount"])  # expect: PYSEC902
    if amount > LIMIT:
        abort(400)
    return {"accepted": amount}


def others(req):
    price = Decimal(request.args.get("price", "0"))  # expect: PYSEC902
    angle = complex(request.values["z"])  # expect: PYSEC902
    weight = float(req.POST["weight"])  # expect: PYSEC902
    payload = json.loads(request.data)  # expect: PYSEC902
    count = int(request.args.get("count", "1"))  # ok: PYSEC902
    strict = json.loads(request.get_data(), parse_constant=reject)  # ok: PYSEC902
    local = float("1.5")  # ok: PYSEC902
    return price, angle, weight, payload, count, strict, local


def reject(name):
    raise ValueError(name)


import re

AMOUNT = re.compile(r"[0-9]{1,7}(\.[0-9]{1,2})?", re.ASCII)
LIMIT_D = Decimal("1000.00")


@app.post("/transfer-safely")
def transfer_safely():
    raw = request.form.get("amount", "")
    if not AMOUNT.fullmatch(raw):
        abort(400)
    amount = Decimal(raw)  # ok: PYSEC902
    if not Decimal("0.01") <= amount <= LIMIT_D:
        abort(400)
    return {"accepted": str(amount)}


import math


def parse_temperature(text: str) -> float:
    value = float(text.strip())  # ok: PYSEC902
    if not math.isfinite(value) or not -90.0 <= value <= 60.0:
        raise ValueError("temperature out of range")
    return value
