import socket
import socketserver

MAX_LINE = 4096


# From the manual: vulnerable.
def read_command(conn: socket.socket) -> bytes:
    return conn.makefile("rb").readline()  # expect: PYSEC805


# From the manual: safe.
def read_command_safe(conn: socket.socket) -> bytes:
    conn.settimeout(30)
    line = conn.makefile("rb").readline(MAX_LINE + 1)  # ok: PYSEC805
    if len(line) > MAX_LINE:
        raise ValueError("command line too long")
    return line


class Handler(socketserver.StreamRequestHandler):
    def handle(self):
        first = self.rfile.readline()  # expect: PYSEC805
        rest = self.rfile.readlines()  # expect: PYSEC805
        bounded = self.rfile.readline(65537)  # ok: PYSEC805
        return first, rest, bounded


def more(sock, path):
    stream = sock.makefile("rb")
    header = stream.readline()  # expect: PYSEC805
    with open(path, "rb") as fh:
        local = fh.readline()  # ok: PYSEC805
    return header, local
