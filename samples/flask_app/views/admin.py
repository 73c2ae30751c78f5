"""Administration endpoints: backups, diagnostics and imports."""
import os
import pickle
import subprocess

import requests
import yaml
from flask import Blueprint, request

from .. import auth

admin = Blueprint("admin", __name__)


@admin.route("/admin/ping")
def ping():
    host = request.args.get("host", "localhost")
    return subprocess.check_output(f"ping -c 1 {host}", shell=True)  # expect: PYSEC010, PYSEC301, PYSEC304


@admin.route("/admin/ping-safe")
def ping_safe():
    host = request.args.get("host", "localhost")
    # Safe: an argument list with an absolute program path, no shell, and a time limit.
    return subprocess.check_output(["/usr/bin/ping", "-c", "1", "--", host], timeout=5)


@admin.route("/admin/cleanup", methods=["POST"])
def cleanup():
    os.system("rm -rf " + request.form["path"])  # expect: PYSEC302, PYSEC304
    return "ok"


@admin.route("/admin/restore", methods=["POST"])
def restore():
    state = pickle.loads(request.data)  # expect: PYSEC201
    return {"keys": sorted(state)}


@admin.route("/admin/import", methods=["POST"])
def import_settings():
    settings = yaml.load(request.data, Loader=yaml.Loader)  # expect: PYSEC207
    safe = yaml.safe_load(request.data)
    return {"settings": settings, "checked": safe}


@admin.route("/admin/webhook", methods=["POST"])
def webhook():
    auth.require_admin(request.user)
    # expect: PYSEC803, PYSEC804, PYSEC809
    response = requests.post(request.form["url"], json={"event": "ping"}, verify=False)
    return {"status": response.status_code}
