import io
import os
from pathlib import Path

LOCK = "/var/tmp/myapp.lock"
SHARED = Path("/dev/shm")


def write_lock(pid: int):
    with open("/var/tmp/myapp.lock", "w") as fh:  # expect: PYSEC407
        fh.write(str(pid))


def variants(name, data):
    open(LOCK, "a")  # expect: PYSEC407
    open(f"/tmp/{name}.log", mode="w+")  # expect: PYSEC407
    io.open(os.path.join("/tmp", name), "wb")  # expect: PYSEC407
    Path("/tmp/report.txt").write_text(data)  # expect: PYSEC407
    (SHARED / name).write_bytes(data)  # expect: PYSEC407


def near_misses(name, path, data):
    open("/tmp/report.txt")  # ok: PYSEC407
    open("/tmp/report.txt", "r")  # ok: PYSEC407
    open("/tmp/report.txt", "x")  # ok: PYSEC407
    open(path, "w")  # ok: PYSEC407
    open("/srv/app/state.json", "w")  # ok: PYSEC407
    Path(path).write_text(data)  # ok: PYSEC407
    Path("/srv/app/out.txt").write_text(data)  # ok: PYSEC407


def write_lock_safely(lock_dir: str, pid: int):
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW | os.O_CLOEXEC
    fd = os.open(os.path.join(lock_dir, "myapp.lock"), flags, 0o600)
    with os.fdopen(fd, "w") as fh:  # ok: PYSEC407
        fh.write(str(pid))
