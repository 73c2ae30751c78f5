a = b = 1
x: int = 2
y: list[int]
n += 1; m -= 2;
del a, b[0], (c, d),
global g, h
import os.path as p, sys
from ..pkg.mod import (a as b, c,)
from . import *
assert x, "message"
raise E from cause
return *a, *b
print(value)
x = yield
