import logging
from string import Template
from flask import request
from myapp.models import current_user

log = logging.getLogger(__name__)


def greeting():
    template = Template(request.form["template"])
    return template.safe_substitute(name=current_user.display_name, plan=current_user.plan_name)  # ok: PYSEC105


def receipt_line(item_name: str, price_cents: int) -> str:
    return "{}: {:.2f}".format(item_name, price_cents / 100)  # ok: PYSEC105


def on_login(username):
    log.info("login succeeded for %r", username)  # ok: PYSEC105, PYSEC106
