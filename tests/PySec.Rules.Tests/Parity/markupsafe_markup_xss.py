import flask
import markupsafe
from markupsafe import Markup, escape


def banner(message):
    return Markup("<div class='banner'>" + message + "</div>")  # bandit: B704  # expect: PYSEC604


def formatted(message):
    return Markup(f"<em>{message}</em>")  # bandit: B704  # expect: PYSEC604


def through_module(html):
    return markupsafe.Markup(html)  # bandit: B704  # expect: PYSEC604


def through_flask(html):
    return flask.Markup(html)  # bandit: B704  # expect: PYSEC604


def constant():
    return Markup("<hr>")


def escaped(message):
    return Markup("<em>{}</em>").format(message)


def escaped_call(message):
    return Markup(escape(message))  # bandit: B704 -- quiet: the argument is already escaped
