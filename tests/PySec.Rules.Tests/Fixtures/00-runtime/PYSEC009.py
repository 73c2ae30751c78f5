import os
import signal
import time
from time import time as now


def rate_limited(last_request: float) -> bool:
    return time.time() - last_request < 1.0  # expect: PYSEC009


def timed(work, deadline):
    start = time.time()
    work()
    elapsed = time.time() - start  # expect: PYSEC009
    begin = now()
    work()
    took = now() - begin  # expect: PYSEC009
    remaining = deadline - time.time()  # expect: PYSEC009
    return elapsed, took, remaining


def with_alarm(work):
    signal.alarm(5)  # expect: PYSEC009
    try:
        return work()
    finally:
        signal.alarm(0)  # expect: PYSEC009


def wall_clock(path, created):
    an_hour_ago = time.time() - 3600  # ok: PYSEC009
    age = time.time() - os.stat(path).st_mtime  # ok: PYSEC009
    stale = time.time() - os.path.getmtime(path) > 60  # ok: PYSEC009
    stamp = time.time()  # ok: PYSEC009
    total = time.time() + 30  # ok: PYSEC009
    return an_hour_ago, age, stale, stamp, total


def rate_limited_safely(last_request: float) -> bool:
    return time.monotonic() - last_request < 1.0  # ok: PYSEC009


signal.alarm(10)  # ok: PYSEC009
