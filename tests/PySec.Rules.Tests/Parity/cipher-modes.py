from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.modes import ECB
from Cryptodome.Cipher import AES


def ecb(key):
    return Cipher(algorithms.AES(key), modes.ECB())  # bandit: B305  # expect: PYSEC706


def ecb_imported(key):
    return Cipher(algorithms.AES(key), ECB())  # bandit: B305  # expect: PYSEC706


def ecb_dome(key):
    return AES.new(key, AES.MODE_ECB)  # expect: PYSEC706


def cbc(key, iv):
    return Cipher(algorithms.AES(key), modes.CBC(iv))


def gcm(key, nonce):
    return Cipher(algorithms.AES(key), modes.GCM(nonce))
