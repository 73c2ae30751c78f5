import subprocess  # bandit: B404 -- quiet: importing subprocess is not a risk by itself
from subprocess import Popen as P, check_output  # bandit: B404 -- quiet: importing subprocess is not a risk by itself


def status():
    return subprocess.run(["git", "status", "--short"])  # bandit: B603 -- quiet: constant command, no shell  # bandit: B607  # expect: PYSEC010, PYSEC304


def status_string():
    return subprocess.run("git status", shell=False)  # bandit: B603 -- quiet: constant command, no shell  # bandit: B607  # expect: PYSEC010, PYSEC304


def absolute():
    return subprocess.run(["/usr/bin/git", "status"])  # bandit: B603 -- quiet: constant command, no shell  # expect: PYSEC010


def relative():
    return subprocess.run(["./tools/lint.sh"])  # bandit: B603 -- quiet: constant command, no shell  # expect: PYSEC010


def windows():
    return subprocess.run(["C:\\tools\\lint.exe"])  # bandit: B603 -- quiet: constant command, no shell  # expect: PYSEC010


def through_shell():
    return P("pwd", shell=True)  # bandit: B602  # bandit: B607 -- quiet: a shell built-in, not looked up in PATH  # expect: PYSEC301


def from_imported(path):
    return check_output(["file", "--", path])  # bandit: B603 -- quiet: the one variable argument follows "--"  # bandit: B607  # expect: PYSEC010, PYSEC304


def from_variable(program):
    return subprocess.call([program, "--version"])  # bandit: B603 -- quiet: known gap, a program chosen at run time (argv[0] from a variable) is reported by no rule  # expect: PYSEC010


def named_program():
    tool = "make"
    return subprocess.call([tool, "all"])  # bandit: B603 -- quiet: constant command, no shell  # expect: PYSEC010, PYSEC304
