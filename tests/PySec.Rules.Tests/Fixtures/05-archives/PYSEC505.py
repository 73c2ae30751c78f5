import bz2
import gzip
import lzma
import tarfile
import zipfile
import zlib
from zlib import decompress

from flask import abort, request

MAX_OUTPUT = 50 * 1024 * 1024


def upload_log():
    text = gzip.decompress(request.get_data())  # expect: PYSEC505
    return {"lines": text.count(b"\n")}


def variants(body, archive, name):
    zlib.decompress(body)  # expect: PYSEC505
    decompress(body, wbits=31)  # expect: PYSEC505
    bz2.decompress(body)  # expect: PYSEC505
    lzma.decompress(data=body)  # expect: PYSEC505
    with zipfile.ZipFile(archive) as zf:
        zf.read(name)  # expect: PYSEC505
        zf.extractall("out")  # expect: PYSEC505
    tarfile.open(archive).extractall("out", filter="data")  # expect: PYSEC505

    zlib.decompress(b"x\x9c\xcbH\xcd\xc9\xc9\x07\x00\x06,\x02\x15")  # ok: PYSEC505
    zlib.compress(body)  # ok: PYSEC505
    gzip.compress(body)  # ok: PYSEC505
    zlib.decompressobj().decompress(body, 1024 * 1024)  # ok: PYSEC505


def upload_log_bounded():
    decomp = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)
    data = request.get_data()
    out = bytearray()
    while data:
        out += decomp.decompress(data, 1024 * 1024)  # ok: PYSEC505
        if len(out) > MAX_OUTPUT:
            abort(413)
        data = decomp.unconsumed_tail
    return {"lines": out.count(b"\n")}


MAX_TOTAL = 500 * 1024 * 1024
MAX_ENTRIES = 10_000
MAX_RATIO = 100


def checked_extract(archive: str, dest: str):
    with zipfile.ZipFile(archive) as zf:
        infos = zf.infolist()
        if len(infos) > MAX_ENTRIES:
            raise ValueError("too many entries")
        total = sum(i.file_size for i in infos)
        compressed = sum(i.compress_size for i in infos) or 1
        if total > MAX_TOTAL or total / compressed > MAX_RATIO:
            raise ValueError("archive expands too much")
        zf.extractall(dest)  # ok: PYSEC505


def counted_extract(archive: str, dest: str):
    with tarfile.open(archive) as tar:
        if len(tar.getmembers()) > MAX_ENTRIES:
            raise ValueError("too many entries")
        tar.extractall(dest, filter="data")  # ok: PYSEC505
