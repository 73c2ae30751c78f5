import os
import re
import subprocess

TARGET = re.compile(r"[A-Za-z0-9_.-]{1,64}")


def build(target: str):
    subprocess.run([r"C:\ci\build.bat", target], check=True)  # expect: PYSEC306


def build_safe(target: str):
    if not TARGET.fullmatch(target):
        raise ValueError("invalid target")
    subprocess.run([r"C:\Program Files\CMake\bin\cmake.exe", "--build", "build", "--target", target], check=True)  # ok: PYSEC306


def many(name, args):
    subprocess.Popen(["deploy.CMD", "--env", name])  # expect: PYSEC306
    subprocess.call(f"setup.bat {name}")  # expect: PYSEC306
    subprocess.run(["tools\\sign.cmd", *args])  # expect: PYSEC306
    os.spawnv(os.P_WAIT, r"C:\ci\publish.bat", ["publish.bat", name])  # expect: PYSEC306
    subprocess.run([r"C:\ci\build.bat", "release"])  # ok: PYSEC306
    subprocess.run([r"C:\ci\build.exe", name])  # ok: PYSEC306
    subprocess.run(["notes.batch", name])  # ok: PYSEC306
