from xml.dom import expatbuilder  # bandit: B407 -- quiet: importing the XML module is not a risk by itself, its parse calls are reported


def parse_file(handle):
    return expatbuilder.parse(handle)  # bandit: B316  # expect: PYSEC601


def parse_text(text):
    return expatbuilder.parseString(text)  # bandit: B316  # expect: PYSEC601
