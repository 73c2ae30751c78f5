import re
import re as regex_module
from re import compile as re_compile

from flask import request

WORDS = ["alpha", "beta"]
ALTERNATION = "|".join(WORDS)


def search(titles):
    return [t for t in titles if re.search(request.args["q"], t)]  # expect: PYSEC111


def filters(query, text, separator, user):
    re.compile(query)  # expect: PYSEC111
    re.match("^" + query, text)  # expect: PYSEC111
    regex_module.findall(f"{user.prefix}-\\d+", text)  # expect: PYSEC111
    re_compile(query, re.IGNORECASE)  # expect: PYSEC111
    re.split(separator, text)  # expect: PYSEC111
    re.sub(pattern=query, repl="", string=text)  # expect: PYSEC111

    re.compile(re.escape(query), re.IGNORECASE)  # ok: PYSEC111
    re.search("^" + re.escape(query) + "$", text)  # ok: PYSEC111
    re.compile(r"\w+(?:\s\w+)*")  # ok: PYSEC111
    re.compile(ALTERNATION)  # ok: PYSEC111
    escaped = re.escape(query)
    re.findall(escaped, text)  # ok: PYSEC111
    compiled = re.compile(r"\d+")
    re.search(compiled, text)  # ok: PYSEC111
    re.split(r"\s*,\s*", separator)  # ok: PYSEC111


def safe_search(titles):
    query = request.args.get("q", "")[:100]
    pattern = re.compile(re.escape(query), re.IGNORECASE)  # ok: PYSEC111
    return [t for t in titles if pattern.search(t)]  # ok: PYSEC111
