import re

SENTENCE = re.compile(r"^(\w+\s?)*$")  # expect: PYSEC112
NESTED = re.compile(r"(a+)+b")  # expect: PYSEC112
ALTERNATIVES = re.compile(r"^(a|ab)*c$")  # expect: PYSEC112
OVERLAP = re.compile(r"(?:\d|\w)+!")  # expect: PYSEC112
EMAIL = re.compile(r"^([a-zA-Z0-9])(([\-.]|[_]+)?([a-zA-Z0-9]+))*(@){1}[a-z0-9]+[.]{1}(([a-z]{2,3})|([a-z]{2,3}[.]{1}[a-z]{2,3}))$")  # expect: PYSEC112


def check(text):
    return re.match(r"(.*,)*x", text)  # expect: PYSEC112


SAFE_SENTENCE = re.compile(r"\w+(?:\s\w+)*")  # ok: PYSEC112
TOKEN_LIST = re.compile(r"(?>[A-Za-z0-9]+,?)++")  # ok: PYSEC112
DOTTED = re.compile(r"^(\d+\.)*\d+$")  # ok: PYSEC112
CSV = re.compile(r"^\w+(\s*,\s*\w+)*$")  # ok: PYSEC112
WORDS = re.compile(r"(?:[a-z]+-)*[a-z]+")  # ok: PYSEC112
CHOICE = re.compile(r"^(?:cat|dog)+$")  # ok: PYSEC112
POSSESSIVE = re.compile(r"(\w+\s?)*+$")  # ok: PYSEC112
DATE = re.compile(r"\d{4}-\d{2}-\d{2}")  # ok: PYSEC112


def is_sentence(text: str) -> bool:
    return len(text) <= 1000 and SAFE_SENTENCE.fullmatch(text) is not None  # ok: PYSEC112
