#!/bin/sh  # ok: PYSEC002
"exec" "python3" "-I" "$0" "$@"
