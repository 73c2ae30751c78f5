import crypt
import hashlib


def by_name(data):
    return hashlib.new("md5", data)  # bandit: B324  # expect: PYSEC702


def by_keyword(data):
    return hashlib.new(name="sha1", data=data)  # bandit: B324  # expect: PYSEC702


def upper_case(data):
    return hashlib.new("MD4", data)  # bandit: B324  # expect: PYSEC702


def short_name(data):
    return hashlib.new("sha", data)  # bandit: B324  # expect: PYSEC702


def not_for_security(data):
    return hashlib.new("md5", data, usedforsecurity=False)


def strong(data):
    return hashlib.new("sha256", data)


def chosen(algorithm, data):
    return hashlib.new(algorithm, data)


def from_constant(data):
    algorithm = "md5"
    return hashlib.new(algorithm, data)  # expect: PYSEC702


def unix_crypt(word):
    return crypt.crypt(word, crypt.METHOD_MD5)  # bandit: B324  # expect: PYSEC703


def unix_salt():
    return crypt.mksalt(crypt.METHOD_CRYPT)  # bandit: B324 -- quiet: a salt alone hashes nothing, every crypt.crypt call is reported


def unix_good(word):
    return crypt.crypt(word, crypt.mksalt(crypt.METHOD_SHA512))  # expect: PYSEC703
