# End-to-end fixture: the findings the server must publish ("# expect:"), and what a hover at each caret
# shows ("hover: CODE" over a finding, "hover-note: CHAPTER" over a risky API used safely, "no-hover").
import pickle
import subprocess
import yaml
from cryptography.hazmat.primitives.asymmetric import rsa


def load_profile(blob):
    return pickle.loads(blob)  # expect: PYSEC201
#                ^ hover: PYSEC201


def read_config(stream):
    safe = yaml.load(stream, Loader=yaml.SafeLoader)
#               ^ hover-note: yaml-load
    risky = yaml.load(stream)  # expect: PYSEC207
#                ^ hover: PYSEC207
    return safe, risky


def run(command):
    subprocess.run(command, shell=True)  # expect: PYSEC010, PYSEC301


def new_key():
    return rsa.generate_private_key(public_exponent=65537, key_size=1024)  # expect: PYSEC707


def total(values):
    return sum(values)
#          ^ no-hover
