from lxml import etree
from lxml.etree import XMLParser, fromstring
import lxml.etree as LE

PARSER = etree.XMLParser(resolve_entities=True, load_dtd=True)  # expect: PYSEC602
SAFE = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)  # ok: PYSEC602


def parse_invoice(data: bytes):
    return etree.fromstring(data, parser=PARSER)  # ok: PYSEC602


def variants(data, path):
    XMLParser(huge_tree=True)  # expect: PYSEC602
    LE.XMLParser(no_network=False)  # expect: PYSEC602
    etree.XMLParser(dtd_validation=True)  # expect: PYSEC602
    etree.XMLPullParser(resolve_entities=1)  # expect: PYSEC602
    etree.iterparse(path, load_dtd=True)  # expect: PYSEC602
    fromstring(data)  # expect: PYSEC602
    etree.parse(path)  # expect: PYSEC602
    etree.XML(data)  # expect: PYSEC602

    etree.XMLParser(resolve_entities="internal")  # ok: PYSEC602
    etree.XMLParser(huge_tree=False, no_network=True)  # ok: PYSEC602
    etree.XMLParser()  # ok: PYSEC602
    etree.fromstring(data, SAFE)  # ok: PYSEC602
    etree.parse(path, parser=SAFE)  # ok: PYSEC602
    etree.fromstring("<a/>")  # ok: PYSEC602
    etree.Element("root")  # ok: PYSEC602


STYLESHEET = etree.XSLT(  # ok: PYSEC602
    etree.parse("/srv/app/templates/invoice.xsl", parser=SAFE),
    access_control=etree.XSLTAccessControl.DENY_ALL,
)
