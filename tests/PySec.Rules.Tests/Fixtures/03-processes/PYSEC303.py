import asyncio
import os
import shutil
import subprocess
from pathlib import Path
from urllib.parse import urlsplit

GIT = shutil.which("git", path="/usr/local/bin:/usr/bin:/bin")


def clone(repo_url: str, dest: str):
    subprocess.run(["/usr/bin/git", "clone", repo_url, dest], check=True)  # expect: PYSEC303


def clone_safe(repo_url: str, dest: str):
    if urlsplit(repo_url).scheme != "https" or dest.startswith("-"):
        raise ValueError("unsupported repository")
    subprocess.run(["/usr/bin/git", "clone", "--", repo_url, dest], check=True, timeout=300)  # ok: PYSEC303


def current_commit() -> str:
    return subprocess.run([GIT, "rev-parse", "HEAD"], capture_output=True, text=True, check=True).stdout  # ok: PYSEC303


def many(name, branch, files, cmd, out):
    subprocess.check_output(["/usr/bin/curl", "-s", name])  # expect: PYSEC303
    subprocess.Popen(("/usr/bin/git", "checkout", branch))  # expect: PYSEC303
    subprocess.call(["/usr/bin/chown", "app:app", *files])  # expect: PYSEC303
    command = ["/usr/bin/rsync", "-a", name, "backup:/srv"]
    subprocess.run(command)  # expect: PYSEC303
    subprocess.run(  # ok: PYSEC303
        [
            "/usr/bin/zip",
            "-r",
            out,  # expect: PYSEC303
        ],
    )
    subprocess.run(cmd)  # expect: PYSEC303
    os.execv("/usr/bin/find", ["find", name, "-type", "f"])  # expect: PYSEC303
    os.execl("/usr/bin/ssh", "ssh", name)  # expect: PYSEC303
    os.spawnvp(os.P_WAIT, "/usr/bin/tar", ["tar", "xf", name])  # expect: PYSEC303
    subprocess.run(["/usr/bin/convert", f"uploads/{name}", "-resize", "200x200", f"thumbs/{name}"])  # ok: PYSEC303
    subprocess.run(["/usr/bin/curl", f"--output={out}", "https://example.org"])  # ok: PYSEC303
    subprocess.run(["/usr/bin/ls", "-l", "/srv"])  # ok: PYSEC303
    subprocess.run("/usr/bin/uptime")  # ok: PYSEC303
    subprocess.run(["/usr/bin/ls", name], shell=True)  # ok: PYSEC303
    os.execv("/usr/bin/env", ["env"])  # ok: PYSEC303
    subprocess.run(["/usr/bin/chown", "--no-dereference", "app:app", "--", *files], check=True)  # ok: PYSEC303


async def fetch(name):
    await asyncio.create_subprocess_exec("/usr/bin/git", "fetch", name)  # expect: PYSEC303
    await asyncio.create_subprocess_exec("/usr/bin/git", "fetch", "--", name)  # ok: PYSEC303


def fix_ownership(directory: str):
    files = sorted(str(p) for p in Path(directory).iterdir() if p.is_file())
    if files:
        subprocess.run(["/usr/bin/chown", "--no-dereference", "app:app", "--", *files], check=True)  # ok: PYSEC303
