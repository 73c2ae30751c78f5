import numpy
import numpy as np
from numpy import load

ALLOW = True


def read(path, flag):
    np.load("uploads/features.npy", allow_pickle=True)  # expect: PYSEC209
    numpy.load(path, allow_pickle=True)  # expect: PYSEC209
    load(path, None, True)  # expect: PYSEC209
    np.load(path, allow_pickle=1)  # expect: PYSEC209
    np.load(path, allow_pickle=ALLOW)  # expect: PYSEC209
    np.load(path, mmap_mode="r", allow_pickle=True, encoding="latin1")  # expect: PYSEC209

    np.load("uploads/features.npy")  # ok: PYSEC209
    np.load(path, allow_pickle=False)  # ok: PYSEC209
    np.load(path, allow_pickle=flag)  # ok: PYSEC209
    np.save(path, [1, 2, 3], allow_pickle=True)  # ok: PYSEC209
    np.loadtxt(path)  # ok: PYSEC209
