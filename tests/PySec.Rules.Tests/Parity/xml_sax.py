import xml.sax  # bandit: B406 -- quiet: importing the XML module is not a risk by itself, its parse calls are reported
from xml.sax import make_parser, handler  # bandit: B406 -- quiet: importing the XML module is not a risk by itself, its parse calls are reported


class Collector(handler.ContentHandler):
    def __init__(self):
        super().__init__()
        self.names = []

    def startElement(self, name, attrs):
        self.names.append(name)


def collect(handle):
    collector = Collector()
    xml.sax.parse(handle, collector)  # bandit: B317  # expect: PYSEC601
    return collector.names


def collect_text(text):
    collector = Collector()
    xml.sax.parseString(text, collector)  # bandit: B317  # expect: PYSEC601
    return collector.names


def parser():
    reader = make_parser()  # bandit: B317  # expect: PYSEC601
    reader.setFeature(handler.feature_external_ges, False)
    return reader
