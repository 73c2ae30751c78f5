import wsgiref.handlers
from wsgiref.handlers import CGIHandler  # expect: PYSEC815
from wsgiref.handlers import SimpleHandler  # ok: PYSEC815
from twisted.web import twcgi
from twisted.web.twcgi import CGIScript as Script  # expect: PYSEC815

from myapp.wsgi import application

# From the manual: vulnerable.
CGIHandler().run(application)  # expect: PYSEC815


def resources(root):
    root.putChild(b"cgi", twcgi.CGIDirectory("/srv/cgi-bin"))  # expect: PYSEC815
    root.putChild(b"script", Script("/srv/cgi-bin/report.cgi"))  # expect: PYSEC815
    wsgiref.handlers.CGIHandler().run(application)  # expect: PYSEC815
    wsgiref.handlers.SimpleHandler(None, None, None, {}).run(application)  # ok: PYSEC815


if __name__ == "__main__":
    from waitress import serve  # ok: PYSEC815

    # From the manual: safe.
    serve(application, host="127.0.0.1", port=8080)  # ok: PYSEC815
