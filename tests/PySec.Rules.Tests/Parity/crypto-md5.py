import hashlib
from Crypto.Hash import MD5, SHA  # bandit: B413  # expect: PYSEC709
from Cryptodome.Hash import MD4
from cryptography.hazmat.primitives import hashes


def checksum(data):
    return hashlib.md5(data).hexdigest()  # bandit: B324  # expect: PYSEC702


def fingerprint(cert):
    return hashlib.sha1(cert).hexdigest()  # bandit: B324  # expect: PYSEC702


def cache_key(data):
    return hashlib.md5(data, usedforsecurity=False).hexdigest()


def etag(data):
    return hashlib.sha1(data, usedforsecurity=False).hexdigest()


def legacy(data):
    return MD5.new(data).hexdigest()  # bandit: B303  # expect: PYSEC702


def legacy_sha(data):
    return SHA.new(data).hexdigest()  # bandit: B303  # expect: PYSEC702


def legacy_md4(data):
    return MD4.new(data).hexdigest()  # bandit: B303  # expect: PYSEC702


def modern_md5():
    return hashes.Hash(hashes.MD5())  # bandit: B303  # expect: PYSEC702


def modern_sha1():
    return hashes.Hash(hashes.SHA1())  # bandit: B303  # expect: PYSEC702


def good(data):
    return hashlib.sha256(data).hexdigest()
