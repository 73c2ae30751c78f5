import json

import jsonpickle
from jsonpickle import unpickler


def restore(text):
    return jsonpickle.decode(text)  # bandit: B301  # expect: PYSEC212


def restore_low_level(text):
    return unpickler.decode(text)  # bandit: B301  # expect: PYSEC212


def restore_with_class(obj):
    return jsonpickle.unpickler.Unpickler().restore(obj)  # bandit: B301  # expect: PYSEC212


def restore_alias(text):
    return jsonpickle.loads(text)  # expect: PYSEC212


def plain(text):
    return json.loads(text)


def save(obj):
    return jsonpickle.encode(obj)
