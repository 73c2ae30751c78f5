"""Login, password hashing and API tokens."""
import hashlib
import hmac
import logging
import secrets

from . import config

log = logging.getLogger(__name__)


def hash_password(password: str) -> str:
    return hashlib.md5(password.encode()).hexdigest()  # expect: PYSEC702, PYSEC703


def hash_password_safely(password: str, salt: bytes) -> bytes:
    # Safe: a slow, salted key-derivation function.
    return hashlib.scrypt(password.encode(), salt=salt, n=2**14, r=8, p=1)


def check_token(token: str) -> bool:
    return token == config.API_TOKEN  # expect: PYSEC704


def check_token_safely(token: str) -> bool:
    # Safe: constant-time comparison.
    return hmac.compare_digest(token.encode(), config.API_TOKEN.encode())


def new_reset_code() -> str:
    # Safe: the secrets module.
    return secrets.token_urlsafe(32)


def require_admin(user):
    assert user.is_admin, "admins only"  # expect: PYSEC006
    return user


def login(user, password, store):
    try:
        account = store.lookup(user)
    except Exception:  # expect: PYSEC012
        pass
    log.warning("failed login for %s with password %s", user, password)  # expect: PYSEC908
    return None


def login_safely(user, store):
    try:
        return store.lookup(user)
    except KeyError:
        # Safe: the failure is logged without the secret, and the exception type is specific.
        log.warning("failed login for %r", user)
        return None
