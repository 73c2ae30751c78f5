import asyncio
import commands
import os
import popen2
import pty
import subprocess
from os import popen as open_pipe, system


def ping(host: str) -> int:
    return os.system(f"ping -c 1 {host}")  # expect: PYSEC302


def legacy(name, loop, args):
    system("rm -rf " + name)  # expect: PYSEC302
    open_pipe("file %s" % name).read()  # expect: PYSEC302
    os.popen2("cat " + name)  # expect: PYSEC302
    commands.getoutput("ls " + name)  # expect: PYSEC302
    commands.getstatusoutput("grep x " + name)  # expect: PYSEC302
    popen2.popen3("wc -l " + name)  # expect: PYSEC302
    pty.spawn(f"/usr/bin/{name}")  # expect: PYSEC302
    os.system("clear")  # expect: PYSEC302
    pty.spawn("/bin/bash")  # ok: PYSEC302
    pty.spawn(["/usr/bin/ssh", name])  # ok: PYSEC302
    os.system(*args)  # ok: PYSEC302
    subprocess.run(["ls", name])  # ok: PYSEC302


async def run_async(name):
    proc = await asyncio.create_subprocess_shell("gzip " + name)  # expect: PYSEC302
    loop = asyncio.get_running_loop()
    await loop.subprocess_shell(asyncio.SubprocessProtocol, "tar xf " + name)  # expect: PYSEC302
    await loop.subprocess_exec(asyncio.SubprocessProtocol, "/bin/tar", "xf", name)  # ok: PYSEC302
    await asyncio.create_subprocess_exec("/usr/bin/gzip", "--", name)  # ok: PYSEC302
    return proc


def shadowing(command):
    def system(text):
        print(text)
    system("echo " + command)  # ok: PYSEC302


async def git_log(repo_dir: str) -> bytes:
    proc = await asyncio.create_subprocess_exec(  # ok: PYSEC302
        "/usr/bin/git", "-C", repo_dir, "log", "--oneline", "-n", "20",
        stdout=asyncio.subprocess.PIPE,
    )
    out, _ = await asyncio.wait_for(proc.communicate(), timeout=10)
    return out
