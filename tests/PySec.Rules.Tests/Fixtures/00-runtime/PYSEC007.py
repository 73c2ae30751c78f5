import os
import subprocess
from os import environ

SEED = "0"


def start(extra, seed):
    env = dict(os.environ, PYTHONHASHSEED="0")  # expect: PYSEC007
    subprocess.run(["gunicorn", "app:wsgi"], env=env, check=True, timeout=60)
    os.environ["PYTHONHASHSEED"] = "123"  # expect: PYSEC007
    environ["PYTHONHASHSEED"] = SEED  # expect: PYSEC007
    subprocess.run(["worker"], env={"PYTHONHASHSEED": "0", "PATH": "/usr/bin"}, timeout=60)  # expect: PYSEC007
    child_env = {**os.environ, "PYTHONHASHSEED": 0}  # expect: PYSEC007
    os.putenv("PYTHONHASHSEED", "42")  # expect: PYSEC007
    os.environ.setdefault("PYTHONHASHSEED", "0")  # expect: PYSEC007
    extra.update(PYTHONHASHSEED="1")  # expect: PYSEC007

    os.environ["PYTHONHASHSEED"] = "random"  # ok: PYSEC007
    os.environ["PYTHONHASHSEED"] = seed  # ok: PYSEC007
    os.environ["PYTHONPATH"] = "/opt/app"  # ok: PYSEC007
    os.environ.pop("PYTHONHASHSEED", None)  # ok: PYSEC007
    env = {k: v for k, v in os.environ.items() if k != "PYTHONHASHSEED"}  # ok: PYSEC007
    subprocess.run(["gunicorn", "app:wsgi"], env=env, check=True, timeout=60)  # ok: PYSEC007
