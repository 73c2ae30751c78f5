import urllib.request
from urllib.parse import urlsplit
from urllib.request import urlopen as open_url, urlretrieve

import six.moves.urllib.request


def fetch(url):
    return urllib.request.urlopen(url, timeout=10)  # bandit: B310  # expect: PYSEC809


def fetch_checked(url):
    if urlsplit(url).scheme not in ("http", "https"):
        raise ValueError(url)
    # wrong: PYSEC809 fires although the scheme was checked just above, the check is not recognised
    return urllib.request.urlopen(url, timeout=10)  # bandit: B310  # expect: PYSEC809


def fetch_constant():
    return open_url("https://example.org/feed.xml", timeout=10)  # bandit: B310 -- quiet: a constant https URL


def download(url, target):
    return urlretrieve(url, target)  # bandit: B310  # expect: PYSEC809


def legacy_opener(url):
    return urllib.request.URLopener().open(url)  # bandit: B310 -- quiet: known gap, PYSEC809 misses URLopener/FancyURLopener, whose .open() also follows file:// URLs


def legacy_fancy(url):
    return urllib.request.FancyURLopener().open(url)  # bandit: B310 -- quiet: known gap, PYSEC809 misses URLopener/FancyURLopener, whose .open() also follows file:// URLs


def through_six(url):
    return six.moves.urllib.request.urlopen(url, timeout=10)  # bandit: B310  # expect: PYSEC809


def through_request(url):
    request = urllib.request.Request(url)  # expect: PYSEC809
    return urllib.request.urlopen(request, timeout=10)  # bandit: B310  # expect: PYSEC809
