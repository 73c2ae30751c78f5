def f(a=1, b): pass  # expect: PS0208
def g(*, **kw): pass  # expect: PS0208
def h(/, a): pass  # expect: PS0208
def i(**kw, a): pass  # expect: PS0208
f(a=1, b)  # expect: PS0209
f(**a, *b)  # expect: PS0209
f(x for x in y, 1)  # expect: PS0209
(*a)  # expect: PS0210
[*a for a in b]  # expect: PS0210
print "hello"  # expect: PS0211
try:
    pass
except* A:
    pass
except B:  # expect: PS0213
    pass
from . import a,  # expect: PS0214
