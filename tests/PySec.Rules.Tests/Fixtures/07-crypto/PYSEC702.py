import hashlib
import hashlib as hl
from hashlib import md5, sha1
from hashlib import new as new_hash

from cryptography.hazmat.primitives import hashes
from Crypto.Hash import MD5
from Cryptodome.Hash import SHA


def artifact_digest(data: bytes) -> str:
    return hashlib.md5(data).hexdigest()  # expect: PYSEC702


def variants(data, algorithm):
    hashlib.sha1(data)  # expect: PYSEC702
    hl.md5()  # expect: PYSEC702
    md5(data)  # expect: PYSEC702
    sha1(data, usedforsecurity=True)  # expect: PYSEC702
    hashlib.new("md5", data)  # expect: PYSEC702
    hashlib.new("SHA1")  # expect: PYSEC702
    new_hash(name="md4")  # expect: PYSEC702
    hashes.Hash(hashes.MD5())  # expect: PYSEC702
    hashes.SHA1()  # expect: PYSEC702
    MD5.new(data)  # expect: PYSEC702
    SHA.new(data)  # expect: PYSEC702


def etag(body: bytes) -> str:
    return hashlib.md5(body, usedforsecurity=False).hexdigest()  # ok: PYSEC702


def near_misses(data, algorithm, kwargs, path):
    hashlib.sha256(data)  # ok: PYSEC702
    hashlib.new("sha256", data)  # ok: PYSEC702
    hashlib.new("md5", data, usedforsecurity=False)  # ok: PYSEC702
    hashlib.new(algorithm)  # ok: PYSEC702
    hashlib.md5(data, **kwargs)  # ok: PYSEC702
    hashlib.blake2b(data)  # ok: PYSEC702
    hashes.SHA256()  # ok: PYSEC702
    reference = hashlib.md5  # ok: PYSEC702
    with open(path, "rb") as fh:
        return hashlib.file_digest(fh, "blake2b").hexdigest()  # ok: PYSEC702


def shadowed(data):
    def md5(value):
        return value

    return md5(data)  # ok: PYSEC702
