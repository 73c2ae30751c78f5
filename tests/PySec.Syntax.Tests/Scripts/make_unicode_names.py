"""Writes the Unicode character-name table used to decode \\N{NAME} escapes.

Output (gzip-compressed UTF-8 text), one entry per line:
    cjk <first>-<last>,...     code point ranges named "CJK UNIFIED IDEOGRAPH-<hex>" (computed, not stored)
    <hex>\t<NAME>              every other name, then the formal name aliases \\N{} also accepts
Hangul syllable names are computed from their jamo and are not stored either.

Names come from this interpreter's unicodedata, so the table matches the Unicode version of the
CPython that generated it. unicodedata cannot list name aliases; when a machine-readable name list
is given (Perl's unicore/Name.pl has one), aliases are taken from it and kept only where
unicodedata.lookup agrees.

Usage: make_unicode_names.py OUTPUT.gz [NAME_LIST]
"""
import gzip
import sys
import unicodedata

CJK_PREFIX = "CJK UNIFIED IDEOGRAPH-"
HANGUL_FIRST, HANGUL_LAST = 0xAC00, 0xD7A3


def ranges(code_points):
    result = []
    for cp in code_points:
        if result and result[-1][1] == cp - 1:
            result[-1][1] = cp
        else:
            result.append([cp, cp])
    return result


def aliases(name_list_path):
    """(code point, alias) pairs from a file of 'HEX\\nNAME\\n\\n' records."""
    with open(name_list_path, encoding="utf-8") as f:
        lines = [line.rstrip("\n") for line in f]
    found = []
    for i in range(len(lines) - 1):
        code, name = lines[i], lines[i + 1]
        if not code or " " in code or not all(c in "0123456789ABCDEF" for c in code):
            continue
        cp = int(code, 16)
        if not name or unicodedata.name(chr(cp), None) == name:
            continue
        try:
            if unicodedata.lookup(name) == chr(cp):
                found.append((cp, name))
        except KeyError:
            pass
    return found


def main():
    output = sys.argv[1]
    cjk = []
    entries = []
    for cp in range(0x110000):
        if HANGUL_FIRST <= cp <= HANGUL_LAST:
            continue
        name = unicodedata.name(chr(cp), None)
        if name is None:
            continue
        if name.startswith(CJK_PREFIX):
            cjk.append(cp)
        else:
            entries.append((cp, name))
    if len(sys.argv) > 2:
        entries.extend(sorted(set(aliases(sys.argv[2]))))
    lines = ["cjk " + ",".join(f"{a:X}-{b:X}" for a, b in ranges(cjk))]
    lines.extend(f"{cp:X}\t{name}" for cp, name in entries)
    data = ("\n".join(lines) + "\n").encode("utf-8")
    with open(output, "wb") as f:
        f.write(gzip.compress(data, compresslevel=9, mtime=0))


if __name__ == "__main__":
    main()
