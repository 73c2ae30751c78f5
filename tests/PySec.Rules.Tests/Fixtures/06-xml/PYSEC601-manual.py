import defusedxml.ElementTree as ET
import pyexpat
from defusedxml.minidom import parseString
from flask import request


def import_feed():
    root = ET.fromstring(request.get_data())  # ok: PYSEC601
    return [item.findtext("title") for item in root.iter("item")]


def read_settings(data: bytes):
    document = parseString(data)  # ok: PYSEC601
    return {node.getAttribute("name"): node.getAttribute("value") for node in document.getElementsByTagName("setting")}


if pyexpat.version_info < (2, 6, 0):  # ok: PYSEC601
    raise RuntimeError(f"Expat {pyexpat.EXPAT_VERSION} is too old for untrusted XML")
