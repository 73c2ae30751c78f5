from os import path
from subprocess import PIPE, Popen  # bandit: B404 -- quiet: importing subprocess is not a risk by itself
from subprocess import check_output as capture  # bandit: B404 -- quiet: importing subprocess is not a risk by itself
from subprocess import *  # bandit: B404 -- quiet: importing subprocess is not a risk by itself
from . import subprocess  # bandit: B404 -- quiet: a module of this package, not the standard library's subprocess


def listing(directory):
    return Popen(["/bin/ls", path.abspath(directory)], stdout=PIPE)  # bandit: B603  # expect: PYSEC303


def version():
    return capture(["/usr/bin/git", "--version"])  # bandit: B603 -- quiet: constant command, no shell  # expect: PYSEC010


def starred(cmd):
    return run(cmd, shell=True)  # bandit: B604  # expect: PYSEC010, PYSEC301


def local_module(job):
    return subprocess.run(job, shell=True)  # bandit: B602 -- quiet: subprocess here is a module of this package, not the standard library's
