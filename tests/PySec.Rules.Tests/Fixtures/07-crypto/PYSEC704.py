import hashlib
import hmac
import os

from flask import abort, request

API_KEY = os.environ["API_KEY"]
ALGORITHM = "HS256"


def require_api_key():
    if request.headers.get("X-Api-Key", "") != API_KEY:  # expect: PYSEC704
        abort(401)


def variants(key, body, signature, user, supplied):
    expected = hmac.new(key, body, hashlib.sha256).hexdigest()
    if expected == signature:  # expect: PYSEC704
        return True
    if user.reset_token == supplied:  # expect: PYSEC704
        return True
    if user.csrf_token != request.form["csrf_token"]:  # expect: PYSEC704
        abort(403)
    webhookSecret = os.environ["HOOK"]
    return supplied == webhookSecret  # expect: PYSEC704


def verify_webhook(key: bytes, body: bytes, signature_hex: str) -> bool:
    expected = hmac.new(key, body, digestmod=hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, signature_hex)  # ok: PYSEC704


def near_misses(token, token_type, signature, header, tokens):
    if token is None:  # ok: PYSEC704
        return False
    if token == "":  # ok: PYSEC704
        return False
    if token_type == header:  # ok: PYSEC704
        return False
    if header["alg"] == ALGORITHM:  # ok: PYSEC704
        return False
    if len(signature) != 64:  # ok: PYSEC704
        return False
    if signature in tokens:  # ok: PYSEC704
        return True
    return hmac.compare_digest(token, header)  # ok: PYSEC704
