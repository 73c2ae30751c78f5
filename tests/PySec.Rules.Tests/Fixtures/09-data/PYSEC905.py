def is_admin(role: str) -> bool:
    return role == "user‮ ⁦# admin⁩ ⁦"  # expect: PYSEC905


def check_access(access_level):
    if access_level != "user":  # Check if admin ‮⁦ if access_level != "none"⁩⁦  # expect: PYSEC905
        return False
    return True


def early_return(user):
    """ ‮ return True ⁩ """  # expect: PYSEC905
    label = f'{user}⁧hidden⁩'  # expect: PYSEC905
    raw = r'‮'  # expect: PYSEC905
    mark = 'שלום‏'  # expect: PYSEC905
    # ‪ a comment that only pretends ‬  # expect: PYSEC905
    return label, raw, mark


RIGHT_TO_LEFT_OVERRIDE = "\u202e"  # ok: PYSEC905


def rtl(text: str) -> str:
    return RIGHT_TO_LEFT_OVERRIDE + text + "\u202c"  # ok: PYSEC905


ADMIN_ROLES = frozenset({"admin", "owner"})
GREETING = "שלום עולם"  # ok: PYSEC905
LEFT_TO_RIGHT_MARK = 'a‎b'  # ok: PYSEC905


def is_admin_plain(role: str) -> bool:
    return role in ADMIN_ROLES  # ok: PYSEC905


def homoglyphs():
    аdmin = True  # expect: PYSEC905
    дом = "house"  # ok: PYSEC905
    café = 1  # ok: PYSEC905
    return аdmin, дом, café  # expect: PYSEC905
