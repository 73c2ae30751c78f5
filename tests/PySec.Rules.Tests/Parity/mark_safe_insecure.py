from django.utils import safestring
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe


def greeting(name):
    return mark_safe("<p>Hello " + name + "</p>")  # bandit: B308  # bandit: B703  # expect: PYSEC604


def formatted(name):
    return mark_safe("<p>Hello {}</p>".format(name))  # bandit: B308  # bandit: B703  # expect: PYSEC604


def f_string(name):
    return mark_safe(f"<p>Hello {name}</p>")  # bandit: B308  # bandit: B703  # expect: PYSEC604


def percent(name):
    html = "<p>Hello %s</p>" % name
    return mark_safe(html)  # bandit: B308  # bandit: B703  # expect: PYSEC604


def through_module(comment):
    return safestring.mark_safe(comment)  # bandit: B308  # bandit: B703  # expect: PYSEC604


def safe_string(comment):
    return SafeString(comment)  # bandit: B703  # expect: PYSEC604


def reassigned(name, bold):
    html = "<p>plain</p>"
    if bold:
        html = "<b>" + name + "</b>"
    return mark_safe(html)  # bandit: B308  # bandit: B703  # expect: PYSEC604
