import os
from os import umask

OPEN_MASK = 0


def daemonise():
    os.umask(0)  # expect: PYSEC404


def variants():
    os.umask(0o000)  # expect: PYSEC404
    umask(0o020)  # expect: PYSEC404
    os.umask(OPEN_MASK)  # expect: PYSEC404
    os.umask(0o002)  # expect: PYSEC404
    os.umask(0o005)  # expect: PYSEC404


def near_misses(mask):
    os.umask(0o077)  # ok: PYSEC404
    os.umask(0o027)  # ok: PYSEC404
    os.umask(0o022)  # ok: PYSEC404
    os.umask(mask)  # ok: PYSEC404
    old = os.umask(0o077)  # ok: PYSEC404
    os.umask(old)  # ok: PYSEC404
