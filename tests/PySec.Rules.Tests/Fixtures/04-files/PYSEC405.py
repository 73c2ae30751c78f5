import os
import secrets
from pathlib import Path

from django.http import FileResponse
from flask import Flask, request, send_file, send_from_directory
from werkzeug.utils import secure_filename

app = Flask(__name__)
BASE = "/srv/app/invoices"
ROOT = Path("/srv/app/files")


@app.get("/invoice")
def invoice():
    return send_file(os.path.join(BASE, request.args["name"]))  # expect: PYSEC405


@app.get("/report")
def report():
    name = request.args.get("name", "")
    with open(f"{BASE}/{name}") as fh:  # expect: PYSEC405
        return fh.read()


@app.post("/upload")
def upload():
    upload = request.files["file"]
    target = ROOT / upload.filename  # expect: PYSEC405
    upload.save(target)
    os.remove(os.path.join(BASE, request.form["old"]))  # expect: PYSEC405
    return "ok"


def django_download(request):
    return FileResponse(open(os.path.join(BASE, request.GET["file"]), "rb"))  # expect: PYSEC405


@app.get("/invoice-safe")
def invoice_safe():
    return send_from_directory("/srv/app/invoices", request.args["name"])  # ok: PYSEC405


@app.get("/clean")
def clean():
    return send_file(os.path.join(BASE, secure_filename(request.args["name"])))  # ok: PYSEC405


def invoice_path(name: str) -> Path:
    base = Path("/srv/app/invoices").resolve()
    candidate = (base / name).resolve()  # ok: PYSEC405
    if not candidate.is_relative_to(base) or not candidate.is_file():
        raise FileNotFoundError(name)
    return candidate


@app.get("/checked")
def checked():
    real_base = os.path.realpath(BASE)
    candidate = os.path.realpath(os.path.join(real_base, request.args["name"]))  # ok: PYSEC405
    if os.path.commonpath([real_base, candidate]) != real_base:
        raise FileNotFoundError(candidate)
    return send_file(candidate)


def store_upload(data: bytes) -> str:
    file_id = secrets.token_hex(16)
    (ROOT / file_id).write_bytes(data)  # ok: PYSEC405
    return file_id


def near_misses(user_name):
    open(os.path.join(BASE, user_name))  # ok: PYSEC405
    count = int(request.args["n"])
    open(os.path.join(BASE, f"page-{count}.html"))  # ok: PYSEC405
    return request.args["name"]  # ok: PYSEC405
