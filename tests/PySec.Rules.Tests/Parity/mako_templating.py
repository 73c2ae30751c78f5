import mako.template
from mako.lookup import TemplateLookup
from mako.template import Template


def page(name):
    return Template("<p>Hello ${name}</p>").render(name=name)  # bandit: B702  # expect: PYSEC108


def page_escaped(name):
    return Template("<p>Hello ${name}</p>", default_filters=["h"]).render(name=name)  # bandit: B702 -- quiet: default_filters with h escapes every value


def from_user(source, context):
    return mako.template.Template(source).render(**context)  # bandit: B702  # expect: PYSEC108


def lookup(directory):
    return TemplateLookup(directories=[directory])  # expect: PYSEC108
