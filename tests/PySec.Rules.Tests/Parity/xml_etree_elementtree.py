import xml.etree.ElementTree as ET  # bandit: B405 -- quiet: importing the XML module is not a risk by itself, its parse calls are reported
from xml.etree.ElementTree import Element, SubElement, tostring  # bandit: B405 -- quiet: importing the XML module is not a risk by itself, its parse calls are reported

import defusedxml.ElementTree as SafeET


def parse_upload(handle):
    return ET.parse(handle)  # bandit: B314  # expect: PYSEC601


def parse_text(text):
    return ET.fromstring(text)  # bandit: B314  # expect: PYSEC601


def stream(handle):
    return ET.iterparse(handle)  # bandit: B314  # expect: PYSEC601


def custom_parser(data):
    parser = ET.XMLParser()  # bandit: B314  # expect: PYSEC601
    parser.feed(data)
    return parser.close()


def build():
    root = Element("root")
    SubElement(root, "child").text = "value"
    return tostring(root)


def safe(text):
    return SafeET.fromstring(text)
