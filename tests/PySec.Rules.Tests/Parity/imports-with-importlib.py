import importlib


def serializer():
    return importlib.import_module("pickle")  # bandit: B403 -- quiet: importing pickle is not a risk by itself, its load calls are reported


def restore(blob):
    codec = importlib.import_module("pickle")  # bandit: B403 -- quiet: importing pickle is not a risk by itself, its load calls are reported
    return codec.loads(blob)  # expect: PYSEC201


def runner():
    return __import__("subprocess")  # bandit: B404 -- quiet: importing subprocess is not a risk by itself


def runner_via_importlib():
    return importlib.__import__("subprocess")  # bandit: B404 -- quiet: importing subprocess is not a risk by itself


def by_keyword():
    return importlib.import_module(name="subprocess")  # bandit: B404 -- quiet: importing subprocess is not a risk by itself


def plugin(name):
    return importlib.import_module(name)  # expect: PYSEC003


def shell(cmd):
    return __import__("os").system(cmd)  # expect: PYSEC302
