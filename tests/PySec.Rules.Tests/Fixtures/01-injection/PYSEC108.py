import jinja2
from django.template import Template as DjangoTemplate
from flask import Flask, render_template, render_template_string, request
from jinja2 import Environment, Template
from mako.lookup import TemplateLookup
from mako.template import Template as MakoTemplate

app = Flask(__name__)
env = Environment(autoescape=True)
PAGE = "<h1>{{ title }}</h1>"


@app.get("/hello")
def hello():
    name = request.args.get("name", "guest")
    return render_template_string(f"<h1>Hello {name}</h1>")  # expect: PYSEC108


@app.get("/greet")
def greet():
    return render_template("hello.html", name=request.args.get("name", "guest"))  # ok: PYSEC108


def render(user_template, title, body):
    Template(user_template)  # expect: PYSEC108
    jinja2.Template("<p>" + body + "</p>")  # expect: PYSEC108
    env.from_string(user_template)  # expect: PYSEC108
    render_template_string(source=user_template)  # expect: PYSEC108
    DjangoTemplate("{% load static %}" + body)  # expect: PYSEC108
    MakoTemplate(user_template, default_filters=["h"])  # expect: PYSEC108
    MakoTemplate("<p>${body}</p>")  # expect: PYSEC108
    TemplateLookup(directories=["templates"])  # expect: PYSEC108

    Template(PAGE)  # ok: PYSEC108
    Template("<p>{{ body }}</p>").render(body=body)  # ok: PYSEC108
    env.from_string("{{ title }}")  # ok: PYSEC108
    render_template_string("<h1>{{ title }}</h1>", title=title)  # ok: PYSEC108
    DjangoTemplate("<p>{{ body }}</p>")  # ok: PYSEC108
    MakoTemplate("<p>${body}</p>", default_filters=["h"])  # ok: PYSEC108
    TemplateLookup(directories=["templates"], default_filters=["h"])  # ok: PYSEC108
    render_template("page.html", body=body)  # ok: PYSEC108
