from cryptography.hazmat.primitives.asymmetric import dsa, ec, ed25519, rsa
from cryptography.hazmat.primitives.asymmetric.rsa import generate_private_key
from Crypto.PublicKey import RSA
from Cryptodome.PublicKey import DSA, ECC
import paramiko

private_key = rsa.generate_private_key(public_exponent=65537, key_size=1024)  # expect: PYSEC707

KEY_BITS = 512


def variants():
    rsa.generate_private_key(65537, 1024)  # expect: PYSEC707
    generate_private_key(public_exponent=65537, key_size=KEY_BITS)  # expect: PYSEC707
    dsa.generate_private_key(key_size=1024)  # expect: PYSEC707
    dsa.generate_private_key(1024)  # expect: PYSEC707
    ec.generate_private_key(ec.SECP192R1())  # expect: PYSEC707
    ec.generate_private_key(curve=ec.SECT163K1())  # expect: PYSEC707
    RSA.generate(1024)  # expect: PYSEC707
    RSA.generate(bits=768)  # expect: PYSEC707
    DSA.generate(1024)  # expect: PYSEC707
    ECC.generate(curve="P-192")  # expect: PYSEC707
    paramiko.RSAKey.generate(bits=1024)  # expect: PYSEC707


def near_misses(size, kwargs):
    rsa.generate_private_key(public_exponent=65537, key_size=2048)  # ok: PYSEC707
    rsa.generate_private_key(public_exponent=65537, key_size=size)  # ok: PYSEC707
    rsa.generate_private_key(65537, 4096)  # ok: PYSEC707
    rsa.generate_private_key(public_exponent=65537, **kwargs)  # ok: PYSEC707
    dsa.generate_private_key(key_size=3072)  # ok: PYSEC707
    ec.generate_private_key(ec.SECP256R1())  # ok: PYSEC707
    ec.generate_private_key(ec.SECP224R1())  # ok: PYSEC707
    ed25519.Ed25519PrivateKey.generate()  # ok: PYSEC707
    RSA.generate(3072)  # ok: PYSEC707
    ECC.generate(curve="P-256")  # ok: PYSEC707


signing_key = ed25519.Ed25519PrivateKey.generate()  # ok: PYSEC707
legacy_rsa_key = rsa.generate_private_key(public_exponent=65537, key_size=3072)  # ok: PYSEC707
