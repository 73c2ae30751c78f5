import wsgiref.handlers
from wsgiref.handlers import CGIHandler  # bandit: B412  # expect: PYSEC815


def application(environ, start_response):
    start_response("200 OK", [("Content-Type", "text/plain")])
    return [b"ok"]


def serve():
    CGIHandler().run(application)  # expect: PYSEC815


def serve_qualified():
    wsgiref.handlers.CGIHandler().run(application)  # expect: PYSEC815
