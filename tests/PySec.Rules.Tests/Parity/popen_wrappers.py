import commands
import popen2
import subprocess  # bandit: B404 -- quiet: importing subprocess is not a risk by itself


def status(service):
    return commands.getstatusoutput("systemctl status " + service)  # bandit: B605  # expect: PYSEC302, PYSEC304


def output(cmd):
    return commands.getoutput(cmd)  # bandit: B605  # expect: PYSEC302


def version():
    return commands.getoutput("/usr/bin/python3 --version")  # bandit: B605  # expect: PYSEC302


def pipes(cmd):
    popen2.popen3(cmd)  # bandit: B605  # expect: PYSEC302
    popen2.popen4(cmd)  # bandit: B605  # expect: PYSEC302


def modern(cmd):
    return subprocess.getstatusoutput(cmd)  # bandit: B605  # expect: PYSEC301


def modern_constant():
    return subprocess.getoutput("/bin/hostname")  # bandit: B605  # expect: PYSEC301
