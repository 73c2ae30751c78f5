import base64
import io
import json
import pickle
import pickle as pk
import _pickle
import cPickle
import dill
import cloudpickle
import pickletools  # ok: PYSEC201
from pickle import loads, Unpickler
from pickle import loads as unpickle_bytes


def from_cookie(request):
    return pickle.loads(base64.b64decode(request.cookies["cart"]))  # expect: PYSEC201


def read(fh, blob, path):
    pickle.load(fh)  # expect: PYSEC201
    pk.loads(blob)  # expect: PYSEC201
    loads(blob)  # expect: PYSEC201
    unpickle_bytes(blob)  # expect: PYSEC201
    pickle.Unpickler(fh).load()  # expect: PYSEC201
    unpickler = Unpickler(io.BytesIO(blob))  # ok: PYSEC201
    unpickler.load()  # expect: PYSEC201
    _pickle.loads(blob)  # expect: PYSEC201
    cPickle.load(fh)  # expect: PYSEC201
    dill.loads(blob)  # expect: PYSEC201
    cloudpickle.load(fh)  # expect: PYSEC201
    load = getattr(pickle, "loads")
    load(blob)  # expect: PYSEC201
    with open(path, "rb") as f:
        return pickle.load(f)  # expect: PYSEC201


def write(obj, fh):
    pickle.dump(obj, fh)  # ok: PYSEC201
    pickle.dumps(obj)  # ok: PYSEC201
    dill.dumps(obj)  # ok: PYSEC201
    pickletools.dis(fh)  # ok: PYSEC201
    json.loads(fh.read())  # ok: PYSEC201


def shadowed(blob):
    def loads(data):
        return json.loads(data)

    return loads(blob)  # ok: PYSEC201


class Cache:
    def load(self, key):
        return self.store.load(key)  # ok: PYSEC201


def trusted(blob):
    return pickle.loads(blob)  # nosec B301 -- produced by this process, HMAC checked by the caller
