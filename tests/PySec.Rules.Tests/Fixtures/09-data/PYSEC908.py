import logging

from flask import request

log = logging.getLogger(__name__)


def login(username: str, password: str):
    log.debug("login attempt user=%s password=%s", username, password)  # expect: PYSEC908


def more(user, config, session):
    logging.info(f"token is {user.access_token}")  # expect: PYSEC908
    log.warning("headers: %s", request.headers)  # expect: PYSEC908
    log.info("form %r", request.form)  # expect: PYSEC908
    log.debug("request %s", request)  # expect: PYSEC908
    print("api key:", config.apiKey)  # expect: PYSEC908
    log.error("auth " + str(config.authorization))  # expect: PYSEC908
    raise ValueError(f"bad secret {config.client_secret}")  # expect: PYSEC908


def fine(user, config, tokens, session):
    log.info("login attempt for user %r", user.name)  # ok: PYSEC908
    log.info("issued %d tokens", len(tokens))  # ok: PYSEC908
    log.info("token type %s", config.token_type)  # ok: PYSEC908
    log.info("password length policy %s", config.password_length)  # ok: PYSEC908
    log.info("user agent %s", request.headers.get("User-Agent"))  # ok: PYSEC908
    log.info("db session %s", session)  # ok: PYSEC908
    raise ValueError("password too short")  # ok: PYSEC908


import re

_PATTERNS = [
    (re.compile(r"(?i)(authorization:\s*)(bearer|basic)\s+\S+"), r"\1\2 [REDACTED]"),
    (re.compile(r"(?i)((?:password|passwd|secret|token|api_key)=)[^&\s]+"), r"\1[REDACTED]"),
]


class RedactFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        for pattern, replacement in _PATTERNS:
            message = pattern.sub(replacement, message)
        record.msg, record.args = message, None
        return True


from urllib.parse import urlsplit


def log_request(method: str, url: str, status: int):
    parts = urlsplit(url)
    log.info("%s %s%s -> %d", method, parts.hostname, parts.path, status)  # ok: PYSEC908
