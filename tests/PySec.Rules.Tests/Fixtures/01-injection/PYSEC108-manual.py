from jinja2 import Environment, FileSystemLoader, select_autoescape
from mako.lookup import TemplateLookup

env = Environment(  # ok: PYSEC108
    loader=FileSystemLoader("templates"),
    autoescape=select_autoescape(["html", "htm", "xml"]),
)
lookup = TemplateLookup(directories=["templates"], default_filters=["h"])  # ok: PYSEC108


def render_invoice(invoice):
    return lookup.get_template("invoice.html").render(invoice=invoice)  # ok: PYSEC108
