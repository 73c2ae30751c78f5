import random
import secrets
import string
from random import choices as pick, randint

ALPHABET = string.ascii_letters + string.digits


def make_reset_code() -> str:
    return "".join(random.choices(string.ascii_letters + string.digits, k=12))  # expect: PYSEC701


def variants(user, response):
    token = "%032x" % random.getrandbits(128)  # expect: PYSEC701
    user.api_key = "".join(pick(ALPHABET, k=40))  # expect: PYSEC701
    session_id = randint(0, 10**9)  # expect: PYSEC701
    response.set_cookie("sid", value=str(random.random()), secret=random.randbytes(16))  # expect: PYSEC701
    claims = {"nonce": random.randint(0, 2**32)}  # expect: PYSEC701
    rng = random.Random()
    salt = rng.randbytes(16)  # expect: PYSEC701
    return token, session_id, claims, salt


def generate_otp():
    return f"{random.randrange(10**6):06d}"  # expect: PYSEC701


def make_password():
    random.seed(42)  # expect: PYSEC701
    return "".join(random.sample(ALPHABET, 16))  # expect: PYSEC701


def make_reset_token() -> str:
    return secrets.token_urlsafe(32)  # ok: PYSEC701


def make_reset_code_safely() -> str:
    return "".join(secrets.choice(ALPHABET) for _ in range(12))  # ok: PYSEC701


def simulation(items, rates):
    random.seed(1234)  # ok: PYSEC701
    delay = random.uniform(0.5, 1.5)  # ok: PYSEC701
    sample = random.sample(items, 10)  # ok: PYSEC701
    random.shuffle(items)  # ok: PYSEC701
    ordered = sorted(items, key=lambda _: random.random())  # ok: PYSEC701
    key_token_count = len(items)  # ok: PYSEC701
    return delay, sample, ordered, random.choice(rates), key_token_count  # ok: PYSEC701


def system_random_token():
    return random.SystemRandom().getrandbits(128)  # ok: PYSEC701
