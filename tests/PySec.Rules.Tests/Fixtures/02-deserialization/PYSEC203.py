import hashlib
import hmac
import json
import pickle
import time

from django.core import signing


def read_session(key: bytes, body: bytes, signature: str):
    expected = hmac.new(key, body, hashlib.sha256).hexdigest()
    if expected != signature:  # expect: PYSEC203
        raise ValueError("bad signature")
    return json.loads(body)


def read_cookie(key, cookie):
    payload, sig = cookie.rsplit(".", 1)
    if hmac.new(key, payload.encode(), "sha256").hexdigest() == sig:  # expect: PYSEC203
        return json.loads(payload)
    return None


def read_message(key, message):
    if message["mac"] != compute(key, message["body"]):  # expect: PYSEC203
        raise ValueError("bad mac")
    return pickle.loads(message["body"])


def load_then_verify(key, blob, tag):
    obj = pickle.loads(blob)
    if not hmac.compare_digest(hmac.digest(key, blob, "sha256"), tag):  # expect: PYSEC203
        raise ValueError("bad tag")
    return obj


def compute(key, body):
    return hmac.new(key, body, "sha256").digest()


def write_session(key: bytes, data: dict, ttl: int = 3600) -> tuple[bytes, str]:
    body = json.dumps({"exp": int(time.time()) + ttl, "data": data}, separators=(",", ":")).encode()
    return body, hmac.new(key, body, hashlib.sha256).hexdigest()


def read_session_safe(key: bytes, body: bytes, signature: str) -> dict:
    expected = hmac.new(key, body, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, signature):  # ok: PYSEC203
        raise ValueError("bad signature")
    payload = json.loads(body)
    if payload["exp"] < time.time():  # ok: PYSEC203
        raise ValueError("expired")
    return payload["data"]


def no_loader(key, body, signature):
    return hmac.new(key, body, "sha256").hexdigest() == signature  # ok: PYSEC203


def constant_check(body, signature):
    if signature == "":  # ok: PYSEC203
        return None
    if signature is None:  # ok: PYSEC203
        return None
    return json.loads(body)


def make_unsubscribe_token(user_id: int) -> str:
    return signing.dumps({"uid": user_id}, salt="unsubscribe")


def read_unsubscribe_token(token: str) -> int:
    return signing.loads(token, salt="unsubscribe", max_age=7 * 24 * 3600)["uid"]
