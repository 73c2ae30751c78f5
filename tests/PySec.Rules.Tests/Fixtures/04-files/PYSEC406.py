import os
import shutil
from os.path import exists
from pathlib import Path


def append_audit(path: str, line: str):
    if os.access(path, os.W_OK):  # expect: PYSEC406
        with open(path, "a") as fh:
            fh.write(line)


def variants(path: str, target: str, p: Path, data: str):
    if os.path.exists(path):  # expect: PYSEC406
        os.remove(path)
    if not exists(target):  # expect: PYSEC406
        os.makedirs(target)
    if os.path.isfile(path) and path.endswith(".log"):  # expect: PYSEC406
        shutil.move(path, target)
    if p.exists():  # expect: PYSEC406
        p.unlink()
    if os.path.isdir(target):  # expect: PYSEC406
        pass
    else:
        os.mkdir(target)


def append_audit_safely(path: str, line: str) -> bool:
    try:
        with open(path, "a") as fh:  # ok: PYSEC406
            fh.write(line)
    except PermissionError:
        return False
    return True


def near_misses(path: str, other: str, p: Path, q: Path):
    if os.path.exists(path):  # ok: PYSEC406
        print(path)
    if os.path.exists(path):  # ok: PYSEC406
        open(other)
    if p.exists():  # ok: PYSEC406
        q.unlink()
    if not os.path.exists(path):  # ok: PYSEC406
        return None
    return open(path)
