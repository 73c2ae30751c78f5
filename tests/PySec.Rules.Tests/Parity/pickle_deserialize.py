import io
import pickle  # bandit: B403 -- quiet: importing pickle is not a risk by itself, its load calls are reported
import _pickle
from pickle import loads as unpickle


def restore(blob):
    return pickle.loads(blob)  # bandit: B301  # expect: PYSEC201


def restore_file(path):
    with open(path, "rb") as handle:
        return pickle.load(handle)  # bandit: B301  # expect: PYSEC201


def restore_stream(blob):
    return pickle.Unpickler(io.BytesIO(blob)).load()  # bandit: B301  # expect: PYSEC201


def restore_later(blob):
    reader = pickle.Unpickler(io.BytesIO(blob))  # bandit: B301 -- quiet: reported where .load() runs, on the next line
    return reader.load()  # expect: PYSEC201


def from_imported(blob):
    return unpickle(blob)  # bandit: B301  # expect: PYSEC201


def accelerator(blob):
    return _pickle.loads(blob)  # expect: PYSEC201


def save(obj):
    return pickle.dumps(obj)
