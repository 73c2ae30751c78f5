RESERVED = {"admin", "root", "support"}


def can_register(username: str) -> bool:
    return username.lower() not in RESERVED  # expect: PYSEC906


def lookups(users, form, request, account, User):
    if "admin" == form["username"].lower():  # expect: PYSEC906
        return None
    if account.email.lower() == request.args["email"]:  # expect: PYSEC906
        return account
    owner = users[request.user_name.lower()]  # expect: PYSEC906
    member = users.get(account.login.strip().lower())  # expect: PYSEC906
    found = User.objects.filter(email=account.email.lower())  # expect: PYSEC906
    if account.role.upper() in ("ADMIN", "OWNER"):  # expect: PYSEC906
        return owner, member, found

    if account.status.lower() == "active":  # ok: PYSEC906
        return None
    label = account.username.lower()  # ok: PYSEC906
    extension = form["filename"].lower() in {".png", ".jpg"}  # ok: PYSEC906
    return label, extension


import re
import unicodedata

USERNAME = re.compile(r"[a-z0-9_.-]{3,32}")


def canonical_username(raw: str) -> str:
    if len(raw) > 64:
        raise ValueError("username too long")
    key = unicodedata.normalize("NFKC", raw).casefold()  # ok: PYSEC906
    if not USERNAME.fullmatch(key):
        raise ValueError("invalid username")
    return key


def can_register_safely(raw: str) -> bool:
    return canonical_username(raw) not in RESERVED  # ok: PYSEC906
