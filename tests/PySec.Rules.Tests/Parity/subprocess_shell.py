import os
import shlex
import subprocess  # bandit: B404 -- quiet: importing subprocess is not a risk by itself
import subprocess as sp  # bandit: B404 -- quiet: importing subprocess is not a risk by itself
from subprocess import Popen, run as run_process  # bandit: B404 -- quiet: importing subprocess is not a risk by itself


def build(target):
    subprocess.run("make " + target, shell=True)  # bandit: B602  # expect: PYSEC010, PYSEC301, PYSEC304


def list_files():
    subprocess.run("ls -l /var/log", shell=True)  # bandit: B602  # expect: PYSEC010, PYSEC301, PYSEC304


def aliased(cmd):
    sp.Popen(cmd, shell=True)  # bandit: B602  # expect: PYSEC301


def from_imported(cmd):
    Popen(cmd, shell=True)  # bandit: B602  # expect: PYSEC301
    run_process(cmd, shell=True)  # bandit: B602  # expect: PYSEC010, PYSEC301


def truthy(cmd):
    subprocess.call(cmd, shell=1)  # bandit: B602  # expect: PYSEC010, PYSEC301


def decided_at_run_time(cmd, use_shell):
    subprocess.check_call(cmd, shell=use_shell)  # bandit: B602  # expect: PYSEC010, PYSEC301


def keyword_command(cmd):
    subprocess.run(args=cmd, shell=True)  # expect: PYSEC010, PYSEC301


def no_shell(argv):
    subprocess.run(argv)  # bandit: B603  # expect: PYSEC010, PYSEC303


def shell_false(argv):
    return subprocess.check_output(argv, shell=False)  # bandit: B603  # expect: PYSEC010, PYSEC303


def constant_argv():
    subprocess.run(["/usr/bin/uptime"])  # bandit: B603 -- quiet: constant command, no shell  # expect: PYSEC010


def f_string(host):
    subprocess.call(f"ping -c 1 {host}", shell=True)  # bandit: B602  # expect: PYSEC010, PYSEC301, PYSEC304


def quoted(name):
    subprocess.run("grep " + shlex.quote(name) + " /var/log/app.log", shell=True)  # bandit: B602  # expect: PYSEC010, PYSEC301, PYSEC304


def other_function(cmd, runner):
    runner.execute(cmd, shell=True)  # bandit: B604 -- quiet: an unknown function; nothing says it starts a shell


def through_os(cmd):
    os.system(cmd)  # bandit: B605  # expect: PYSEC302


def getoutput(cmd):
    return subprocess.getoutput(cmd)  # bandit: B605  # expect: PYSEC301


def bound_name(cmd):
    launch = subprocess.Popen
    launch(cmd, shell=True)  # bandit: B604  # expect: PYSEC301
