import struct
from struct import pack, pack_into


def frame(body: bytes) -> bytes:
    return struct.pack(">H", len(body)) + body  # expect: PYSEC904


def frames(header, body, buffer):
    first = pack("!BI", 1, len(body))  # expect: PYSEC904
    masked = struct.pack(">H", len(body) & 0xFFFF)  # expect: PYSEC904
    pack_into("<I", buffer, 0, len(header))  # expect: PYSEC904
    wide = struct.pack(">Q", len(body))  # ok: PYSEC904
    fixed = struct.pack(">H", 42)  # ok: PYSEC904
    return first, masked, wide, fixed


MAX_BODY = 0xFFFF


def frame_safely(body: bytes) -> bytes:
    if len(body) > MAX_BODY:
        raise ValueError(f"body too large for a 16-bit length field: {len(body)}")
    return struct.pack(">H", len(body)) + body  # ok: PYSEC904


MAX_RECORD = 16 * 1024 * 1024


def read_record(stream) -> bytes:
    (size,) = struct.unpack(">Q", stream.read(8))  # ok: PYSEC904
    if size > MAX_RECORD:
        raise ValueError("record too large")
    data = stream.read(size)
    if len(data) != size:
        raise ValueError("truncated record")
    return data
