import pickle  # bandit: B403 -- quiet: importing pickle is not a risk by itself, its load calls are reported

import pandas
import pandas as pd


def load_frame(path):
    return pd.read_pickle(path)  # bandit: B301  # expect: PYSEC210


def load_frame_full(path):
    return pandas.read_pickle(path, compression="gzip")  # bandit: B301  # expect: PYSEC210


def load_csv(path):
    return pd.read_csv(path)


def save_frame(frame, path):
    frame.to_pickle(path)
    return pickle.HIGHEST_PROTOCOL
