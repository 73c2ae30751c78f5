import joblib
import skops.io as sio
from joblib import load as joblib_load


def read(path, model):
    classifier = joblib.load("models/classifier.joblib")  # expect: PYSEC211
    joblib_load(path)  # expect: PYSEC211
    joblib.load(path, mmap_mode="r")  # expect: PYSEC211

    joblib.dump(model, path)  # ok: PYSEC211
    sio.load("models/classifier.skops")  # ok: PYSEC211
    model.load(path)  # ok: PYSEC211
    return classifier


def shadowed(path):
    def load(p):
        return p

    return load(path)  # ok: PYSEC211
