import xml.etree.ElementTree as ET
import xml.sax
from xml.dom import minidom, pulldom
from xml.dom.minidom import parseString
from xml.etree import cElementTree
from xml.sax.handler import feature_external_ges

import defusedxml.ElementTree as DET
from defusedxml.minidom import parseString as safe_parse_string
from flask import request

CONFIG = "<config><item name='a'/></config>"


def import_feed():
    root = ET.fromstring(request.get_data())  # expect: PYSEC601
    return [item.findtext("title") for item in root.iter("item")]


def load(path, data, handler):
    ET.parse(path)  # expect: PYSEC601
    ET.XML(data)  # expect: PYSEC601
    ET.iterparse(path)  # expect: PYSEC601
    cElementTree.fromstring(data)  # expect: PYSEC601
    minidom.parse(path)  # expect: PYSEC601
    parseString(data)  # expect: PYSEC601
    pulldom.parseString(data)  # expect: PYSEC601
    xml.sax.parseString(data, handler)  # expect: PYSEC601
    ET.XMLParser(target=handler)  # expect: PYSEC601
    ET.fromstring(text=data)  # expect: PYSEC601
    minidom.parseString(string=data)  # expect: PYSEC601
    xml.sax.parse(source=path, handler=handler)  # expect: PYSEC601
    ET.fromstring(data)  # nosec B314 -- data is our own signed export
    minidom.parse(path)  # noqa: S318
    parser = xml.sax.make_parser()  # expect: PYSEC601
    parser.setFeature(feature_external_ges, True)  # expect: PYSEC601

    ET.fromstring(CONFIG)  # ok: PYSEC601
    ET.fromstring("<a><b/></a>")  # ok: PYSEC601
    minidom.parseString("<root/>")  # ok: PYSEC601
    DET.fromstring(data)  # ok: PYSEC601
    DET.parse(path)  # ok: PYSEC601
    safe_parse_string(data)  # ok: PYSEC601
    ET.Element("item")  # ok: PYSEC601
    ET.tostring(ET.Element("a"))  # ok: PYSEC601


def reader(parser):
    parser.setFeature(feature_external_ges, False)  # ok: PYSEC601
    parser.setFeature("http://xml.org/sax/features/external-general-entities", 1)  # expect: PYSEC601
