import hashlib as h
import pickle as serial  # bandit: B403 -- quiet: importing pickle is not a risk by itself, its load calls are reported
import cPickle as fast  # bandit: B403 -- quiet: importing pickle is not a risk by itself, its load calls are reported
from hashlib import md5 as digest, sha1
from subprocess import Popen as launch  # bandit: B404 -- quiet: importing subprocess is not a risk by itself


def restore(blob):
    return serial.loads(blob)  # bandit: B301  # expect: PYSEC201


def restore_fast(blob):
    return fast.loads(blob)  # expect: PYSEC201


def start(cmd):
    return launch(cmd, shell=True)  # bandit: B602  # expect: PYSEC301


def fingerprints(password):
    first = h.md5(password).hexdigest()  # bandit: B324  # expect: PYSEC702, PYSEC703
    second = digest(password).hexdigest()  # bandit: B324  # expect: PYSEC702, PYSEC703
    third = sha1(password).hexdigest()  # bandit: B324  # expect: PYSEC702, PYSEC703
    fourth = h.new("md4", password).hexdigest()  # bandit: B324  # expect: PYSEC702, PYSEC703
    return first, second, third, fourth


def strong(data):
    return h.sha256(data).hexdigest()
