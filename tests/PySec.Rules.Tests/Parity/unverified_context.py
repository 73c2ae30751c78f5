import ssl
import urllib.request
from ssl import _create_unverified_context as no_check


def fetch(url):
    return urllib.request.urlopen(url, context=ssl._create_unverified_context())  # bandit: B310  # bandit: B323  # expect: PYSEC801, PYSEC804, PYSEC809


def aliased():
    return no_check()  # bandit: B323  # expect: PYSEC801


def global_switch():
    ssl._create_default_https_context = ssl._create_unverified_context  # expect: PYSEC801


def no_hostname():
    context = ssl.create_default_context()
    context.check_hostname = False  # expect: PYSEC801
    context.verify_mode = ssl.CERT_NONE  # expect: PYSEC801
    return context


def verified():
    return ssl.create_default_context()
