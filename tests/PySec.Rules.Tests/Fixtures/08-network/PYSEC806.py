import socketserver
from functools import partial
from http.server import CGIHTTPRequestHandler, HTTPServer, SimpleHTTPRequestHandler, ThreadingHTTPServer
from wsgiref.simple_server import make_server

# From the manual: vulnerable.
server = HTTPServer(("", 8080), CGIHTTPRequestHandler)  # expect: PYSEC806
server.serve_forever()


def serve(app, port):
    httpd = make_server("127.0.0.1", port, app)  # expect: PYSEC806
    static = socketserver.TCPServer(("127.0.0.1", port), SimpleHTTPRequestHandler)  # expect: PYSEC806
    threaded = ThreadingHTTPServer(("127.0.0.1", port), SimpleHTTPRequestHandler)  # expect: PYSEC806
    other = socketserver.TCPServer(("127.0.0.1", port), socketserver.StreamRequestHandler)  # ok: PYSEC806
    return httpd, static, threaded, other


# From the manual: safe.
if __name__ == "__main__":
    handler = partial(SimpleHTTPRequestHandler, directory="build/html")
    with ThreadingHTTPServer(("127.0.0.1", 8000), handler) as demo:  # ok: PYSEC806
        demo.serve_forever()
