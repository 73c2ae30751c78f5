# Small programs compared with the local CPython's ast.parse, one module per section.
x = y = z
# ---
a, *b = c
[d, (e, f)] = g
h.i, j[k] = l
del m, n.o, p[q], (r, s)
# ---
t += 1
u: int
(v): int = 2
w.x: str = "s"
# ---
for a, b in c: pass
else: pass
async def f():
    async for x in y: pass
    async with a as (b, c), d: pass
    await z
    return [i async for i in j if i if not i]
# ---
with (open(a) as b, open(c) as d,):
    pass
with (yield):
    pass
# ---
a and b and c
(a and b) and c
a or b and c or d
not a < b <= c is not d not in e in f != g
a if b else c
lambda x, /, y=1, *args, z, w=2, **kw: x
lambda: 0
lambda *a, **k: 0
# ---
-a + +b * ~c ** d // e % f @ g / h << i >> j & k | l ^ m
x = (yield)
y = yield from z
(n := 10)
# ---
f(a, *b, c=d, **e)
f(x for x in y)
f((x for x in y), z)
a[1:2, ::3, x]
a[:]
a[1,]
a[*b]
a[b:c:d]
# ---
{}
{a: b, **c, d: e}
{a, b}
{a: b for a, b in c if a}
{a for a in b}
(a, b)
()
(a,)
[*a, *b]
# ---
"abc" 'def'
u"x" "y"
b"a" b"\xff"
f"{a}"
f"a{b!r:>{c}}d" "e" f"{f=}" f"{g = !s}"
f"{x:}" f"{x=:>10}" f'{{}}{y}{{'
rf"\n{a}\n" r"\d"
"\N{BULLET} \x41 \101"
...
1_000; 0x1f; 1.5e3; 2j; 1e400; 0o17 + 0b1; 1_0.0_1e+1_0j
True; False; None
# ---
import a.b.c as d, e
from .. import f
from ...g.h import (i as j, k,)
from . import *
global l, m
nonlocal_ = 1
assert a, "message"
raise E from F
raise
# ---
@decorator
@other.decorator(arg)
async def f(a: int = 1, *, b) -> T:
    """doc"""
    pass

@dataclass
class C(Base, metaclass=Meta):
    x: int = 0
# ---
try:
    pass
except E as e:
    pass
except (A, B):
    pass
except:
    pass
else:
    pass
finally:
    pass
try:
    pass
except* ValueError:
    pass
# ---
if a:
    pass
elif b:
    pass
elif c:
    x = 1
else:
    y = 2
while x: x -= 1
else: y; z
# ---
match command.split():
    case [action]:
        pass
    case [action, obj]:
        pass
    case Point(x=0, y=0) | Point(1, y=_):
        pass
    case {"x": 1, **rest}:
        pass
    case [1, 2, *others] if others:
        pass
    case (a, b) as c:
        pass
    case -1 | 1.5 | 2 + 3j | -4 - 5j | "s" "t" | b"" | None | True | False:
        pass
    case a.b.c:
        pass
    case {1: _, a.b: [*_]}:
        pass
    case _:
        pass
# ---
match = 1
case = 2
type = 3
match(x)
_ = 4
# ---
def f():
    x = 1; pass; del x;
class K: pass;
if a: b; c;
# ---
éclair = 1
ﬁle = 2
print(ᵢ)
# ---
x = 1 if True else 2;
print(f"{'nested'}" f'{"x"!a}')
s = '''multi
line''' + """another
one"""
t = f'''a
{b
 + c}
d'''
