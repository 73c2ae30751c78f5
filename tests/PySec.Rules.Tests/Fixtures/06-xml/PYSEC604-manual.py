import html
from django.utils.html import format_html
from flask import Response
from markupsafe import Markup


def user_badge(user):
    return format_html("<span class='badge'>{}</span>", user.display_name)  # ok: PYSEC604


def highlight(term: str):
    return Markup("<mark>{}</mark>").format(term)  # ok: PYSEC604


def hello(name: str) -> Response:
    body = "<p>Hello, " + html.escape(name) + "</p>"  # ok: PYSEC604
    return Response(body, mimetype="text/html")
