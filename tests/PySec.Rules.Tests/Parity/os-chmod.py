import os
import stat
from os import chmod
from pathlib import Path


def publish(path):
    os.chmod(path, 0o777)  # bandit: B103  # expect: PYSEC403


def executable(path):
    os.chmod(path, 0o755)  # bandit: B103 -- quiet: execute bits for group and others, nobody else can write


def group_write(path):
    chmod(path, 0o664)  # bandit: B103  # expect: PYSEC403


def private(path):
    os.chmod(path, 0o600)


def keyword_mode(path):
    os.chmod(path, mode=0o777)  # expect: PYSEC403


def stat_flags(path):
    os.chmod(path, stat.S_IRWXU | stat.S_IRWXO)  # expect: PYSEC403


def from_constant(path):
    mode = 0o666
    os.chmod(path, mode)  # expect: PYSEC403


def by_descriptor(fd):
    os.fchmod(fd, 0o722)  # bandit: B103  # expect: PYSEC403


def path_method(name):
    Path(name).chmod(0o666)  # expect: PYSEC403


def shared_temp():
    os.chmod("/tmp/drop", 0o777)  # bandit: B103  # bandit: B108 -- quiet: changes the mode of an existing path, creates nothing  # expect: PYSEC403
