#!/usr/bin/python3 -s  # expect: PYSEC002
print("no user site, but PYTHONPATH still applies")
