from urllib.parse import urlsplit


# From the manual: vulnerable.
def is_allowed(url: str) -> bool:
    return "images.example.com" in url  # expect: PYSEC810


# From the manual: safe.
ALLOWED_HOSTS = {"images.example.com", "cdn.example.com"}


def is_allowed_safe(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme == "https" and parts.hostname in ALLOWED_HOSTS and parts.username is None  # ok: PYSEC810


def checks(redirect_url, next_url, callback, host, text, path):
    if "example.com" not in redirect_url:  # expect: PYSEC810
        return False
    if "https://example.com" in next_url:  # expect: PYSEC810
        return True
    if callback.startswith("https://hooks.example.com"):  # expect: PYSEC810
        return True
    if redirect_url.startswith("http://example.com:8080"):  # expect: PYSEC810
        return True

    if callback.startswith("https://hooks.example.com/"):  # ok: PYSEC810
        return True
    if host == "example.com" or host.endswith(".example.com"):  # ok: PYSEC810
        return True
    if "example.com" in text:  # ok: PYSEC810
        return True
    if "/admin" in path:  # ok: PYSEC810
        return False
    if "error" in next_url:  # ok: PYSEC810
        return False
    return path.startswith("/static/")  # ok: PYSEC810
