import subprocess
import subprocess as sp
from subprocess import Popen


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
