import os
import site
import sys
from pathlib import Path
from sys import path as search_path

PLUGIN_DIR = "/opt/myapp/plugins"


def setup(config, plugin_dir):
    sys.path.insert(0, os.getcwd())  # expect: PYSEC001
    sys.path.append(Path.cwd())  # expect: PYSEC001
    sys.path.insert(0, "")  # expect: PYSEC001
    sys.path.insert(0, ".")  # expect: PYSEC001
    sys.path.append("lib")  # expect: PYSEC001
    sys.path.append("../src")  # expect: PYSEC001
    search_path.insert(0, plugin_dir)  # expect: PYSEC001
    sys.path.append(config["plugins"])  # expect: PYSEC001
    sys.path.extend(os.environ.get("EXTRA_PATH", "").split(":"))  # expect: PYSEC001
    site.addsitedir(plugin_dir)  # expect: PYSEC001
    here = sys.path
    here.insert(0, os.getcwd())  # expect: PYSEC001

    sys.path.insert(0, "/opt/myapp/lib")  # ok: PYSEC001
    sys.path.append(PLUGIN_DIR)  # ok: PYSEC001
    sys.path.append("C:\\myapp\\lib")  # ok: PYSEC001
    sys.path.remove(os.getcwd())  # ok: PYSEC001
    sys.path.insert(0, *config)  # ok: PYSEC001
    paths = []
    paths.insert(0, os.getcwd())  # ok: PYSEC001
    paths.append(plugin_dir)  # ok: PYSEC001


from myapp import report_plugins  # ok: PYSEC001

report_plugins.load_builtin()
