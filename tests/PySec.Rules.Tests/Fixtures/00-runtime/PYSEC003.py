import importlib
import importlib as il
from importlib import import_module
from flask import Flask, request

app = Flask(__name__)


@app.route("/export")
def export():
    exporter = importlib.import_module(request.args["format"])  # expect: PYSEC003
    return exporter.render()


def load(name, package):
    il.import_module(name)  # expect: PYSEC003
    import_module(f"myapp.plugins.{name}")  # expect: PYSEC003
    __import__(name)  # expect: PYSEC003
    importlib.__import__(name)  # expect: PYSEC003
    importlib.import_module(name=name, package=package)  # expect: PYSEC003
    loader = importlib.import_module
    loader(name)  # expect: PYSEC003

    importlib.import_module("json")  # ok: PYSEC003
    importlib.import_module(".exporters", package)  # ok: PYSEC003
    __import__("os.path")  # ok: PYSEC003
    MODULE = "csv"
    import_module(MODULE)  # ok: PYSEC003


def shadowed(name):
    def import_module(n):
        return n

    return import_module(name)  # ok: PYSEC003
