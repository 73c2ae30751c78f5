import os
import socket
import socketserver

import uvicorn
from flask import Flask

from myapp.handlers import MetricsHandler

# From the manual: vulnerable.
app = Flask(__name__)

app.run(host="0.0.0.0", port=5000)  # expect: PYSEC807

# From the manual: safe.
HOST = os.environ.get("METRICS_BIND", "127.0.0.1")
server = socketserver.TCPServer((HOST, 9100), MetricsHandler)  # ok: PYSEC807

ALL = ("0.0.0.0", 8080)
LISTEN = "0.0.0.0"  # ok: PYSEC807


def listen(port, sock):
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.bind(("0.0.0.0", port))  # expect: PYSEC807
    s.bind(("", port))  # expect: PYSEC807
    sock.bind(("0.0.0.0", port))  # expect: PYSEC807
    s.bind(ALL)  # expect: PYSEC807
    s.bind((LISTEN, port))  # expect: PYSEC807
    socketserver.TCPServer(("0.0.0.0", port), MetricsHandler)  # expect: PYSEC807
    socket.create_server(("::", port), family=socket.AF_INET6)  # expect: PYSEC807
    uvicorn.run("myapp:app", host="0.0.0.0", port=port)  # expect: PYSEC807
    app.run("0.0.0.0", port)  # expect: PYSEC807

    s.bind(("127.0.0.1", port))  # ok: PYSEC807
    s.bind((HOST, port))  # ok: PYSEC807
    uvicorn.run("myapp:app", host="127.0.0.1", port=port)  # ok: PYSEC807
    app.run(host="127.0.0.1")  # ok: PYSEC807
    if LISTEN == "0.0.0.0":  # ok: PYSEC807
        print("listening on 0.0.0.0")  # ok: PYSEC807
    engine.bind("0.0.0.0")  # ok: PYSEC807


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=5000, debug=os.environ.get("FLASK_DEBUG") == "1")  # ok: PYSEC807
