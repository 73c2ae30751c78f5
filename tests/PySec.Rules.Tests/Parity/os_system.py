import os
from os import system
from os import system as run_shell


def backup(directory):
    os.system("tar czf /backups/site.tgz " + directory)  # bandit: B605  # expect: PYSEC302, PYSEC304


def restart():
    os.system("/usr/sbin/service nginx restart")  # bandit: B605  # expect: PYSEC302


def aliased(cmd):
    run_shell(cmd)  # bandit: B605  # expect: PYSEC302


def shadowed(cmd):
    def system(text):
        return text.upper()
    return system(cmd)  # bandit: B605 -- quiet: system here is the local function that shadows os.system
