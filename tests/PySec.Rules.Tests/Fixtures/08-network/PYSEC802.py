import socket
import ssl
from ssl import PROTOCOL_SSLv3, TLSVersion
from OpenSSL import SSL


# From the manual: vulnerable.
def connect(host: str):
    sock = socket.create_connection((host, 443), timeout=10)
    return ssl.wrap_socket(sock, ssl_version=ssl.PROTOCOL_TLSv1)  # expect: PYSEC802


# From the manual: safe.
CTX = ssl.create_default_context()
CTX.minimum_version = ssl.TLSVersion.TLSv1_2  # ok: PYSEC802


def connect_safe(host: str):
    sock = socket.create_connection((host, 443), timeout=10)
    return CTX.wrap_socket(sock, server_hostname=host)  # ok: PYSEC802


server_ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)  # ok: PYSEC802
server_ctx.minimum_version = ssl.TLSVersion.TLSv1_2  # ok: PYSEC802
server_ctx.load_cert_chain("/etc/myapp/tls/fullchain.pem", "/etc/myapp/tls/privkey.pem")


def contexts(sock):
    old = ssl.SSLContext(ssl.PROTOCOL_SSLv3)  # expect: PYSEC802
    tls10 = ssl.SSLContext(protocol=ssl.PROTOCOL_TLSv1_1)  # expect: PYSEC802
    imported = ssl.SSLContext(PROTOCOL_SSLv3)  # expect: PYSEC802
    negotiated = ssl.SSLContext(ssl.PROTOCOL_TLS)  # expect: PYSEC802
    legacy = ssl.SSLContext(ssl.PROTOCOL_SSLv23)  # expect: PYSEC802
    ctx = ssl.create_default_context()
    ctx.minimum_version = ssl.TLSVersion.TLSv1  # expect: PYSEC802
    ctx.minimum_version = TLSVersion.TLSv1_1  # expect: PYSEC802
    ctx.maximum_version = ssl.TLSVersion.TLSv1_3  # ok: PYSEC802
    pyopenssl = SSL.Context(SSL.TLSv1_METHOD)  # expect: PYSEC802
    pyopenssl_ok = SSL.Context(SSL.TLS_CLIENT_METHOD)  # ok: PYSEC802
    plain = ssl.wrap_socket(sock)  # expect: PYSEC802
    client = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)  # ok: PYSEC802
    return client.wrap_socket(sock, server_hostname="example.com")  # ok: PYSEC802


def with_default(sock, version=ssl.PROTOCOL_TLSv1):  # expect: PYSEC802
    return sock


def with_good_default(sock, version=ssl.PROTOCOL_TLS_CLIENT):  # ok: PYSEC802
    return sock
