import xml.dom.pulldom  # bandit: B409 -- quiet: importing the XML module is not a risk by itself, its parse calls are reported
from xml.dom.pulldom import parseString, START_ELEMENT  # bandit: B409 -- quiet: importing the XML module is not a risk by itself, its parse calls are reported


def events(handle):
    return xml.dom.pulldom.parse(handle)  # bandit: B319  # expect: PYSEC601


def elements(text):
    return [node for event, node in parseString(text) if event == START_ELEMENT]  # bandit: B319  # expect: PYSEC601
