import os
from os import execvp as replace_with


def reexec(argv):
    os.execv("/usr/bin/python3", argv)  # bandit: B606  # expect: PYSEC303


def reexec_env(argv, env):
    os.execve("/usr/bin/python3", argv, env)  # bandit: B606  # expect: PYSEC303


def via_path(name, args):
    os.execvp(name, args)  # bandit: B606  # expect: PYSEC303


def via_path_env(name, args, env):
    os.execvpe(name, args, env)  # bandit: B606  # expect: PYSEC303


def listed(script):
    os.execl("/bin/sh", "sh", script)  # bandit: B606  # expect: PYSEC303


def listed_env(script, env):
    os.execle("/bin/bash", "bash", script, env)  # bandit: B606  # expect: PYSEC303


def listed_path(target):
    os.execlp("ls", "ls", "-l", target)  # bandit: B606  # bandit: B607  # expect: PYSEC303, PYSEC304


def listed_path_env(target, env):
    os.execlpe("/bin/ls", "ls", target, env)  # bandit: B606  # expect: PYSEC303


def aliased(args):
    replace_with("git", args)  # bandit: B606  # bandit: B607  # expect: PYSEC303, PYSEC304
