import importlib
from subprocess import *

sp = importlib.import_module("subprocess")
popen = getattr(sp, "Popen")


def run(cmd):
    Popen(cmd, shell=True)  # expect: PYSEC301
    call(cmd, shell=False)  # ok: PYSEC301
    sp.run(cmd, shell=True)  # expect: PYSEC301
    popen(cmd, shell=True)  # expect: PYSEC301
    __import__("subprocess").check_output(cmd, shell=True)  # expect: PYSEC301
    __import__("subprocess").check_output(["ls", "-l"], shell=False)  # ok: PYSEC301
