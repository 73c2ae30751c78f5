import marshal
from marshal import loads as unmarshal


def load_code(blob):
    return marshal.loads(blob)  # bandit: B302  # expect: PYSEC205


def load_file(handle):
    return marshal.load(handle)  # bandit: B302  # expect: PYSEC205


def aliased(blob):
    return unmarshal(blob)  # bandit: B302  # expect: PYSEC205


def save(obj):
    return marshal.dumps(obj)
