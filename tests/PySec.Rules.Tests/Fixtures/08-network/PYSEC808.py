import ftplib
import imaplib
import smtplib
import ssl
import telnetlib
import urllib.request
from ftplib import FTP

import requests
import urllib3
from pyghmi.ipmi import command  # expect: PYSEC808


# From the manual: vulnerable.
def upload_report(host: str, user: str, password: str, path: str):
    with ftplib.FTP(host, user, password, timeout=30) as ftp, open(path, "rb") as fh:  # expect: PYSEC808
        ftp.storbinary("STOR report.csv", fh)


# From the manual: safe.
def upload_report_safe(host: str, user: str, password: str, path: str):
    ctx = ssl.create_default_context()
    with ftplib.FTP_TLS(host, timeout=30, context=ctx) as ftp, open(path, "rb") as fh:  # ok: PYSEC808
        ftp.login(user, password)
        ftp.prot_p()
        ftp.storbinary("STOR report.csv", fh)


def send(msg, host: str, user: str, password: str):
    with smtplib.SMTP_SSL(host, 465, context=ssl.create_default_context(), timeout=30) as smtp:  # ok: PYSEC808
        smtp.login(user, password)
        smtp.send_message(msg)


def open_mailbox(host: str, user: str, password: str):
    imap = imaplib.IMAP4(host, 143, timeout=30)
    imap.starttls(ssl_context=ssl.create_default_context())  # ok: PYSEC808
    imap.login(user, password)
    return imap


def more(host, user, password, server, path):
    ftp = FTP(host, timeout=30)  # expect: PYSEC808
    tn = telnetlib.Telnet(host, 23, timeout=10)  # expect: PYSEC808
    pool = urllib3.HTTPConnectionPool(host, 80)  # expect: PYSEC808
    smtp = smtplib.SMTP(host, 587, timeout=30)
    smtp.starttls()  # expect: PYSEC808
    server.starttls()  # expect: PYSEC808
    smtp.starttls(context=ssl.create_default_context())  # ok: PYSEC808
    server.starttls(context=ssl.create_default_context())  # ok: PYSEC808
    requests.get("http://api.example.com/v1/items", timeout=10)  # expect: PYSEC808
    requests.post(f"http://{host}/login", data={"user": user}, timeout=10)  # expect: PYSEC808
    urllib.request.urlopen("http://example.com/feed.xml", timeout=10)  # expect: PYSEC808
    requests.request("GET", "http://example.com", timeout=10)  # expect: PYSEC808

    requests.get("https://api.example.com/v1/items", timeout=10)  # ok: PYSEC808
    requests.get("http://localhost:8080/health", timeout=10)  # ok: PYSEC808
    requests.get("http://127.0.0.1:9100/metrics", timeout=10)  # ok: PYSEC808
    requests.get(f"https://{host}/login", timeout=10)  # ok: PYSEC808
    requests.get(path, timeout=10)  # ok: PYSEC808
    https_pool = urllib3.HTTPSConnectionPool(host, 443)  # ok: PYSEC808
    return ftp, tn, pool, https_pool, command
