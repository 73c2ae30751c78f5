import httpx
import requests
from requests import post

VERIFY_TLS = False


def fetch(url):
    return requests.get(url, verify=False, timeout=10)  # bandit: B501  # expect: PYSEC803


def send(url, data):
    return post(url, data=data, verify=False, timeout=10)  # bandit: B501  # expect: PYSEC803


def generic(url):
    return requests.request("GET", url, verify=False, timeout=10)  # expect: PYSEC803


def from_setting(url):
    return requests.get(url, verify=VERIFY_TLS, timeout=10)  # expect: PYSEC803


def private_ca(url):
    return requests.get(url, verify="/etc/ssl/private-ca.pem", timeout=10)


def session_call(url):
    session = requests.Session()
    return session.get(url, verify=False, timeout=10)  # expect: PYSEC803


def session_attribute():
    session = requests.Session()
    session.verify = False  # expect: PYSEC803
    return session


def httpx_call(url):
    return httpx.get(url, verify=False)  # bandit: B501  # expect: PYSEC803


def httpx_client():
    return httpx.Client(verify=False)  # bandit: B501  # expect: PYSEC803


async def httpx_async(url):
    async with httpx.AsyncClient(verify=False) as client:  # bandit: B501  # expect: PYSEC803
        return await client.get(url)
