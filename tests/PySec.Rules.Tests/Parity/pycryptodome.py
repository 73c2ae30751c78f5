from Cryptodome.Cipher import AES
from Cryptodome.Random import get_random_bytes


def encrypt(key, data):
    nonce = get_random_bytes(12)
    cipher = AES.new(key, AES.MODE_GCM, nonce=nonce)
    return nonce, cipher.encrypt_and_digest(data)
