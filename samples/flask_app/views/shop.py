"""Product pages and search."""
from flask import Blueprint, render_template_string, request

from .. import db

shop = Blueprint("shop", __name__)


@shop.route("/search")
def search():
    term = request.args.get("q", "")
    rows = db.find_products(term)
    # expect: PYSEC108
    return render_template_string("<h1>Results for " + term + "</h1>{{ rows }}", rows=rows)


@shop.route("/product/<int:product_id>")
def product(product_id):
    # Safe: a constant template, values passed as variables.
    return render_template_string("<h1>{{ p.name }}</h1>", p=db.find_product(product_id))


@shop.route("/price")
def price():
    expression = request.args.get("expr", "0")
    return {"price": eval(expression)}  # expect: PYSEC101
