import imp
import importlib.machinery
import importlib.util
import runpy
from importlib.machinery import SourceFileLoader
from runpy import run_path as run_script


def run_user_script(path):
    return runpy.run_path(path)  # expect: PYSEC004


def load(name, path, module_name, fp, description):
    run_script(path)  # expect: PYSEC004
    runpy.run_module(module_name)  # expect: PYSEC004
    SourceFileLoader(name, path).load_module()  # expect: PYSEC004
    importlib.machinery.SourcelessFileLoader(name, path)  # expect: PYSEC004
    importlib.util.spec_from_file_location(name, path)  # expect: PYSEC004
    imp.load_source(name, path)  # expect: PYSEC004
    imp.load_module(name, fp, path, description)  # expect: PYSEC004

    runpy.run_module("http.server")  # ok: PYSEC004
    runpy.run_path("/opt/myapp/bootstrap.py")  # ok: PYSEC004
    importlib.util.spec_from_file_location("settings", "/etc/myapp/settings.py")  # ok: PYSEC004
    importlib.import_module("myapp.exporters")  # ok: PYSEC004


from importlib.metadata import entry_points


def load_exporters():
    return {ep.name: ep.load() for ep in entry_points(group="myapp.exporters")}  # ok: PYSEC004
