import subprocess as sp
import os
import os.path
import xml.etree.ElementTree as ET
from os import system as s
from os import popen
from xml.dom import minidom
from . import sibling
from .pkg.mod import helper
from ..parent import thing as other
import a.b.c

sp.Popen(cmd)  # qname: subprocess.Popen
s(cmd)  # qname: os.system
popen(cmd)  # qname: os.popen
ET.parse(path)  # qname: xml.etree.ElementTree.parse
ET.fromstring  # qname: xml.etree.ElementTree.fromstring
os.path.join(a, b)  # qname: os.path.join
os.system(cmd)  # qname: os.system
minidom.parseString(data)  # qname: xml.dom.minidom.parseString
sibling.run()  # qname: .sibling.run
helper()  # qname: .pkg.mod.helper
other.go()  # qname: ..parent.thing.go
a.b.c.d()  # qname: a.b.c.d
never_imported.call()  # qname: none
subprocess.call(cmd)  # qname: none

# From-imports count as much as plain imports (Bandit's import gates miss these).
from yaml import load
from tarfile import open as tar_open
import os.path as osp
import functools

load(data)  # qname: yaml.load
tar_open(path).extractall()  # qname: tarfile.TarFile.extractall
osp.join(a, b)  # qname: os.path.join


@functools.lru_cache(maxsize=1)  # qname: functools.lru_cache
def cached():
    pass
