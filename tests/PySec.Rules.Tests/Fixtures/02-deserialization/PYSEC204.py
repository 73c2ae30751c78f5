import dbm
import json
import shelve
import shelve as sh
from shelve import open as open_shelf, DbfilenameShelf


def load_settings(path):
    with shelve.open(path) as db:  # expect: PYSEC204
        return dict(db)


def others(path, backing):
    sh.open(path, flag="r")  # expect: PYSEC204
    open_shelf(path)  # expect: PYSEC204
    DbfilenameShelf(path)  # expect: PYSEC204
    shelve.Shelf(backing)  # expect: PYSEC204
    shelve.BsdDbShelf(backing)  # expect: PYSEC204


def not_shelves(path):
    dbm.open(path, "c")  # ok: PYSEC204
    open(path).read()  # ok: PYSEC204
    json.load(open(path))  # ok: PYSEC204


def shadowed(path):
    class shelve:  # a local stand-in, not the module
        @staticmethod
        def open(p):
            return p

    return shelve.open(path)  # ok: PYSEC204
