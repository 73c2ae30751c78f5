from gettext import gettext as _
from string import Formatter, Template

from flask import request
from markupsafe import Markup
from psycopg import sql
from myapp.models import current_user

RECEIPT = "{}: {:.2f}"


def greeting():
    template = request.form["template"]
    return template.format(user=current_user)  # expect: PYSEC105


def render(user_template, settings, row, data):
    user_template.format_map({"user": current_user})  # expect: PYSEC105
    settings.GREETING.format(name=current_user.name)  # expect: PYSEC105
    row["template"].format(current_user)  # expect: PYSEC105
    user_template % (current_user.name,)  # expect: PYSEC105
    settings.subject % {"name": current_user.name}  # expect: PYSEC105
    ("Dear " + user_template).format(user=current_user)  # expect: PYSEC105
    str(user_template).format(user=current_user)  # expect: PYSEC105

    "{}: {:.2f}".format(row, 1.5)  # ok: PYSEC105
    RECEIPT.format(row, 2.5)  # ok: PYSEC105
    "%s and %s" % (row, data)  # ok: PYSEC105
    _("Hello {name}").format(name=current_user.name)  # ok: PYSEC105
    data.created.format("YYYY-MM-DD")  # ok: PYSEC105
    Formatter().format("{0}", row)  # ok: PYSEC105
    row % 2  # ok: PYSEC105
    Markup("<mark>{}</mark>").format(data)  # ok: PYSEC105
    sql.SQL("SELECT count(*) FROM {}").format(sql.Identifier(data))  # ok: PYSEC105
    Template(user_template).safe_substitute(name=current_user.name)  # ok: PYSEC105
    return "{:.2f}".format(data)  # ok: PYSEC105


class Handler:
    def __init__(self, formatter):
        self.formatter = formatter

    def emit(self, record):
        return self.formatter.format(record)  # ok: PYSEC105
