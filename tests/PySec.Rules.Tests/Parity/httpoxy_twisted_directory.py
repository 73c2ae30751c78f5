from twisted.web import server
from twisted.web.twcgi import CGIDirectory  # bandit: B412  # expect: PYSEC815


def site(path):
    return server.Site(CGIDirectory(path))  # expect: PYSEC815
