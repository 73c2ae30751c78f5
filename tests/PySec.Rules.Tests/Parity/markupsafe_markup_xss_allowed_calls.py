import bleach
from markupsafe import Markup


def cleaned(comment):
    # wrong: PYSEC604 fires on the output of bleach.clean, a sanitiser made for exactly this
    return Markup(bleach.clean(comment))  # bandit: B704  # expect: PYSEC604


def raw(comment):
    return Markup(comment)  # bandit: B704  # expect: PYSEC604
