import os
import ssl
import urllib.request
from ssl import _create_unverified_context, CERT_NONE


# From the manual: vulnerable.
def fetch(url: str) -> bytes:
    ctx = ssl._create_unverified_context()  # expect: PYSEC801
    with urllib.request.urlopen(url, context=ctx, timeout=10) as resp:
        return resp.read()


# From the manual: safe.
CTX = ssl.create_default_context()  # ok: PYSEC801


def fetch_safe(url: str) -> bytes:
    with urllib.request.urlopen(url, context=CTX, timeout=10) as resp:
        return resp.read()


ctx = ssl.create_default_context(cafile="/etc/myapp/internal-ca.pem")  # ok: PYSEC801
ctx.load_cert_chain("/etc/myapp/client.pem", "/etc/myapp/client.key")  # ok: PYSEC801


def settings(sock, cert_reqs):
    unverified = _create_unverified_context()  # expect: PYSEC801
    ssl._create_default_https_context = ssl._create_unverified_context  # expect: PYSEC801
    stdlib = ssl._create_stdlib_context()  # expect: PYSEC801
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.check_hostname = False  # expect: PYSEC801
    context.verify_mode = ssl.CERT_NONE  # expect: PYSEC801
    context.verify_mode = CERT_NONE  # expect: PYSEC801
    context.verify_mode = ssl.CERT_OPTIONAL  # expect: PYSEC801
    wrapped = ssl.wrap_socket(sock, cert_reqs=ssl.CERT_NONE)  # expect: PYSEC801
    os.environ["PYTHONHTTPSVERIFY"] = "0"  # expect: PYSEC801
    os.environ.setdefault("PYTHONHTTPSVERIFY", "0")  # expect: PYSEC801
    env = {"PYTHONHTTPSVERIFY": "0", "PATH": "/usr/bin"}  # expect: PYSEC801

    context.check_hostname = True  # ok: PYSEC801
    context.verify_mode = ssl.CERT_REQUIRED  # ok: PYSEC801
    wrapped = ssl.wrap_socket(sock, cert_reqs=ssl.CERT_REQUIRED)  # ok: PYSEC801
    wrapped = ssl.wrap_socket(sock, cert_reqs=cert_reqs)  # ok: PYSEC801
    os.environ["PYTHONHTTPSVERIFY"] = "1"  # ok: PYSEC801
    check_hostname = True  # ok: PYSEC801
    return ssl.create_default_context()  # ok: PYSEC801


def shadowed():
    def _create_unverified_context():
        return None

    return _create_unverified_context()  # ok: PYSEC801
