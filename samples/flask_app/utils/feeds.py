"""Supplier price feeds (XML) and the outbound HTTP they need."""
import logging
import xml.etree.ElementTree as ET

import requests

log = logging.getLogger(__name__)


def parse_feed(body: bytes):
    return ET.fromstring(body)  # expect: PYSEC601


def fetch_feed(url):
    return requests.get(url)  # expect: PYSEC804


def fetch_feed_safely(url):
    # Safe: certificate checks stay on, and a slow supplier cannot hang a worker.
    return requests.get(url, timeout=10)


def record_supplier(name):
    log.info("supplier %s updated", name)
