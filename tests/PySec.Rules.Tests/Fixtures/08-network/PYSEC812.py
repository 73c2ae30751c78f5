import hashlib
import hmac
import json
import logging.config
import os
import signal
from logging import config as logconfig

from flask import request

# From the manual: vulnerable.
listener = logging.config.listen(9030)  # expect: PYSEC812
listener.start()

# From the manual: safe.
CONFIG_PATH = "/etc/myapp/logging.json"


def reload_logging(signum=None, frame=None):
    with open(CONFIG_PATH, encoding="utf-8") as fh:
        logging.config.dictConfig(json.load(fh))  # ok: PYSEC812


reload_logging()
signal.signal(signal.SIGHUP, reload_logging)

KEY = bytes.fromhex(os.environ.get("LOGCONFIG_KEY", "00"))


def verify(data: bytes):
    mac, body = data[:32], data[32:]
    expected = hmac.new(KEY, body, digestmod=hashlib.sha256).digest()
    return body if hmac.compare_digest(mac, expected) else None


listener = logging.config.listen(9030, verify=verify)  # ok: PYSEC812
listener.start()


def more():
    logconfig.listen()  # expect: PYSEC812
    logconfig.listen(9999, verify=None)  # expect: PYSEC812
    logging.config.dictConfig(request.get_json())  # expect: PYSEC812
    logging.config.dictConfig({"version": 1})  # ok: PYSEC812
    logging.config.fileConfig("/etc/myapp/logging.ini")  # ok: PYSEC812
