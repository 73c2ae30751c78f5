import jinja2
from jinja2 import Environment, FileSystemLoader, select_autoescape
from jinja2 import Environment as Env

env = Environment(loader=FileSystemLoader("templates"))  # expect: PYSEC109
env2 = jinja2.Environment(autoescape=False)  # expect: PYSEC109
env3 = Env(loader=FileSystemLoader("t"), autoescape=0)  # expect: PYSEC109
env4 = jinja2.Environment()  # expect: PYSEC109
# expect: PYSEC109
env5 = Environment(
    loader=FileSystemLoader("templates"),
    trim_blocks=True,
)
AUTOESCAPE = False
env6 = Environment(autoescape=AUTOESCAPE)  # expect: PYSEC109


def build(options, flag):
    ok1 = Environment(loader=FileSystemLoader("t"), autoescape=True)  # ok: PYSEC109
    ok2 = Environment(autoescape=select_autoescape(["html", "htm", "xml"]))  # ok: PYSEC109
    ok3 = jinja2.Environment(autoescape=select_autoescape())  # ok: PYSEC109
    ok4 = Environment(**options)  # ok: PYSEC109
    ok5 = Environment(autoescape=flag)  # ok: PYSEC109
    ok6 = jinja2.sandbox.SandboxedEnvironment(autoescape=True)  # ok: PYSEC109
    return ok1, ok2, ok3, ok4, ok5, ok6


class Environment2:
    pass


plain = Environment2()  # ok: PYSEC109
