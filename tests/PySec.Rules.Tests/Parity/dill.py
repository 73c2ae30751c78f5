import dill  # bandit: B403 -- quiet: importing dill is not a risk by itself, its load calls are reported
import dill as d2  # bandit: B403 -- quiet: importing dill is not a risk by itself, its load calls are reported


def restore(blob):
    return dill.loads(blob)  # bandit: B301  # expect: PYSEC201


def restore_file(handle):
    return d2.load(handle)  # bandit: B301  # expect: PYSEC201


def restore_stream(handle):
    return dill.Unpickler(handle).load()  # bandit: B301  # expect: PYSEC201


def save(obj):
    return dill.dumps(obj)
