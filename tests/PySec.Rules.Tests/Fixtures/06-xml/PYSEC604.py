import cgi
import html

from django.utils.html import escape as django_escape, format_html
from django.utils.safestring import SafeString, mark_safe
from flask import Markup as FlaskMarkup
from markupsafe import Markup
import markupsafe

BADGE = "<span class='badge'>admin</span>"


def user_badge(user):
    return mark_safe(f"<span class='badge'>{user.display_name}</span>")  # expect: PYSEC604


def highlight(term: str):
    return Markup("<mark>" + term + "</mark>")  # expect: PYSEC604


def more(value, template, comment):
    SafeString(value)  # expect: PYSEC604
    mark_safe(value)  # expect: PYSEC604
    markupsafe.Markup(comment.body)  # expect: PYSEC604
    FlaskMarkup(value)  # expect: PYSEC604
    format_html(template, value)  # expect: PYSEC604
    format_html(f"<b>{value}</b>")  # expect: PYSEC604
    cgi.escape(value)  # expect: PYSEC604

    mark_safe("<br>")  # ok: PYSEC604
    mark_safe(BADGE)  # ok: PYSEC604
    mark_safe(django_escape(value))  # ok: PYSEC604
    mark_safe(format_html("<b>{}</b>", value))  # ok: PYSEC604
    Markup("<mark>{}</mark>").format(term)  # ok: PYSEC604
    Markup(markupsafe.escape(value))  # ok: PYSEC604
    format_html("<span class='badge'>{}</span>", value)  # ok: PYSEC604
    html.escape(value)  # ok: PYSEC604


term = "x"
