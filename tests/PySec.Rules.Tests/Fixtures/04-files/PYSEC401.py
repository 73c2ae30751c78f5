import os
import tempfile
import tempfile as tf
from tempfile import mktemp
from tempfile import mktemp as make_name


def export_csv(rows):
    path = tempfile.mktemp(suffix=".csv")  # expect: PYSEC401
    with open(path, "w") as fh:
        fh.writelines(rows)
    return path


def variants(directory):
    tf.mktemp()  # expect: PYSEC401
    mktemp(dir=directory)  # expect: PYSEC401
    make_name(".lock")  # expect: PYSEC401
    name = getattr(tempfile, "mktemp")()  # expect: PYSEC401
    os.tempnam(directory)  # expect: PYSEC401
    os.tmpnam()  # expect: PYSEC401
    fn = tempfile.mktemp  # ok: PYSEC401
    return name, fn


def safe(rows):
    fd, path = tempfile.mkstemp(suffix=".csv")  # ok: PYSEC401
    with tempfile.NamedTemporaryFile("w", suffix=".csv", delete=False) as fh:  # ok: PYSEC401
        fh.writelines(rows)
    with tempfile.TemporaryDirectory(prefix="render-") as workdir:  # ok: PYSEC401
        pass
    tempfile.mkdtemp()  # ok: PYSEC401
    return fd, path


def shadowed():
    def mktemp(suffix=""):
        return "name" + suffix

    return mktemp(".csv")  # ok: PYSEC401
