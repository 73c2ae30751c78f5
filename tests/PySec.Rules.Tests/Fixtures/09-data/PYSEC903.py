from decimal import Decimal

from flask import abort, request


def can_afford(balance: Decimal, price_text: str) -> bool:
    return balance >= float(price_text)  # expect: PYSEC903


def more(limit: float, total: Decimal, document):
    fee = Decimal(0.1)  # expect: PYSEC903
    if total > limit:  # expect: PYSEC903
        return None
    net = Decimal("10.00") - 0.3  # expect: PYSEC903
    price = Decimal("19.99")
    if price == 19.99:  # expect: PYSEC903
        return None
    if request.args["user_id"] == 42:  # expect: PYSEC903
        abort(403)
    exact = Decimal("0.1")  # ok: PYSEC903
    count = Decimal(3)  # ok: PYSEC903
    if total > Decimal("100.00"):  # ok: PYSEC903
        return fee, net
    if limit > 0.5:  # ok: PYSEC903
        return exact, count
    if int(request.args["page"]) == 1:  # ok: PYSEC903
        return None
    return total * 2  # ok: PYSEC903


from decimal import InvalidOperation


def can_afford_safely(balance: Decimal, price_text: str) -> bool:
    try:
        price = Decimal(price_text)
    except InvalidOperation:
        raise ValueError("invalid price") from None
    if not price.is_finite() or price < 0:  # ok: PYSEC903
        raise ValueError("invalid price")
    return balance >= price  # ok: PYSEC903


import decimal

ctx = decimal.getcontext()
ctx.traps[decimal.FloatOperation] = True
ctx.prec = 28


def require_owner(document):
    try:
        user_id = int(request.headers["X-User-Id"])
    except (KeyError, ValueError):
        abort(400)
    if user_id != document.owner_id:  # ok: PYSEC903
        abort(403)
