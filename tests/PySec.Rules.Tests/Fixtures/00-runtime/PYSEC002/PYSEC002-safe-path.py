#!/usr/local/bin/python3.12 -sP  # ok: PYSEC002
print("safe path")
