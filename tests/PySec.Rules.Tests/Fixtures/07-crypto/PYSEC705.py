import hashlib
import hmac
from hmac import new as new_mac


def sign(key: bytes, message: bytes) -> bytes:
    return hmac.new(key, message).digest()  # expect: PYSEC705


def variants(key, message):
    hmac.new(key)  # expect: PYSEC705
    new_mac(key, msg=message)  # expect: PYSEC705
    hmac.new(key, message, None)  # expect: PYSEC705
    hmac.HMAC(key, message)  # expect: PYSEC705


def sign_safely(key: bytes, message: bytes) -> bytes:
    return hmac.new(key, message, digestmod=hashlib.sha256).digest()  # ok: PYSEC705


def near_misses(key, message, kwargs):
    hmac.new(key, message, hashlib.sha256)  # ok: PYSEC705
    hmac.new(key, message, "sha256")  # ok: PYSEC705
    hmac.new(key, message, **kwargs)  # ok: PYSEC705
    hmac.digest(key, message, "sha256")  # ok: PYSEC705
    hmac.compare_digest(key, message)  # ok: PYSEC705
