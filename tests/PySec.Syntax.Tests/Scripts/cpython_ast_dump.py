"""Dumps CPython's AST of every standard-library module in the JSON shape PySec emits for
`pysec parse --format ast-json`, one line per file: relative path, a tab, compact JSON.

The reference interpreter may be older than the AST shape PySec emits (CPython 3.14); fields that
newer versions add with a fixed value for old syntax are added here so that both sides compare as
text. Files CPython rejects are written as {"_error": "<exception>"}.

Usage: cpython_ast_dump.py [ROOT] > out.tsv   (ROOT defaults to this interpreter's stdlib)
       cpython_ast_dump.py --snippets FILE      (FILE holds sources separated by lines "# ---";
                                                 writes "<index>\t<JSON>" per source)
"""
import ast
import json
import math
import multiprocessing
import os
import sys
import sysconfig
import warnings

# Fields added after CPython 3.11, with the value they take for syntax 3.11 can parse.
ADDED_FIELDS = {
    "FunctionDef": ("type_params",),
    "AsyncFunctionDef": ("type_params",),
    "ClassDef": ("type_params",),
}


def float_value(value):
    if math.isinf(value) or math.isnan(value):
        return {"_float": repr(value)}
    return value


def constant(value):
    if value is None or isinstance(value, (bool, int, str)):
        return value
    if isinstance(value, float):
        return float_value(value)
    if isinstance(value, complex):
        return {"_complex": repr(value)}
    if isinstance(value, bytes):
        return {"_bytes": value.decode("latin-1")}
    if value is Ellipsis:
        return {"_type": "Ellipsis"}
    raise TypeError(f"unexpected constant {value!r}")


def to_json(node):
    if isinstance(node, list):
        return [to_json(item) for item in node]
    if not isinstance(node, ast.AST):
        return node
    name = type(node).__name__
    out = {"_type": name}
    for field in node._fields:
        value = getattr(node, field, None)
        out[field] = constant(value) if name == "Constant" and field == "value" else to_json(value)
    for field in ADDED_FIELDS.get(name, ()):
        out.setdefault(field, [])
    for attribute in node._attributes:
        out[attribute] = getattr(node, attribute, None)
    return out


def dump_file(job):
    root, relative = job
    with open(os.path.join(root, relative), "rb") as f:
        source = f.read()
    return relative + "\t" + dump_source(source, relative)


SNIPPET_SEPARATOR = b"# ---\n"


def dump_source(source, name):
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            tree = ast.parse(source, name)
        data = to_json(tree)
    except (SyntaxError, ValueError, MemoryError, RecursionError) as e:
        data = {"_error": f"{type(e).__name__}: {e}"}
    return json.dumps(data, ensure_ascii=True, separators=(",", ":"))


def stdlib_files(root):
    files = []
    for directory, subdirs, names in os.walk(root):
        subdirs[:] = sorted(d for d in subdirs if d not in ("site-packages", "dist-packages", "__pycache__"))
        for name in names:
            if name.endswith(".py"):
                files.append(os.path.relpath(os.path.join(directory, name), root).replace(os.sep, "/"))
    return sorted(files)


def main():
    sys.setrecursionlimit(20000)
    if len(sys.argv) == 3 and sys.argv[1] == "--snippets":
        with open(sys.argv[2], "rb") as f:
            snippets = f.read().replace(b"\r\n", b"\n").split(SNIPPET_SEPARATOR)
        for index, snippet in enumerate(snippets):
            sys.stdout.write(f"{index}\t{dump_source(snippet, f'snippet {index}')}\n")
        return
    root = sys.argv[1] if len(sys.argv) > 1 else sysconfig.get_paths()["stdlib"]
    jobs = [(root, relative) for relative in stdlib_files(root)]
    out = sys.stdout
    with multiprocessing.Pool(2, initializer=sys.setrecursionlimit, initargs=(20000,)) as pool:
        for line in pool.imap(dump_file, jobs, chunksize=8):
            out.write(line)
            out.write("\n")


if __name__ == "__main__":
    main()
