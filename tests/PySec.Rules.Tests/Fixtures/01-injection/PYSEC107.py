import operator
from operator import attrgetter

from django.shortcuts import render
from flask import Flask, abort, render_template, request
from myapp import reports

app = Flask(__name__)
REPORTS = {"sales": reports.sales, "stock": reports.stock}
FIELD = "name"


@app.get("/report")
def report():
    handler = getattr(reports, request.args["name"])  # expect: PYSEC107
    return handler()


class Dispatcher:
    def handle(self, action, user, field, value):
        method = getattr(self, "do_" + action)  # expect: PYSEC107
        setattr(user, field, value)  # expect: PYSEC107
        delattr(user, field)  # expect: PYSEC107
        hasattr(user, f"can_{action}")  # expect: PYSEC107
        globals()[action]()  # expect: PYSEC107
        locals()[field] = value  # expect: PYSEC107
        operator.attrgetter(field)(user)  # expect: PYSEC107
        attrgetter(field)  # expect: PYSEC107
        operator.methodcaller(action)(user)  # expect: PYSEC107
        render_template("page.html", **locals())  # expect: PYSEC107
        render(request, "page.html", globals())  # expect: PYSEC107

        getattr(user, "name")  # ok: PYSEC107
        getattr(user, FIELD, None)  # ok: PYSEC107
        setattr(user, "last_seen", value)  # ok: PYSEC107
        globals()["__name__"]  # ok: PYSEC107
        operator.attrgetter("name", "email")  # ok: PYSEC107
        for name in ("created", "updated"):
            getattr(user, name)  # ok: PYSEC107
        render_template("page.html", user=user)  # ok: PYSEC107
        "{x}".format(**locals())  # ok: PYSEC107
        return method


@app.get("/report2")
def report2():
    handler = REPORTS.get(request.args.get("name", ""))  # ok: PYSEC107
    if handler is None:
        abort(404)
    return handler()


EDITABLE_FIELDS = {"display_name", "timezone", "language"}
FIELDS = {"total", "quantity", "discount"}
SORT_KEYS = ("name", "created")


def make_rule(field: str, value: float):
    if field not in FIELDS:
        raise ValueError("unsupported rule")
    return lambda order: getattr(order, field) < value  # ok: PYSEC107


def sort_by(rows, key):
    if key in SORT_KEYS:
        return sorted(rows, key=operator.attrgetter(key))  # ok: PYSEC107
    return sorted(rows, key=operator.attrgetter(key + "_at"))  # expect: PYSEC107


def unchecked(order, field, allowed):
    if field in allowed:
        return getattr(order, field)  # expect: PYSEC107
    return getattr(order, field)  # pysec: ignore[reflection-on-name] -- field is validated by the caller


def update_profile(user, data: dict):
    for field in EDITABLE_FIELDS & data.keys():
        value = data[field]
        if not isinstance(value, str) or len(value) > 100:
            raise ValueError(f"invalid {field}")
        user.profile[field] = value  # ok: PYSEC107
    user.save()
