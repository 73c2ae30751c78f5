import os
import time
from datetime import datetime, timezone


def restore_mtime(path: str, header: dict):
    os.utime(path, (header["mtime"], header["mtime"]))  # expect: PYSEC411


def variants(path, record, member, raw):
    datetime.fromtimestamp(record["created"])  # expect: PYSEC411
    datetime.utcfromtimestamp(int(raw))  # expect: PYSEC411
    stamp = record.get("ts")
    time.localtime(stamp)  # expect: PYSEC411
    os.utime(path, (member.mtime, member.mtime))  # expect: PYSEC411
    time.gmtime(float(raw))  # expect: PYSEC411


MIN_TS = 0
MAX_TS = 4102444800  # 2100-01-01T00:00:00Z


def restore_mtime_safely(path: str, header: dict):
    mtime = header.get("mtime")
    if not isinstance(mtime, (int, float)) or not MIN_TS <= mtime <= MAX_TS:
        mtime = time.time()
    try:
        os.utime(path, (mtime, mtime))  # ok: PYSEC411
    except (OverflowError, OSError, ValueError):
        pass


def parse_epoch(value: int) -> datetime | None:
    try:
        return datetime.fromtimestamp(value, tz=timezone.utc)  # ok: PYSEC411
    except (OverflowError, OSError, ValueError):
        return None


def near_misses(path, source, value):
    st = os.stat(source)
    os.utime(path, (st.st_atime, st.st_mtime))  # ok: PYSEC411
    time.localtime(time.time())  # ok: PYSEC411
    datetime.fromtimestamp(value)  # ok: PYSEC411
    os.utime(path)  # ok: PYSEC411
    try:
        datetime.fromtimestamp(source["ts"])  # ok: PYSEC411
    except Exception:
        return None
