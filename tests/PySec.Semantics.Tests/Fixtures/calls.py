import hashlib
import os
import pickle
import ssl
import subprocess
import tarfile
import tempfile

import jinja2
import requests
import yaml

subprocess.run(args=cmd, shell=True)  # qname: subprocess.run  # arg: args=cmd  # arg: shell=True
subprocess.run(cmd, shell=True)  # arg: args=cmd  # arg: shell=True  # arg: check=missing
subprocess.Popen(cmd, -1, None, None, None, None, None, True, True)  # arg: shell=True  # arg: close_fds=True
subprocess.run(*argv, shell=False)  # arg: args=unknown  # arg: shell=False
subprocess.run(cmd, **options)  # arg: args=cmd  # arg: shell=unknown  # arg: check=unknown
subprocess.check_output(["ls", path], timeout=3)  # arg: args=["ls", path]  # arg: timeout=3
yaml.load(data, Loader=yaml.Loader)  # arg: stream=data  # arg: Loader=yaml.Loader
yaml.load(data, yaml.FullLoader)  # arg: Loader=yaml.FullLoader
yaml.load(data)  # arg: Loader=missing
requests.get(url, verify=False, timeout=5)  # arg: verify=False  # arg: timeout=5  # arg: params=missing
requests.post(url, payload)  # arg: data=payload  # arg: verify=missing
session = requests.Session()
session.get(url, verify=False)  # qname: requests.Session.get  # arg: url=url  # arg: verify=False
hashlib.new("md5", usedforsecurity=False)  # arg: name="md5"  # arg: usedforsecurity=False
hashlib.md5(b"x")  # arg: data=b"x"  # arg: usedforsecurity=missing
tempfile.mktemp(dir="/tmp")  # arg: dir="/tmp"  # arg: suffix=missing
tarfile.open(path).extractall(dest)  # arg: path=dest  # arg: filter=missing
tarfile.open(path).extractall(dest, filter="data")  # arg: filter="data"
jinja2.Environment(autoescape=False)  # arg: autoescape=False  # arg: loader=missing
ssl.wrap_socket(sock, ssl_version=ssl.PROTOCOL_SSLv2)  # arg: sock=sock  # arg: ssl_version=ssl.PROTOCOL_SSLv2
# A positional-only parameter cannot be passed by keyword.
pickle.loads(data=blob)  # arg: data=missing
os.execl("/bin/sh", "sh", "-c", cmd)  # arg: file="/bin/sh"  # arg: args="sh", "-c", cmd
os.chmod(path, 0o777)  # arg: mode=0o777
eval(code, globals=scope)  # arg: source=code  # arg: globals=scope  # arg: locals=missing
getattr(os, "system")  # arg: name="system"
# Without a known signature only keywords can be found, by name.
unknown_function(1, key=2)  # arg: key=2  # arg: other=missing
unknown_function(1, **extra)  # arg: key=unknown


def wrapper(*args, **kwargs):
    return subprocess.call(*args, **kwargs)  # arg: args=unknown  # arg: shell=unknown
