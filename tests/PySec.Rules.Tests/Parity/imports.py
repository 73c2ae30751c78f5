import os
import pickle  # bandit: B403 -- quiet: importing pickle is not a risk by itself, its load calls are reported
import sys
import subprocess  # bandit: B404 -- quiet: importing subprocess is not a risk by itself


def home():
    return os.environ.get("HOME", sys.prefix)
