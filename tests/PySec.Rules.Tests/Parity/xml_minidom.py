import xml.dom.minidom  # bandit: B408 -- quiet: importing the XML module is not a risk by itself, its parse calls are reported
from xml.dom.minidom import parseString as parse_text, Document  # bandit: B408 -- quiet: importing the XML module is not a risk by itself, its parse calls are reported


def parse_file(handle):
    return xml.dom.minidom.parse(handle)  # bandit: B318  # expect: PYSEC601


def parse_body(body):
    return parse_text(body)  # bandit: B318  # expect: PYSEC601


def build():
    document = Document()
    document.appendChild(document.createElement("root"))
    return document.toxml()
