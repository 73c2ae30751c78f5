#!/usr/bin/python3  # expect: PYSEC002
from myapp.maintenance import rotate_keys

rotate_keys()
