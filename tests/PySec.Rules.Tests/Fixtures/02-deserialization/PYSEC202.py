import io
import pickle
from collections import OrderedDict
from pickle import Unpickler

from myapp.models import Point, Polygon

SAFE_MODULES = {"collections", "myapp.models"}
RISKY_MODULES = ("builtins", "myapp.models")
BLOCKED = {"system", "popen", "eval", "exec"}


class SafeUnpickler(pickle.Unpickler):
    def find_class(self, module, name):
        if module in {"builtins", "collections", "myapp.models"}:  # expect: PYSEC202
            return super().find_class(module, name)
        raise pickle.UnpicklingError(f"{module}.{name} is forbidden")


def load(blob: bytes):
    return SafeUnpickler(io.BytesIO(blob)).load()


class ModuleOnly(Unpickler):
    def find_class(self, module, name):
        if module not in SAFE_MODULES:  # expect: PYSEC202
            raise pickle.UnpicklingError(module)
        return super().find_class(module, name)


class DenyList(pickle.Unpickler):
    def find_class(self, module, name):
        if name in BLOCKED:  # expect: PYSEC202
            raise pickle.UnpicklingError(name)
        return super().find_class(module, name)


class DenyModules(pickle.Unpickler):
    def find_class(self, module, name):
        if module == "os" or module == "subprocess":  # expect: PYSEC202
            raise pickle.UnpicklingError(module)
        return pickle.Unpickler.find_class(self, module, name)


class AllowsBuiltinsPairs(pickle.Unpickler):
    def find_class(self, module, name):
        if (module, name) in {("builtins", "getattr"), ("myapp.models", "Point")}:  # expect: PYSEC202
            return super().find_class(module, name)
        raise pickle.UnpicklingError(name)


class NamedConstant(pickle.Unpickler):
    def find_class(self, module, name):
        if module in RISKY_MODULES and name.isidentifier():  # expect: PYSEC202
            return super().find_class(module, name)
        raise pickle.UnpicklingError(name)


ALLOWED = {
    ("myapp.models", "Point"): Point,
    ("myapp.models", "Polygon"): Polygon,
    ("collections", "OrderedDict"): OrderedDict,
}


class StrictUnpickler(pickle.Unpickler):
    def find_class(self, module, name):
        try:
            return ALLOWED[(module, name)]
        except KeyError:
            raise pickle.UnpicklingError(f"global {module}.{name} is not allowed") from None


class PairAllowList(pickle.Unpickler):
    def find_class(self, module, name):
        if (module, name) in {("myapp.models", "Point"), ("collections", "OrderedDict")}:  # ok: PYSEC202
            return super().find_class(module, name)
        raise pickle.UnpicklingError(name)


class PairCheck(pickle.Unpickler):
    def find_class(self, module, name):
        if module == "myapp.models" and name in {"Point", "Polygon"}:  # ok: PYSEC202
            return super().find_class(module, name)
        raise pickle.UnpicklingError(name)


class NotAnUnpickler:
    def find_class(self, module, name):
        if module in {"builtins"}:  # ok: PYSEC202
            return getattr(__import__(module), name)
        return None
