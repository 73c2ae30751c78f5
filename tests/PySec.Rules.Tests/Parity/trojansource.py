def is_admin(user):
    access_level = user.level
    if access_level != "user‮ ⁦# admin⁩ ⁦":  # bandit: B613  # expect: PYSEC905
        return True
    return False


def note():
    return "plain text"  # the comment hides a reordering: ⁧abc⁩  # expect: PYSEC905


def clean():
    return "no control characters here"
