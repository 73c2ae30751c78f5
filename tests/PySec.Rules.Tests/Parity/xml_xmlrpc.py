import xmlrpc.client  # bandit: B411  # expect: PYSEC603
from xmlrpc.server import SimpleXMLRPCServer  # bandit: B411  # expect: PYSEC603


def proxy(url):
    return xmlrpc.client.ServerProxy(url)


def serve(register):
    server = SimpleXMLRPCServer(("127.0.0.1", 8000))
    register(server)
    server.serve_forever()  # expect: PYSEC008
