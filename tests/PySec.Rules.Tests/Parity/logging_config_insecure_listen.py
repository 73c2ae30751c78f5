import logging.config
from logging.config import listen


def start():
    return logging.config.listen(9999)  # bandit: B612  # expect: PYSEC812


def start_verified(check):
    return logging.config.listen(9999, verify=check)


def start_unverified():
    return listen(9030, verify=None)  # expect: PYSEC812


def aliased():
    return listen()  # bandit: B612  # expect: PYSEC812
