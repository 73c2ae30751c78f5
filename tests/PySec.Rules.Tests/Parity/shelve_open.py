import shelve  # bandit: B403 -- quiet: importing shelve is not a risk by itself, its open calls are reported
from shelve import DbfilenameShelf, open as open_shelf


def sessions(path):
    with shelve.open(path) as db:  # bandit: B301  # expect: PYSEC204
        return dict(db)


def read_only(path):
    return open_shelf(path, flag="r")  # bandit: B301  # expect: PYSEC204


def direct(path):
    return DbfilenameShelf(path)  # bandit: B301  # expect: PYSEC204
