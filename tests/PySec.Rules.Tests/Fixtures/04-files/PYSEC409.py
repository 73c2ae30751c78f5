import io
import os
import sys
from sys import stdout


def write_binary(data: bytes):
    with open(sys.stdout.fileno(), "wb") as out:  # expect: PYSEC409
        out.write(data)


def variants(data, kwargs):
    open(1, "wb")  # expect: PYSEC409
    io.open(sys.stderr.fileno(), "w")  # expect: PYSEC409
    os.fdopen(2, "w")  # expect: PYSEC409
    os.fdopen(stdout.fileno(), "wb", closefd=True)  # expect: PYSEC409
    open(0, "rb", buffering=0)  # expect: PYSEC409
    os.close(1)  # expect: PYSEC409
    os.close(2)  # expect: PYSEC409


def near_misses(fd, path, kwargs):
    open(sys.stdout.fileno(), "wb", closefd=False)  # ok: PYSEC409
    os.fdopen(1, "w", closefd=False)  # ok: PYSEC409
    os.fdopen(os.dup(sys.stderr.fileno()), "w")  # ok: PYSEC409
    open(fd, "wb")  # ok: PYSEC409
    open(path, "w")  # ok: PYSEC409
    open(3, "wb")  # ok: PYSEC409
    open(1, "wb", **kwargs)  # ok: PYSEC409
    os.close(fd)  # ok: PYSEC409
    os.dup2(os.open(os.devnull, os.O_WRONLY), 1)  # ok: PYSEC409
    sys.stdout.buffer.write(b"x")  # ok: PYSEC409
