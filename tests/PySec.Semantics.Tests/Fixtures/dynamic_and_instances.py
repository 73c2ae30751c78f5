import importlib
import os
import subprocess

import jinja2
import requests
from requests import Session

run = subprocess.run
run(cmd, shell=True)  # qname: subprocess.run
p = subprocess
p.call(cmd)  # qname: subprocess.call

importlib.import_module("pickle").loads(data)  # qname: pickle.loads
importlib.import_module(name="xml.etree.ElementTree").parse(path)  # qname: xml.etree.ElementTree.parse
loader = importlib.import_module("yaml")
loader.load(data)  # qname: yaml.load
__import__("os").system(cmd)  # qname: os.system
# __import__ returns the top package unless a fromlist asks for the submodule.
__import__("os.path").path.join(a, b)  # qname: os.path.join
__import__("xml.dom.minidom", fromlist=["parseString"]).parseString(text)  # qname: xml.dom.minidom.parseString
getattr(os, "system")(cmd)  # qname: os.system
getattr(subprocess, "Popen")(cmd, shell=True)  # qname: subprocess.Popen
dynamic = importlib.import_module(module_name)
dynamic.loads(data)  # qname: none
getattr(os, attribute_name)(cmd)  # qname: none

eval(expression)  # qname: builtins.eval
exec(code)  # qname: builtins.exec

requests.Session().get(url, verify=False)  # qname: requests.Session.get
requests.Session()  # instance: requests.Session
session = requests.Session()  # instance: requests.Session
session.get(url, verify=False)  # qname: requests.Session.get
Session().post(url)  # qname: requests.Session.post
other_session = requests.session()  # instance: requests.Session
other_session.put(url)  # qname: requests.Session.put
with requests.Session() as client:
    client.get(url)  # qname: requests.Session.get

env = jinja2.Environment(loader=file_loader)  # instance: jinja2.Environment
env.from_string(source)  # qname: jinja2.Environment.from_string
template = env.from_string(source)  # instance: jinja2.Template
template.render()  # qname: jinja2.Template.render

import tarfile
tarfile.open(path).extractall(destination)  # qname: tarfile.TarFile.extractall
with tarfile.open(path) as archive:
    archive.extractall(destination)  # qname: tarfile.TarFile.extractall

unknown_object().get(url)  # qname: none


class Client:
    timeout = 5

    def __init__(self, base):
        self.session = requests.Session()
        self.base = base
        self.runner, self.loader = subprocess.run, importlib.import_module("yaml")

    def fetch(self, path):
        return self.session.get(self.base + path, verify=False)  # qname: requests.Session.get

    def run(self, cmd):
        return self.runner(cmd, shell=True)  # qname: subprocess.run

    def load(self, text):
        return self.loader.load(text)  # qname: yaml.load

    def unknown(self):
        return self.base.strip()  # qname: none

    @staticmethod
    def not_a_method_receiver(other):
        return other.session.get(url)  # qname: none


class Reassigned:
    def __init__(self):
        self.session = requests.Session()

    def reset(self):
        self.session = make_session()

    def fetch(self):
        return self.session.get(url)  # qname: none
