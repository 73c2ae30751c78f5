import xmlrpclib  # expect: PYSEC603
from SimpleXMLRPCServer import SimpleXMLRPCServer  # expect: PYSEC603
from myapp.registry import register_instance  # ok: PYSEC603


def setup(other):
    other.register_instance(object(), allow_dotted_names=True)  # expect: PYSEC603
    register_instance(object(), True)  # ok: PYSEC603
