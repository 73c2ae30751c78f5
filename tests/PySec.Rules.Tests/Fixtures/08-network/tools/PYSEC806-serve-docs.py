# A developer tool: http.server is fine here.
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

server = ThreadingHTTPServer(("127.0.0.1", 8000), SimpleHTTPRequestHandler)  # ok: PYSEC806
server.serve_forever()
