import ssl

from OpenSSL import SSL


def wrap_v2(sock):
    return ssl.wrap_socket(sock, ssl_version=ssl.PROTOCOL_SSLv2)  # bandit: B502  # expect: PYSEC802


def wrap_v3(sock):
    return ssl.wrap_socket(sock, ssl_version=ssl.PROTOCOL_SSLv3)  # bandit: B502  # expect: PYSEC802


def wrap_default(sock):
    return ssl.wrap_socket(sock)  # bandit: B504  # expect: PYSEC802


def context_tls1():
    return ssl.SSLContext(ssl.PROTOCOL_TLSv1)  # expect: PYSEC802


def context_tls1_keyword():
    return ssl.SSLContext(protocol=ssl.PROTOCOL_TLSv1_1)  # expect: PYSEC802


def openssl_v3():
    return SSL.Context(SSL.SSLv3_METHOD)  # expect: PYSEC802


def openssl_keyword():
    return SSL.Context(method=SSL.TLSv1_METHOD)  # bandit: B502  # expect: PYSEC802


def other_call(connect):
    return connect(ssl_version=ssl.PROTOCOL_TLSv1)  # bandit: B502  # expect: PYSEC802


def default_argument(sock, version=ssl.PROTOCOL_SSLv23):  # expect: PYSEC802
    return ssl.wrap_socket(sock, ssl_version=version)  # expect: PYSEC802


def default_argument_bad(sock, version=ssl.PROTOCOL_TLSv1):  # bandit: B503  # expect: PYSEC802
    return sock, version


def good():
    context = ssl.create_default_context()
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    return context


def weak_minimum(context):
    context.minimum_version = ssl.TLSVersion.TLSv1  # expect: PYSEC802
    return context
