import httpx
import requests
from requests import get as fetch


def profile(url):
    return requests.get(url)  # bandit: B113  # expect: PYSEC804


def submit(url, payload):
    return requests.post(url, json=payload)  # bandit: B113  # expect: PYSEC804


def remove(url):
    return requests.delete(url, timeout=None)  # bandit: B113  # expect: PYSEC804


def bounded(url):
    return requests.put(url, data=b"", timeout=(3.05, 27))


def generic(url):
    return requests.request("PATCH", url)  # expect: PYSEC804


def aliased(url):
    return fetch(url)  # bandit: B113  # expect: PYSEC804


def through_session(url):
    session = requests.Session()
    return session.get(url)  # expect: PYSEC804


def inline_session(url):
    return requests.Session().head(url)  # expect: PYSEC804


def with_session(url):
    with requests.Session() as session:
        return session.options(url)  # expect: PYSEC804


def hidden_in_options(url, **options):
    return requests.get(url, **options)  # bandit: B113 -- quiet: the timeout may come in **options


def httpx_default(url):
    return httpx.get(url)


def httpx_unbounded(url):
    return httpx.get(url, timeout=None)  # bandit: B113  # expect: PYSEC804


def httpx_client():
    return httpx.Client(timeout=None)  # bandit: B113  # expect: PYSEC804
