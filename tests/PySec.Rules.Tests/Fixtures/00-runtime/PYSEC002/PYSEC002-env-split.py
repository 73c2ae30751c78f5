#!/usr/bin/env -S python3 -I  # ok: PYSEC002
print("isolated")
