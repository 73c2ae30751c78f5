#!/usr/bin/env python3 -I  # expect: PYSEC002
print("env passes python3 -I as one name")
