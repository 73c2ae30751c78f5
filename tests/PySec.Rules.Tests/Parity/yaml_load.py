import yaml
from yaml import load as yload


def unsafe(text):
    return yaml.load(text)  # bandit: B506  # expect: PYSEC207


def full(text):
    return yaml.load(text, Loader=yaml.FullLoader)  # bandit: B506  # expect: PYSEC207


def safe(text):
    return yaml.load(text, Loader=yaml.SafeLoader)


def safe_positional(text):
    return yaml.load(text, yaml.CSafeLoader)


def explicit_unsafe(text):
    return yaml.unsafe_load(text)  # expect: PYSEC207


def all_documents(text):
    return list(yaml.load_all(text, Loader=yaml.Loader))  # expect: PYSEC207


def from_imported(text):
    return yload(text, Loader=yaml.UnsafeLoader)  # bandit: B506  # expect: PYSEC207


def preferred(text):
    return yaml.safe_load(text)
