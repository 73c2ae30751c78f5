import os
import shutil
import subprocess
import sys
from subprocess import run

GIT = shutil.which("git", path="/usr/local/bin:/usr/bin:/bin")


def current_commit() -> str:
    return subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, text=True, check=True).stdout  # expect: PYSEC304


def current_commit_safe() -> str:
    return subprocess.run([GIT, "rev-parse", "HEAD"], capture_output=True, text=True, check=True).stdout  # ok: PYSEC304


def many(name):
    run(["pdftotext", name, "out.txt"])  # expect: PYSEC304
    subprocess.Popen("ls")  # expect: PYSEC304
    subprocess.run("make all", shell=True)  # expect: PYSEC304
    os.system("FOO=1 tar czf x.tgz /srv")  # expect: PYSEC304
    os.execvp("ssh", ["ssh", name])  # expect: PYSEC304
    os.spawnlp(os.P_WAIT, "rsync", "rsync", "-a", "--", name, "dest:")  # expect: PYSEC304
    cmd = ["npm", "install"]
    subprocess.check_call(cmd)  # expect: PYSEC304
    subprocess.run(["/usr/bin/git", "status"])  # ok: PYSEC304
    subprocess.run(["./tools/build.sh", name])  # ok: PYSEC304
    subprocess.run([r"C:\Tools\git.exe", "status"])  # ok: PYSEC304
    subprocess.run([sys.executable, "-m", "pip", "list"])  # ok: PYSEC304
    subprocess.run(["git", "status"], executable="/usr/bin/git")  # ok: PYSEC304
    os.system("cd /srv && /usr/bin/make")  # ok: PYSEC304
    os.system(f"{name} --version")  # ok: PYSEC304
    os.execv("/usr/bin/ssh", ["ssh", name])  # ok: PYSEC304
    subprocess.run(name)  # ok: PYSEC304
