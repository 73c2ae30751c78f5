import pandas
import pandas as pd
from pandas import read_pickle


def read(path):
    frame = pd.read_pickle("shared/daily.pkl")  # expect: PYSEC210
    pandas.read_pickle(path, compression="gzip")  # expect: PYSEC210
    read_pickle(path)  # expect: PYSEC210
    pd.io.pickle.read_pickle(path)  # expect: PYSEC210

    pd.read_parquet("shared/daily.parquet")  # ok: PYSEC210
    pd.read_csv(path)  # ok: PYSEC210
    frame.to_pickle(path)  # ok: PYSEC210
    return frame


def shadowed(path):
    def read_pickle(p):
        return p

    return read_pickle(path)  # ok: PYSEC210
