# ok: PYSEC002
import sys
