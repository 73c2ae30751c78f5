import ctypes
import sys
import threading
from ctypes import CDLL, memmove


def copy_into(buffer: ctypes.Array, data: bytes, length: int):
    ctypes.memmove(buffer, data, length)  # expect: PYSEC909


def native(buf, src, size, addr, name, tracer):
    memmove(buf, src, size)  # expect: PYSEC909
    ctypes.memset(buf, 0, size)  # expect: PYSEC909
    ctypes.string_at(addr, 16)  # expect: PYSEC909
    ctypes.cast(addr, ctypes.c_char_p)  # expect: PYSEC909
    ctypes.c_int.from_address(addr)  # expect: PYSEC909
    (ctypes.c_char * 16).from_address(addr)  # expect: PYSEC909
    CDLL("libfoo.so")  # expect: PYSEC909
    ctypes.cdll.LoadLibrary(name)  # expect: PYSEC909
    ctypes.WinDLL("user32")  # expect: PYSEC909
    sys.settrace(tracer)  # expect: PYSEC909
    sys.setprofile(tracer)  # expect: PYSEC909
    threading.settrace(tracer)  # expect: PYSEC909

    ctypes.memmove(buf, src, 16)  # ok: PYSEC909
    ctypes.memset(buf, 0, ctypes.sizeof(buf))  # expect: PYSEC909
    CDLL("/usr/lib/x86_64-linux-gnu/libz.so.1")  # ok: PYSEC909
    ctypes.WinDLL("C:\\Windows\\System32\\user32.dll")  # ok: PYSEC909
    sys.gettrace()  # ok: PYSEC909
    sys.addaudithook(tracer)  # ok: PYSEC909


def copy_safely(buffer: bytearray, data: bytes) -> None:
    if len(data) > len(buffer):
        raise ValueError("data does not fit")
    memoryview(buffer)[: len(data)] = data  # ok: PYSEC909


libz = ctypes.CDLL("/usr/lib/x86_64-linux-gnu/libz.so.1")  # ok: PYSEC909
libz.crc32.argtypes = [ctypes.c_ulong, ctypes.c_char_p, ctypes.c_uint]
libz.crc32.restype = ctypes.c_ulong


def crc32(data: bytes) -> int:
    if len(data) > 0xFFFFFFFF:
        raise ValueError("input too large")
    return libz.crc32(0, data, len(data))  # ok: PYSEC909
