import ipaddress
import socket
import urllib.request
from urllib.parse import urlsplit
from urllib.request import Request, urlopen

import httpx
import requests
from flask import request


# From the manual: vulnerable.
def preview():
    return requests.get(request.args["url"], timeout=5).text[:500]  # expect: PYSEC809


# From the manual: safe.
def require_public(host: str) -> None:
    infos = socket.getaddrinfo(host, 443, type=socket.SOCK_STREAM)
    addresses = {ipaddress.ip_address(info[4][0]) for info in infos}
    if not addresses or any(not a.is_global for a in addresses):
        raise ValueError("destination is not a public address")


def preview_safe(url: str) -> str:
    parts = urlsplit(url)
    if parts.scheme != "https" or not parts.hostname:
        raise ValueError("only https URLs are allowed")
    require_public(parts.hostname)
    resp = requests.get(url, timeout=5, allow_redirects=False, stream=True)  # ok: PYSEC809
    if resp.is_redirect:
        raise ValueError("redirects are not followed")
    return resp.raw.read(500, decode_content=True).decode(errors="replace")


def handlers(url, item_id):
    target = request.form.get("webhook")
    httpx.post(target, json={}, timeout=5)  # expect: PYSEC809
    requests.get(f"https://{request.args['host']}/status", timeout=5)  # expect: PYSEC809
    requests.request("GET", "https://api.example.com/" + request.args["path"], timeout=5)  # expect: PYSEC809
    urllib.request.urlopen(url, timeout=5)  # expect: PYSEC809
    urlopen(Request(url), timeout=5)  # expect: PYSEC809
    urllib.request.urlretrieve(url)  # expect: PYSEC809

    urllib.request.urlopen("https://example.com/feed.xml", timeout=5)  # ok: PYSEC809
    urllib.request.urlopen(f"https://api.example.com/items/{item_id}", timeout=5)  # ok: PYSEC809
    urlopen(Request("https://example.com/feed.xml"), timeout=5)  # ok: PYSEC809
    requests.get(f"https://api.example.com/items/{item_id}", timeout=5)  # ok: PYSEC809
    requests.get(url, timeout=5)  # ok: PYSEC809
    return request.args.get("next")  # ok: PYSEC809


def django_view(request, url):
    return requests.get(request.GET["url"], timeout=5)  # expect: PYSEC809
