import ftplib
import http.client
import smtplib
import socket
import urllib.request

import httpx
import requests
from requests import get as http_get


# From the manual: vulnerable.
def fetch_rates():
    return requests.get("https://rates.example.com/v1/latest").json()  # expect: PYSEC804


# From the manual: safe.
def fetch_rates_safe():
    resp = requests.get("https://rates.example.com/v1/latest", timeout=(3.05, 10))  # ok: PYSEC804
    resp.raise_for_status()
    return resp.json()


client = httpx.Client(timeout=httpx.Timeout(10.0, connect=3.0))  # ok: PYSEC804


def fetch_with_client():
    return client.get("https://rates.example.com/v1/latest").json()  # ok: PYSEC804


MAX_BODY = 20 * 1024 * 1024


def download(url: str) -> bytes:
    with requests.get(url, stream=True, timeout=(3.05, 30)) as resp:  # ok: PYSEC804
        resp.raise_for_status()
        return resp.content[:MAX_BODY]


def calls(url, payload, kwargs, host):
    requests.post(url, json=payload)  # expect: PYSEC804
    requests.delete(url, timeout=None)  # expect: PYSEC804
    requests.request("GET", url)  # expect: PYSEC804
    http_get(url)  # expect: PYSEC804
    session = requests.Session()
    session.get(url)  # expect: PYSEC804
    with requests.Session() as s:
        s.post(url, data=payload)  # expect: PYSEC804
    httpx.get(url, timeout=None)  # expect: PYSEC804
    httpx.Client(timeout=None)  # expect: PYSEC804
    urllib.request.urlopen(url)  # expect: PYSEC804
    http.client.HTTPSConnection(host)  # expect: PYSEC804
    socket.create_connection((host, 80))  # expect: PYSEC804
    smtplib.SMTP(host, 25)  # expect: PYSEC804
    ftplib.FTP(host)  # expect: PYSEC804

    requests.post(url, json=payload, timeout=10)  # ok: PYSEC804
    requests.get(url, **kwargs)  # ok: PYSEC804
    session.get(url, timeout=5)  # ok: PYSEC804
    httpx.get(url)  # ok: PYSEC804
    httpx.get(url, timeout=5.0)  # ok: PYSEC804
    urllib.request.urlopen(url, None, 10)  # ok: PYSEC804
    urllib.request.urlopen(url, timeout=10)  # ok: PYSEC804
    http.client.HTTPConnection(host, 80, 10)  # ok: PYSEC804
    http.client.HTTPSConnection(host, 443, timeout=10)  # ok: PYSEC804
    socket.create_connection((host, 80), 5)  # ok: PYSEC804
    smtplib.SMTP(host, 25, timeout=30)  # ok: PYSEC804
    smtplib.SMTP()  # ok: PYSEC804
    ftplib.FTP(host, timeout=30)  # ok: PYSEC804
