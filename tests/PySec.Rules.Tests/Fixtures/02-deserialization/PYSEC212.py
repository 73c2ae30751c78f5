import json

import jsonpickle
import jsonpickle as jp
from flask import request
from jsonpickle import decode
from jsonpickle.unpickler import Unpickler


def import_settings():
    return jsonpickle.decode(request.get_data(as_text=True))  # expect: PYSEC212


def others(text, obj):
    jp.loads(text)  # expect: PYSEC212
    decode(text, keys=True)  # expect: PYSEC212
    jsonpickle.unpickler.decode(text)  # expect: PYSEC212
    Unpickler().restore(json.loads(text))  # expect: PYSEC212

    jsonpickle.encode(obj)  # ok: PYSEC212
    jsonpickle.dumps(obj)  # ok: PYSEC212
    json.loads(text)  # ok: PYSEC212


def shadowed(text):
    def decode(t):
        return t

    return decode(text)  # ok: PYSEC212
