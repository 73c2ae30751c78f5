"""Writes the literal-decoding fixtures of the CPython AST tests from this interpreter's own answers:

  Fixtures/ast/float-repr.tsv      <IEEE bits as 16 hex digits>\t<repr(float)>\t<repr(complex(0, float))>
  Fixtures/ast/number-literals.tsv <literal>\t<JSON value as PySec writes it>
  Fixtures/ast/string-literals.tsv <literal as a JSON string>\t<value: JSON string, or {"_bytes": ...}>

Usage: make_literal_fixtures.py FIXTURE_DIR
"""
import ast
import json
import os
import random
import struct
import sys
import unicodedata
import warnings


def dumps(value):
    return json.dumps(value, ensure_ascii=True, separators=(",", ":"))


def value_json(value):
    if isinstance(value, bytes):
        return dumps({"_bytes": value.decode("latin-1")})
    if isinstance(value, complex):
        return dumps({"_complex": repr(value)})
    if isinstance(value, float) and (value != value or value in (float("inf"), float("-inf"))):
        return dumps({"_float": repr(value)})
    return dumps(value)


def floats():
    rng = random.Random(20240601)
    values = [0.0, 1.0, 0.1, 0.5, 1e16, 1e15, 9999999999999998.0, 1e-4, 1e-5, 1.5e-5, 123456789.0, 5e-324,
              2.2250738585072014e-308, 1.7976931348623157e308, 1 / 3, 2 / 3, 100.0, 1e22, 1e23, 0.3, 4.35, 1e100]
    for exponent in range(-30, 30):
        values.append(10.0 ** exponent)
        values.append(1.2345 * 10.0 ** exponent)
    for _ in range(1500):
        bits = rng.getrandbits(64)
        value = struct.unpack("<d", struct.pack("<Q", bits))[0]
        if value == value and abs(value) != float("inf"):
            values.append(abs(value))
    for _ in range(500):
        values.append(round(rng.uniform(0, 1000), rng.randint(0, 8)))
    return values


NUMBERS = [
    "0", "00", "0_0", "7", "1_000_000", "123456789012345678901234567890", "0x1F", "0XdeadBEEF", "0o17", "0O777",
    "0b1011", "0B1_0", "0x_ff", "1.0", "1.", ".5", "1e10", "1E-5", "1_0.0_1e+1_0", "3.14j", "10j", "1e5J", "0j",
    "1e400", "1e400j", "0.1", "2.5e-7", "9007199254740993", "9007199254740993.0", "1e16", "123e-20",
    "0xffffffffffffffffffffffffffffffff", "0.000001", "0.0001", "1234567890123456789.0", "4.35", "079.5",
]

STRINGS = [
    "'abc'", '"abc"', "''", '""', "''''''", "'''a\nb'''", '"""x"y"""', "'\\n\\t\\\\\\'\\\"'", "'\\a\\b\\f\\v\\r'",
    "'\\0\\7\\77\\101\\1234'", "'\\400'", "'\\x41\\x7e\\xff'", "'\\u00e9\\u20ac'", "'\\U0001F600\\U00000041'",
    "'\\N{BULLET}\\N{bullet}\\N{LATIN SMALL LETTER A}'", "'\\N{EM DASH}\\N{LF}\\N{NBSP}\\N{BYTE ORDER MARK}'",
    "'\\N{HANGUL SYLLABLE GAG}\\N{HANGUL SYLLABLE HIH}\\N{CJK UNIFIED IDEOGRAPH-4E00}\\N{CJK UNIFIED IDEOGRAPH-2A6DF}'",
    "'\\q\\d\\{\\8\\9'", "'a\\\nb'", "'a\\\r\nb'", "'''a\r\nb\rc'''", "r'\\n\\x41'", "R'\\''", "r'''a\r\nb'''",
    "r'a\\\nb'", "u'abc'", "U'\\u00e9'", "b'abc'", "b'\\x00\\xff\\n\\777'", "B'\\u1234\\N{BULLET}'", "br'\\x00'",
    "Rb'\\n'", "b'''a\r\nb'''", "'é€😀'", "'\\ud800'", "'\\\\N{BULLET}'", "'\\N{LATIN CAPITAL LETTER A WITH MACRON}'",
]


def names():
    entries = []
    for cp in range(0, 0x110000, 89):
        name = unicodedata.name(chr(cp), None)
        if name:
            entries.append(name)
    for cp in (0xAC00, 0xAC01, 0xB098, 0xD7A3, 0x3400, 0x4DBF, 0x9FFF, 0x20000, 0x3134A):
        entries.append(unicodedata.name(chr(cp)))
    return entries


def main():
    directory = sys.argv[1]
    with open(os.path.join(directory, "float-repr.tsv"), "w", encoding="ascii", newline="\n") as f:
        written = set()  # the generators overlap; a repeated row would be a repeated test case
        for value in floats():
            bits = struct.unpack("<Q", struct.pack("<d", value))[0]
            if bits in written:
                continue
            written.add(bits)
            f.write(f"{bits:016x}\t{value!r}\t{complex(0, value)!r}\n")
    with open(os.path.join(directory, "number-literals.tsv"), "w", encoding="ascii", newline="\n") as f:
        for literal in NUMBERS:
            f.write(f"{literal}\t{value_json(ast.literal_eval(literal))}\n")
    strings = list(STRINGS) + ["'\\N{%s}'" % name for name in names()]
    with open(os.path.join(directory, "string-literals.tsv"), "w", encoding="ascii", newline="\n") as f:
        for literal in strings:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                value = ast.literal_eval(literal)
            f.write(f"{dumps(literal)}\t{value_json(value)}\n")


if __name__ == "__main__":
    main()
