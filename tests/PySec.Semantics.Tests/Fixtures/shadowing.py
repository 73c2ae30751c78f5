import json
import os
import pickle
from os import system


def load(pickle, data):
    # A parameter named like a module is not the module.
    return pickle.loads(data)  # qname: none


def uses_module(data):
    return pickle.loads(data)  # qname: pickle.loads


def eval(expression):
    return expression


# A module-level def shadows the builtin, before and after it in the file.
eval("1 + 1")  # qname: none


def calls_local_eval():
    return eval("x")  # qname: none


def system(command):
    pass


# Redefining an imported name replaces the import (Bandit still reports os.system here).
system("ls")  # qname: none


def imports_locally():
    import subprocess as sub
    sub.call(cmd)  # qname: subprocess.call


def does_not_see_other_functions_imports():
    sub.call(cmd)  # qname: none


def runs_after_module_import():
    # The body runs after the module finished importing, so the import written below is in effect.
    late.check_output(cmd)  # qname: subprocess.check_output


import subprocess as late


class Config:
    json = None
    dumps = json  # qname: none

    def method(self):
        # Class attributes are not visible from methods: this is the module's json.
        return json.dumps({})  # qname: json.dumps


class Holder:
    import yaml as y
    loader = y.load  # qname: yaml.load

    def method(self, s):
        return y.load(s)  # qname: none


def parameter_default(os=os):
    os.system(cmd)  # qname: none


as_lambda = lambda pickle: pickle.loads(data)  # qname: none
from_comprehension = [pickle.loads(x) for pickle in items]  # qname: none
after_comprehension = pickle.loads(data)  # qname: pickle.loads


def loop_target(things):
    for os in things:
        os.system(cmd)  # qname: none


def deleted():
    import marshal as m
    del m
    m.loads(data)  # qname: none


def rebound():
    import pickle as p
    p = SafeLoader()
    p.loads(data)  # qname: none


def maybe_rebound(flag):
    import pickle as p
    if flag:
        p = other_module
    p.loads(data)  # qname: none


def conditional_import_agrees(flag):
    if flag:
        import pickle as q
    else:
        from pickle import loads as q_loads
        import pickle as q
    q.loads(data)  # qname: pickle.loads


try:
    import simplejson as js
except ImportError:
    js = None
js.loads(data)  # qname: none


def shadowed_builtin_open(open):
    return open(path)  # qname: none


def builtin_open(path):
    return open(path)  # qname: builtins.open
