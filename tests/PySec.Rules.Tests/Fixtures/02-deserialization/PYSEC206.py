import json
import os
from multiprocessing.connection import Client, Listener
from multiprocessing.managers import BaseManager, SyncManager
import multiprocessing.connection as mpc

ADDRESS = ("localhost", 6000)

with Listener(("0.0.0.0", 6000)) as listener:  # expect: PYSEC206
    with listener.accept() as conn:
        job = conn.recv()


def more(host, port, key):
    Listener(("127.0.0.1", 6000))  # expect: PYSEC206
    Listener(ADDRESS, authkey=None)  # expect: PYSEC206
    Client(("jobs.internal", 6000))  # expect: PYSEC206
    mpc.Client(address=(host, port))  # expect: PYSEC206
    Listener(("", port), authkey=key)  # expect: PYSEC206
    BaseManager(address=("0.0.0.0", 50000), authkey=key)  # expect: PYSEC206
    SyncManager(("", 50000))  # expect: PYSEC206

    Client(("jobs.internal", 6000), authkey=key)  # ok: PYSEC206
    Client(("0.0.0.0", 6000), authkey=key)  # ok: PYSEC206
    BaseManager(address=("127.0.0.1", 50000), authkey=key)  # ok: PYSEC206
    BaseManager(address=("127.0.0.1", 50000))  # ok: PYSEC206
    Listener(r"\\.\pipe\jobs", family="AF_PIPE")  # ok: PYSEC206
    Listener()  # ok: PYSEC206


authkey = bytes.fromhex(os.environ["JOB_AUTHKEY"])

with Listener(("127.0.0.1", 6000), authkey=authkey) as listener:  # ok: PYSEC206
    with listener.accept() as conn:
        job = conn.recv()

with Listener("/run/myapp/jobs.sock", family="AF_UNIX") as listener:  # ok: PYSEC206
    with listener.accept() as conn:
        job = json.loads(conn.recv_bytes(maxlength=64 * 1024))
