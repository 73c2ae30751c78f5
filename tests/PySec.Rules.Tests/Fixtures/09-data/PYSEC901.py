import os
import subprocess
import sys
from sys import set_int_max_str_digits as set_digits

sys.set_int_max_str_digits(0)  # expect: PYSEC901


def configure(limit, python):
    set_digits(maxdigits=0)  # expect: PYSEC901
    os.environ["PYTHONINTMAXSTRDIGITS"] = "0"  # expect: PYSEC901
    env = dict(os.environ, PYTHONINTMAXSTRDIGITS="0")  # expect: PYSEC901
    subprocess.run([python, "-X", "int_max_str_digits=0", "job.py"], env=env, timeout=60)  # expect: PYSEC901
    subprocess.run([python, "-Xint_max_str_digits=0", "job.py"], timeout=60)  # expect: PYSEC901
    os.putenv("PYTHONINTMAXSTRDIGITS", "0")  # expect: PYSEC901

    sys.set_int_max_str_digits(limit)  # ok: PYSEC901
    sys.set_int_max_str_digits(640)  # ok: PYSEC901
    os.environ["PYTHONINTMAXSTRDIGITS"] = "100000"  # ok: PYSEC901
    subprocess.run([python, "-X", "int_max_str_digits=100000", "job.py"], timeout=60)  # ok: PYSEC901


import re
from flask import abort, request

PAGE = re.compile(r"[0-9]{1,6}")


def page_number() -> int:
    raw = request.args.get("page", "1")
    if not PAGE.fullmatch(raw):
        abort(400)
    return int(raw)  # ok: PYSEC901


from contextlib import contextmanager


@contextmanager
def int_digits(limit: int):
    old = sys.get_int_max_str_digits()
    sys.set_int_max_str_digits(limit)  # ok: PYSEC901
    try:
        yield
    finally:
        sys.set_int_max_str_digits(old)  # ok: PYSEC901
