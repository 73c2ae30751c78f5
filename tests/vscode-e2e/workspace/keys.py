"""Saved with pysec.fixAll.onSave on, the weak key size below is raised to 2048 bits (a safe fix)."""
from Cryptodome.PublicKey import RSA


def new_signing_key():
    return RSA.generate(bits=1024)
