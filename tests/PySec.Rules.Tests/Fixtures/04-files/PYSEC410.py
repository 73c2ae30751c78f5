import os
import tempfile
from os import write as raw_write


def save_key(path: str, key: bytes):
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.write(fd, key)  # expect: PYSEC410
    os.close(fd)


def variants(fd, data, chunks):
    raw_write(fd, data)  # expect: PYSEC410
    os.write(fd, b"\n")  # expect: PYSEC410
    os.pwrite(fd, data, 0)  # expect: PYSEC410


def write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view)  # ok: PYSEC410
        view = view[written:]


def near_misses(fd, data, fh):
    if os.write(fd, data) != len(data):  # ok: PYSEC410
        raise OSError("short write")
    fh.write(data)  # ok: PYSEC410
    return os.write(fd, data)  # ok: PYSEC410


def save_config(path: str, text: str):
    directory = os.path.dirname(os.path.abspath(path))
    fd, tmp = tempfile.mkstemp(dir=directory, prefix=".tmp-")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)  # ok: PYSEC410
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        os.unlink(tmp)
        raise
