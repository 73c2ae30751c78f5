import os
import platform
import shlex
import subprocess
import sys
from pathlib import Path

REPORTS = Path(r"C:\app\reports")


def show_file(name: str):
    subprocess.run(["cmd.exe", "/c", "type " + shlex.quote(name)], check=True)  # expect: PYSEC305


def show_file_safe(name: str) -> str:
    path = (REPORTS / name).resolve()
    if not path.is_relative_to(REPORTS):
        raise ValueError("outside the reports directory")
    return path.read_text(encoding="utf-8")


def many(name, args):
    command = "Get-Content " + shlex.quote(name)  # expect: PYSEC305
    subprocess.run(["powershell", "-Command", command])
    subprocess.run(["pwsh.exe", "-c", shlex.join(args)])  # expect: PYSEC305
    if os.name == "nt":
        os.system("type " + shlex.quote(name))  # expect: PYSEC305
        subprocess.run(["/usr/bin/cat", shlex.quote(name)])  # ok: PYSEC305
    elif sys.platform.startswith("win"):
        subprocess.run("dir " + shlex.quote(name), shell=True)  # expect: PYSEC305
    else:
        os.system("cat " + shlex.quote(name))  # ok: PYSEC305
    if platform.system() == "Windows":
        subprocess.run([r"C:\ci\build.bat", shlex.quote(name)])  # expect: PYSEC305
    os.system("cat " + shlex.quote(name))  # ok: PYSEC305
    subprocess.run(["bash", "-c", "cat " + shlex.quote(name)])  # ok: PYSEC305
    subprocess.run(["cmd.exe", "/c", "type", name])  # ok: PYSEC305
