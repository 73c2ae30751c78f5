import hashlib
from Crypto.Hash import SHA256  # expect: PYSEC709
import Crypto.Cipher.AES  # expect: PYSEC709
from Crypto.Cipher import AES, PKCS1_OAEP  # expect: PYSEC709
from Crypto import Random  # expect: PYSEC709
from Crypto.PublicKey import RSA as PyCryptoRSA  # expect: PYSEC709
import Crypto.Util.number as number  # expect: PYSEC709
from Crypto.Signature import pkcs1_15  # expect: PYSEC709
import Crypto  # ok: PYSEC709
from Cryptodome.Cipher import AES as DomeAES  # ok: PYSEC709
from Cryptodome.Random import get_random_bytes  # ok: PYSEC709
import cryptography.hazmat.primitives.ciphers  # ok: PYSEC709
from myapp.Crypto.Cipher import Legacy  # ok: PYSEC709


def fingerprint(data: bytes) -> str:
    return SHA256.new(data).hexdigest()


def fingerprint_safely(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()  # ok: PYSEC709
