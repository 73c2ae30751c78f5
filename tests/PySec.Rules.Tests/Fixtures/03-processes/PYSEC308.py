import os
import subprocess
from subprocess import run as run_process


def run_private(cmd):
    return subprocess.run(cmd, preexec_fn=lambda: os.umask(0o077), check=True)  # expect: PYSEC308


def run_private_safe(cmd):
    return subprocess.run(cmd, umask=0o077, check=True, timeout=300)  # ok: PYSEC308


def run_as_worker(cmd):
    return subprocess.run(  # ok: PYSEC308
        cmd, user="worker", group="worker", extra_groups=[], umask=0o077,
        process_group=0, check=True, timeout=300,
    )


def many(cmd, hook):
    subprocess.Popen(cmd, preexec_fn=os.setsid)  # expect: PYSEC308
    run_process(cmd, preexec_fn=hook)  # expect: PYSEC308
    subprocess.check_call(cmd, preexec_fn=None)  # ok: PYSEC308
    subprocess.check_call(cmd, start_new_session=True)  # ok: PYSEC308
    subprocess.call(cmd, preexec_fn=drop_privileges)  # expect: PYSEC308


def drop_privileges():
    os.setgid(1000)
