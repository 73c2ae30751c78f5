from Crypto.PublicKey import DSA as PyCryptoDSA, RSA as PyCryptoRSA  # bandit: B413  # expect: PYSEC709
from Cryptodome.PublicKey import RSA
from cryptography.hazmat.primitives.asymmetric import dsa, ec, rsa


def rsa_tiny():
    return rsa.generate_private_key(public_exponent=65537, key_size=1024)  # bandit: B505  # expect: PYSEC707


def rsa_small():
    return rsa.generate_private_key(65537, 1536)  # bandit: B505  # expect: PYSEC707


def rsa_ok():
    return rsa.generate_private_key(public_exponent=65537, key_size=3072)


def dsa_small():
    return dsa.generate_private_key(key_size=1024)  # bandit: B505  # expect: PYSEC707


def ec_weak_class():
    return ec.generate_private_key(ec.SECT163R2)  # bandit: B505  # expect: PYSEC707


def ec_weak_instance():
    return ec.generate_private_key(ec.SECP192R1())  # expect: PYSEC707


def ec_ok():
    return ec.generate_private_key(ec.SECP384R1())


def legacy_rsa():
    return PyCryptoRSA.generate(1024)  # bandit: B505  # expect: PYSEC707


def legacy_dsa():
    return PyCryptoDSA.generate(bits=512)  # bandit: B505  # expect: PYSEC707


def dome_rsa():
    return RSA.generate(2048)


def dome_rsa_small():
    return RSA.generate(1024)  # bandit: B505  # expect: PYSEC707


def from_constant():
    bits = 1024
    return rsa.generate_private_key(public_exponent=65537, key_size=bits)  # expect: PYSEC707
