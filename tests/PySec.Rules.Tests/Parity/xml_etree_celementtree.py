import xml.etree.cElementTree as CET  # bandit: B405 -- quiet: importing the XML module is not a risk by itself, its parse calls are reported
from xml.etree.cElementTree import fromstring  # bandit: B405 -- quiet: importing the XML module is not a risk by itself, its parse calls are reported


def parse_upload(handle):
    return CET.parse(handle)  # bandit: B313  # expect: PYSEC601


def parse_text(text):
    return fromstring(text)  # bandit: B313  # expect: PYSEC601


def stream(handle):
    return CET.iterparse(handle)  # bandit: B313  # expect: PYSEC601


def parser():
    return CET.XMLParser()  # bandit: B313  # expect: PYSEC601


def build():
    return CET.tostring(CET.Element("root"))
