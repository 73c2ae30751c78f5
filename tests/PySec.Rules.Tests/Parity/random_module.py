import random
import secrets
import string
from random import randint, choice as pick

ALPHABET = string.ascii_letters + string.digits


def reset_token():
    return "".join(random.choice(ALPHABET) for _ in range(32))  # bandit: B311  # expect: PYSEC701


def session_id():
    return random.getrandbits(128)  # bandit: B311  # expect: PYSEC701


def api_key():
    return "".join(pick(ALPHABET) for _ in range(40))  # bandit: B311  # expect: PYSEC701


def backoff(attempt):
    return (2 ** attempt) + random.random()  # bandit: B311 -- quiet: retry jitter, not a secret


def dice():
    return randint(1, 6)  # bandit: B311 -- quiet: a game roll, not a secret


def sample_rows(rows):
    return random.sample(rows, 10)  # bandit: B311 -- quiet: sampling data, not a secret


def seeded(seed):
    return random.Random(seed).uniform(0, 1)  # bandit: B311 -- quiet: a reproducible simulation, not a secret


def shuffled(cards):
    random.shuffle(cards)
    return cards


def good_token():
    return secrets.token_urlsafe(32)


def good_rng():
    return random.SystemRandom().randint(0, 100)
