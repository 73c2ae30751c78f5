import hashlib
import pickle
from pickle import dumps, Pickler

PROTOCOL = 2


def save_index(index, path):
    with open(path, "wb") as fh:
        pickle.dump(index, fh, protocol=2)  # expect: PYSEC213


def more(obj, fh):
    pickle.dumps(obj, protocol=0)  # expect: PYSEC213
    dumps(obj, 3)  # expect: PYSEC213
    pickle.dump(obj, fh, 1)  # expect: PYSEC213
    Pickler(fh, protocol=PROTOCOL).dump(obj)  # expect: PYSEC213

    pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)  # ok: PYSEC213
    pickle.dumps(obj, protocol=4)  # ok: PYSEC213
    pickle.dump(obj, fh)  # ok: PYSEC213
    pickle.dumps(obj, protocol=-1)  # ok: PYSEC213
    hashlib.new("sha256", obj)  # ok: PYSEC213
