import logging
import sys
import warnings

from flask import request

log = logging.getLogger(__name__)


def record_failed_login():
    log.warning("failed login for %s", request.form.get("username", ""))  # expect: PYSEC907


def more(view_request):
    logging.info("search %d results for %s", 3, request.args["q"])  # expect: PYSEC907
    log.error(f"bad agent {request.headers.get('User-Agent')}")  # expect: PYSEC907
    log.log(logging.INFO, "path %s", request.path)  # expect: PYSEC907
    print("query:", request.args.get("q"), file=sys.stderr)  # expect: PYSEC907
    warnings.warn("deprecated client " + request.headers["X-Client"])  # expect: PYSEC907

    log.warning("failed login for %r", request.form.get("username", ""))  # ok: PYSEC907
    log.info("page %d", int(request.args.get("page", "1")))  # ok: PYSEC907
    log.info("%d items for %r", 3, request.args["q"])  # ok: PYSEC907
    log.info("login from %s", view_request.remote_addr)  # ok: PYSEC907
    log.info("static message")  # ok: PYSEC907


import json


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "time": self.formatTime(record),
            "level": record.levelname,
            "message": record.getMessage(),
            "fields": getattr(record, "fields", {}),
        }
        return json.dumps(entry, ensure_ascii=True, default=str)


handler = logging.StreamHandler()
handler.setFormatter(JsonFormatter())
logging.getLogger("audit").addHandler(handler)
logging.getLogger("audit").warning("failed login", extra={"fields": {"username": "alice\nforged"}})  # ok: PYSEC907
