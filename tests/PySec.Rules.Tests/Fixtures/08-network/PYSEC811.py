import io
import re
import smtplib
from email.message import EmailMessage
from email.utils import parseaddr

from flask import Flask, abort, make_response, redirect, request, send_file

app = Flask(__name__)


# From the manual: vulnerable.
@app.get("/download")
def download():
    resp = make_response(b"...")
    resp.headers["Content-Disposition"] = "attachment; filename=" + request.args["name"]  # expect: PYSEC811
    return resp


# From the manual: safe.
SAFE_NAME = re.compile(r"[\w .-]{1,100}")


@app.get("/download2")
def download_safe():
    name = request.args.get("name", "report.csv")
    if not SAFE_NAME.fullmatch(name):
        abort(400)
    return send_file(io.BytesIO(b"..."), as_attachment=True, download_name=name)  # ok: PYSEC811


def contact_message(sender: str, subject: str, body: str) -> EmailMessage:
    name, addr = parseaddr(sender)
    if not addr or "\r" in subject or "\n" in subject:
        raise ValueError("invalid input")
    msg = EmailMessage()
    msg["From"] = "noreply@example.com"  # ok: PYSEC811
    msg["Reply-To"] = addr
    msg["To"] = "support@example.com"
    msg["Subject"] = subject
    msg.set_content(body)
    return msg


CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def protocol_arg(value: str) -> str:
    if CONTROL.search(value):
        raise ValueError("control characters are not allowed")
    return value


@app.get("/more")
def more(sock):
    resp = make_response(b"")
    lang = request.args.get("lang", "en")
    resp.headers["Content-Language"] = lang  # expect: PYSEC811
    resp.set_cookie("theme", request.args["theme"])  # expect: PYSEC811
    sock.sendall(f"USER {request.form['user']}\r\n".encode())  # expect: PYSEC811
    with smtplib.SMTP_SSL("mail.example.com", timeout=30) as smtp:
        smtp.sendmail(request.form["from"], ["support@example.com"], "body")  # expect: PYSEC811
    resp.headers["X-Frame-Options"] = "DENY"  # ok: PYSEC811
    resp.set_cookie("theme", "dark")  # ok: PYSEC811
    sock.sendall(b"QUIT\r\n")  # ok: PYSEC811
    return redirect("/home")  # ok: PYSEC811
