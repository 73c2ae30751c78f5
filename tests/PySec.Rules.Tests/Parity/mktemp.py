import os
import tempfile
import tempfile as tf
from tempfile import mktemp


def scratch():
    return tempfile.mktemp()  # bandit: B306  # expect: PYSEC401


def scratch_suffix():
    return mktemp(".csv")  # bandit: B306  # expect: PYSEC401


def scratch_alias(directory):
    return tf.mktemp(dir=directory)  # bandit: B306  # expect: PYSEC401


def scratch_ok():
    fd, path = tempfile.mkstemp()
    os.close(fd)
    return path


def scratch_dir():
    return tempfile.mkdtemp()
