#!/usr/bin/env python3  # expect: PYSEC002
print("hello")
