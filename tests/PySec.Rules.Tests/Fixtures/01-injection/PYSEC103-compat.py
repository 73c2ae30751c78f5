# 2/3-compatible code: the future package's input is Python 3's.
from builtins import input

value = input("Value: ")  # ok: PYSEC103
unicode_text = u"caf\xe9"
for i in xrange(2):  # Python 2 builtin, but input above is imported, not the builtin
    pass
