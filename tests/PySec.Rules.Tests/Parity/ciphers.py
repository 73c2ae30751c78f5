from Crypto.Cipher import AES, ARC2, ARC4, DES  # bandit: B413  # expect: PYSEC709
from Crypto.Cipher import Blowfish as PyCryptoBlowfish  # bandit: B413  # expect: PYSEC709
from Cryptodome.Cipher import XOR
from Cryptodome.Cipher import Blowfish
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


def rc4(key):
    return ARC4.new(key)  # bandit: B304  # expect: PYSEC706


def rc2(key, iv):
    return ARC2.new(key, ARC2.MODE_CBC, iv)  # bandit: B304  # expect: PYSEC706


def des(key, iv):
    return DES.new(key, DES.MODE_CBC, iv)  # bandit: B304  # expect: PYSEC706


def blowfish_old(key, iv):
    return PyCryptoBlowfish.new(key, PyCryptoBlowfish.MODE_CBC, iv)  # bandit: B304  # expect: PYSEC706


def blowfish_dome(key, iv):
    return Blowfish.new(key, Blowfish.MODE_CBC, iv)  # bandit: B304  # expect: PYSEC706


def xor(key):
    return XOR.new(key)  # bandit: B304 -- quiet: Cryptodome has no XOR module, this call cannot run


def triple_des(key, iv):
    return Cipher(algorithms.TripleDES(key), modes.CBC(iv))  # bandit: B304  # expect: PYSEC706


def idea(key, iv):
    return Cipher(algorithms.IDEA(key), modes.CBC(iv))  # bandit: B304  # expect: PYSEC706


def cast5(key, iv):
    return Cipher(algorithms.CAST5(key), modes.CBC(iv))  # bandit: B304  # expect: PYSEC706


def stream(key):
    return Cipher(algorithms.ARC4(key), mode=None)  # bandit: B304  # expect: PYSEC706


def good(key, nonce):
    return Cipher(algorithms.AES(key), modes.GCM(nonce))


def good_old(key, nonce):
    return AES.new(key, AES.MODE_GCM, nonce=nonce)
