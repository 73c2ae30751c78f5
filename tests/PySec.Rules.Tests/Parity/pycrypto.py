import Crypto
from Crypto.Cipher import AES  # bandit: B413  # expect: PYSEC709
from Crypto.Random import get_random_bytes  # bandit: B413  # expect: PYSEC709


def encrypt(key, data):
    nonce = get_random_bytes(12)
    cipher = AES.new(key, AES.MODE_GCM, nonce=nonce)
    return nonce, cipher.encrypt_and_digest(data), Crypto.__version__
