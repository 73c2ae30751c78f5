import os

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from Crypto.Cipher import AES, ARC4, DES, DES3, PKCS1_OAEP, PKCS1_v1_5
from Cryptodome.Cipher import AES as DomeAES
from Cryptodome.Cipher import Blowfish


def encrypt_block(key: bytes, data: bytes) -> bytes:
    encryptor = Cipher(algorithms.AES(key), modes.ECB()).encryptor()  # expect: PYSEC706
    return encryptor.update(data) + encryptor.finalize()


def variants(key, iv, data, public_key, rsa_key):
    Cipher(algorithms.TripleDES(key), modes.CBC(iv))  # expect: PYSEC706
    algorithms.ARC4(key)  # expect: PYSEC706
    algorithms.Blowfish(key)  # expect: PYSEC706
    DES.new(key, DES.MODE_CBC, iv)  # expect: PYSEC706
    DES3.new(key, DES3.MODE_CFB, iv)  # expect: PYSEC706
    ARC4.new(key)  # expect: PYSEC706
    Blowfish.new(key, Blowfish.MODE_CBC, iv)  # expect: PYSEC706
    AES.new(key, AES.MODE_ECB)  # expect: PYSEC706
    DomeAES.new(key, DomeAES.MODE_ECB)  # expect: PYSEC706
    AES.new(key)  # expect: PYSEC706
    PKCS1_v1_5.new(rsa_key)  # expect: PYSEC706
    public_key.encrypt(data, padding.PKCS1v15())  # expect: PYSEC706


def near_misses(key, iv, data, public_key, private_key):
    Cipher(algorithms.AES(key), modes.GCM(iv))  # ok: PYSEC706
    Cipher(algorithms.ChaCha20(key, iv), mode=None)  # ok: PYSEC706
    AESGCM(key).encrypt(iv, data, None)  # ok: PYSEC706
    AES.new(key, AES.MODE_GCM, nonce=iv)  # ok: PYSEC706
    DomeAES.new(key, DomeAES.MODE_EAX)  # ok: PYSEC706
    PKCS1_OAEP.new(private_key)  # ok: PYSEC706
    public_key.encrypt(data, padding.OAEP(mgf=padding.MGF1(hashes.SHA256()), algorithm=hashes.SHA256(), label=None))  # ok: PYSEC706
    private_key.sign(data, padding.PKCS1v15(), hashes.SHA256())  # ok: PYSEC706
    os.urandom(12)  # ok: PYSEC706
