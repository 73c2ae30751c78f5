import json
import logging
import os
import shutil
import sqlite3
import tempfile
from pathlib import Path

STATE = "/tmp/myapp-state.json"
HELP = "Files are written to /tmp by default"  # ok: PYSEC402


def save_state(state):
    with open("/tmp/myapp-state.json", "w") as fh:  # expect: PYSEC402
        json.dump(state, fh)


def variants(name, data):
    open(STATE, "w")  # expect: PYSEC402
    open(f"/tmp/{name}.json", "w")  # expect: PYSEC402
    os.open("/var/tmp/app.pid", os.O_WRONLY | os.O_CREAT)  # expect: PYSEC402
    Path("/dev/shm/cache.bin").write_bytes(data)  # expect: PYSEC402
    os.path.join("/tmp", name)  # expect: PYSEC402
    os.makedirs("/tmp/myapp/cache", exist_ok=True)  # expect: PYSEC402
    logging.FileHandler("/tmp/app.log")  # expect: PYSEC402
    sqlite3.connect("/tmp/cache.db")  # expect: PYSEC402
    shutil.copy(name, "/tmp/upload.bin")  # expect: PYSEC402
    open(file="/tmp/" + name)  # expect: PYSEC402


def near_misses(name):
    print("/tmp/myapp-state.json")  # ok: PYSEC402
    open("/tmpl/templates/base.html")  # ok: PYSEC402
    open("/var/tmpfiles/x")  # ok: PYSEC402
    open("relative/tmp/file")  # ok: PYSEC402
    tempfile.mkstemp(dir="/tmp")  # ok: PYSEC402
    shutil.copy("/tmp/in.bin", name)  # ok: PYSEC402
    if tempfile.gettempdir() == "/tmp":  # ok: PYSEC402
        pass
    open(os.path.join(tempfile.gettempdir(), name))  # ok: PYSEC402


def save_state_safely(state):
    runtime = Path(os.environ["XDG_RUNTIME_DIR"]) / "myapp"  # ok: PYSEC402
    runtime.mkdir(mode=0o700, exist_ok=True)
    (runtime / "state.json").write_text(json.dumps(state), encoding="utf-8")
