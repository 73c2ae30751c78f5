import jinja2
from jinja2 import Environment, FileSystemLoader, select_autoescape


def default_env(path):
    return jinja2.Environment(loader=FileSystemLoader(path))  # bandit: B701  # expect: PYSEC109


def disabled(path):
    return Environment(loader=FileSystemLoader(path), autoescape=False)  # bandit: B701  # expect: PYSEC109


def enabled(path):
    return Environment(loader=FileSystemLoader(path), autoescape=True)


def selected(path):
    return Environment(loader=FileSystemLoader(path), autoescape=select_autoescape(["html", "xml"]))


def configured(path, settings):
    return Environment(loader=FileSystemLoader(path), autoescape=settings.AUTOESCAPE)  # bandit: B701 -- quiet: autoescape comes from configuration, it is not switched off here


def text_only():
    return Environment(autoescape=False, loader=jinja2.DictLoader({"mail.txt": "Hello {{ name }}"}))  # bandit: B701  # expect: PYSEC109


def inline_template(name):
    return jinja2.Template("<p>Hello {{ name }}</p>").render(name=name)
