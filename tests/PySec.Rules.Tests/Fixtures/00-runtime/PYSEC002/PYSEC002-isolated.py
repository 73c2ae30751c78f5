#!/usr/bin/python3 -I  # ok: PYSEC002
from myapp.maintenance import rotate_keys

rotate_keys()
