import xml.sax.expatreader  # bandit: B406 -- quiet: importing the XML module is not a risk by itself, its parse calls are reported


def reader():
    return xml.sax.expatreader.create_parser()  # bandit: B315  # expect: PYSEC601
