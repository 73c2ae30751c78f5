import json
import marshal
import marshal as m
import socket
from marshal import loads


def receive_task(conn: socket.socket):
    payload = conn.recv(65536)
    return marshal.loads(payload)  # expect: PYSEC205


def more(fh, blob):
    marshal.load(fh)  # expect: PYSEC205
    m.loads(blob)  # expect: PYSEC205
    loads(blob)  # expect: PYSEC205
    marshal.loads(blob, allow_code=False)  # expect: PYSEC205
    code = marshal.loads(blob)  # expect: PYSEC205
    exec(code)


def safe(blob, value):
    marshal.dumps(value)  # ok: PYSEC205
    marshal.dump(value, blob)  # ok: PYSEC205
    json.loads(blob)  # ok: PYSEC205


def shadowed(blob):
    from json import loads

    return loads(blob)  # ok: PYSEC205
