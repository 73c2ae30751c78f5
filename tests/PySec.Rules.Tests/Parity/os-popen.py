import os
import popen2
from os import popen as open_pipe


def disk_usage(path):
    return os.popen("du -sh " + path).read()  # bandit: B605  # expect: PYSEC302, PYSEC304


def uptime():
    return os.popen("/usr/bin/uptime").read()  # bandit: B605  # expect: PYSEC302


def aliased(cmd):
    return open_pipe(cmd).read()  # bandit: B605  # expect: PYSEC302


def legacy(cmd):
    os.popen2(cmd)  # bandit: B605  # expect: PYSEC302
    os.popen3(cmd)  # bandit: B605  # expect: PYSEC302
    os.popen4(cmd)  # bandit: B605  # expect: PYSEC302
    popen2.popen2(cmd)  # bandit: B605  # expect: PYSEC302
    popen2.Popen3(cmd)  # bandit: B605  # expect: PYSEC302
    popen2.Popen4("/bin/true")  # bandit: B605  # expect: PYSEC302


def with_mode(cmd):
    with os.popen(cmd, "r") as pipe:  # bandit: B605  # expect: PYSEC302
        return pipe.read()
