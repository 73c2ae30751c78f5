import asyncio
import os
import subprocess
from subprocess import Popen as P

subprocess.Popen(["/usr/bin/pdftotext", "in.pdf", "out.txt"], close_fds=False)  # expect: PYSEC307


def convert(pdf_path: str, out_path: str):
    env = {"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"}
    subprocess.run(["/usr/bin/pdftotext", "--", pdf_path, out_path], env=env, check=True, timeout=60)  # ok: PYSEC307


def many(cmd, options):
    keep = False
    P(cmd, close_fds=0)  # expect: PYSEC307
    subprocess.run(cmd, close_fds=keep)  # expect: PYSEC307
    subprocess.check_output(  # expect: PYSEC307
        cmd,
        stderr=subprocess.STDOUT,
        close_fds=False,
    )
    subprocess.run(cmd, close_fds=True)  # ok: PYSEC307
    subprocess.run(cmd, **options)  # ok: PYSEC307
    subprocess.run(cmd, close_fds=options.close)  # ok: PYSEC307


async def run_async(cmd):
    await asyncio.create_subprocess_exec("/usr/bin/id", close_fds=False)  # expect: PYSEC307
    await asyncio.create_subprocess_exec("/usr/bin/id")  # ok: PYSEC307


read_end, write_end = os.pipe()
child = subprocess.Popen(["/usr/local/bin/worker", "--status-fd", str(write_end)], pass_fds=(write_end,))  # ok: PYSEC307
os.close(write_end)
