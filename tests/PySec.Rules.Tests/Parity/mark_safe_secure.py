from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe


def constant():
    return mark_safe("<hr>")  # bandit: B308 -- quiet: constant HTML, nothing from outside


def constant_variable():
    html = "<br>"
    return mark_safe(html)  # bandit: B308 -- quiet: constant HTML, nothing from outside


def escaped(name):
    # wrong: PYSEC604 fires although the only value is passed through django.utils.html.escape
    return mark_safe("<p>Hello %s</p>" % escape(name))  # bandit: B308  # bandit: B703  # expect: PYSEC604


def formatted(name):
    return format_html("<p>Hello {}</p>", name)


def joined_constants(wide):
    html = "<div>"
    if wide:
        html = "<div class='wide'>"
    # wrong: PYSEC604 fires although html is one of two literals and the rest is a literal too
    return mark_safe(html + "</div>")  # bandit: B308  # bandit: B703  # expect: PYSEC604
