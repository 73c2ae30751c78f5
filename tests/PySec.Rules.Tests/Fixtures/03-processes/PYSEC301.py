import os
import re
import subprocess
import subprocess as sp
from subprocess import Popen, check_output as co

import psutil
from flask import abort, request

SAFE_NAME = re.compile(r"[A-Za-z0-9_-]{1,64}\.png")


def run(user_input, cmd, kwargs):
    subprocess.run(cmd, shell=True)  # expect: PYSEC301
    subprocess.run(args=cmd, shell=True)  # expect: PYSEC301
    sp.Popen("ls " + user_input, shell=True)  # expect: PYSEC301
    Popen(f"grep {user_input} file", shell=1)  # expect: PYSEC301
    subprocess.check_output(  # expect: PYSEC301
        cmd,
        shell=True,
    )
    # expect: PYSEC301
    subprocess.call(cmd, shell=True)
    subprocess.run("ls -l", shell=True)  # expect: PYSEC301
    subprocess.run(cmd, shell=False)  # ok: PYSEC301
    subprocess.run([cmd, "-l"])  # ok: PYSEC301
    subprocess.run(cmd, shell=0)  # ok: PYSEC301
    subprocess.run(cmd, **kwargs)  # ok: PYSEC301


def aliases_and_instances(name, flag):
    runner = subprocess.check_call
    runner("tar xzf " + name, shell=True)  # expect: PYSEC301
    co("cat %s" % name, shell=True)  # expect: PYSEC301
    sp.check_call(["echo", name], shell="yes")  # expect: PYSEC301
    subprocess.getoutput("du -sh " + name)  # expect: PYSEC301
    subprocess.getstatusoutput(f"id {name}")  # expect: PYSEC301
    subprocess.getoutput("uptime")  # expect: PYSEC301
    subprocess.run("make " + name, shell=flag)  # expect: PYSEC301
    subprocess.run("make all", shell=flag)  # ok: PYSEC301
    subprocess.run("make " + name, shell=os.name == "nt")  # expect: PYSEC301
    subprocess.run(["make", name], shell=None)  # ok: PYSEC301
    subprocess.run(["make", name], shell=[])  # ok: PYSEC301
    subprocess.run(["make", name], **{"check": True})  # ok: PYSEC301


def other_apis_with_shell(name, run_command):
    psutil.Popen("convert " + name, shell=True)  # expect: PYSEC301
    psutil.Popen(["convert", name])  # ok: PYSEC301
    os.system("ls " + name)  # ok: PYSEC301
    run_command("ls", shell=True)  # ok: PYSEC301


def shadowed(cmd):
    def check_output(command, shell=False):
        return command
    check_output(cmd, shell=True)  # ok: PYSEC301


def thumbnail():
    name = request.form["filename"]
    subprocess.run(f"convert uploads/{name} -resize 200x200 thumbs/{name}", shell=True, check=True)  # expect: PYSEC301


def thumbnail_safe():
    name = request.form["filename"]
    if not SAFE_NAME.fullmatch(name):
        abort(400)
    subprocess.run(  # ok: PYSEC301
        ["/usr/bin/convert", f"uploads/{name}", "-resize", "200x200", f"thumbs/{name}"],
        check=True, timeout=30,
    )


def count_errors(log_path: str) -> int:
    grep = subprocess.Popen(["/usr/bin/grep", "-F", "ERROR", "--", log_path], stdout=subprocess.PIPE)  # ok: PYSEC301
    wc = subprocess.run(["/usr/bin/wc", "-l"], stdin=grep.stdout, capture_output=True, check=True)  # ok: PYSEC301
    grep.stdout.close()
    grep.wait(timeout=10)
    return int(wc.stdout)


def suppressed(cmd):
    subprocess.run(cmd, shell=True)  # nosec B602
    subprocess.run(cmd, shell=True)  # noqa: S602
