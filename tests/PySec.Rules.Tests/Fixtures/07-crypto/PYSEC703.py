import crypt
import hashlib
import hmac
import os
from hashlib import sha1


def store_password(user, password: str):
    user.password_hash = hashlib.sha256(password.encode()).hexdigest()  # expect: PYSEC703
    user.save()


def variants(user, salt, new_password, form):
    hashlib.md5(user.password.encode())  # expect: PYSEC703
    sha1((salt + new_password).encode())  # expect: PYSEC703
    hashlib.new("sha512", form.passwd.encode("utf-8"))  # expect: PYSEC703
    hashlib.sha3_256(f"{salt}{new_password}".encode())  # expect: PYSEC703
    digest = hashlib.sha256()
    digest.update(userPassword.encode())  # expect: PYSEC703
    crypt.crypt(new_password, salt)  # expect: PYSEC703


userPassword = os.environ.get("PW", "")


def hash_password(password: str) -> bytes:
    salt = os.urandom(16)
    digest = hashlib.scrypt(password.encode(), salt=salt, n=2**17, r=8, p=1, maxmem=256 * 1024 * 1024, dklen=32)  # ok: PYSEC703
    return salt + digest


def near_misses(user, data, password_hash, password_reset_token, body):
    hashlib.sha256(data).hexdigest()  # ok: PYSEC703
    hashlib.sha256(password_hash.encode())  # ok: PYSEC703
    hashlib.sha256(password_reset_token.encode())  # ok: PYSEC703
    hashlib.pbkdf2_hmac("sha256", user.password.encode(), os.urandom(16), 600_000)  # ok: PYSEC703
    hmac.new(user.password_hash.encode(), body, hashlib.sha256)  # ok: PYSEC703
    h = hashlib.sha256()
    h.update(body)  # ok: PYSEC703
