import yaml
import yaml as y
from yaml import load, SafeLoader
from yaml import load as yaml_load
from ruamel.yaml import YAML
import ruamel.yaml


def read(stream, loader):
    yaml.load(stream)  # expect: PYSEC207
    yaml.load(stream, Loader=yaml.Loader)  # expect: PYSEC207
    yaml.load(stream, yaml.UnsafeLoader)  # expect: PYSEC207
    y.load(stream, Loader=y.FullLoader)  # expect: PYSEC207
    load(stream)  # expect: PYSEC207
    yaml_load(stream)  # expect: PYSEC207
    yaml.unsafe_load(stream)  # expect: PYSEC207
    yaml.load_all(stream)  # expect: PYSEC207
    yaml.load(stream, Loader=loader)  # expect: PYSEC207

    yaml.load(stream, Loader=yaml.SafeLoader)  # ok: PYSEC207
    yaml.load(stream, yaml.CSafeLoader)  # ok: PYSEC207
    load(stream, Loader=SafeLoader)  # ok: PYSEC207
    yaml.safe_load(stream)  # ok: PYSEC207
    yaml.dump(stream)  # ok: PYSEC207


def shadowed(stream):
    def load(data):
        return data

    load(stream)  # ok: PYSEC207


def ruamel_loaders(stream):
    unsafe_yaml = YAML(typ="unsafe")  # expect: PYSEC207
    ruamel.yaml.YAML(typ="unsafe", pure=True).load(stream)  # expect: PYSEC207
    safe_yaml = YAML(typ="safe")  # ok: PYSEC207
    YAML().load(stream)  # ok: PYSEC207
    YAML(typ="rt")  # ok: PYSEC207
    return unsafe_yaml, safe_yaml
