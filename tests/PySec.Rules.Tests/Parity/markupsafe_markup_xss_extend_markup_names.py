from markupsafe import Markup
from webhelpers.html import literal


def raw(comment):
    return Markup(comment)  # bandit: B704  # expect: PYSEC604


def helper(comment):
    return literal(comment)
