from django.utils.safestring import mark_safe


def badge():
    return mark_safe("<span class='badge'>new</span>")  # bandit: B308 -- quiet: constant HTML, nothing from outside
