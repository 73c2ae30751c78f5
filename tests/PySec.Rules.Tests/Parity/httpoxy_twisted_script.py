from twisted.web import server
from twisted.web.twcgi import CGIScript  # bandit: B412  # expect: PYSEC815


def site(path):
    return server.Site(CGIScript(path))  # expect: PYSEC815
