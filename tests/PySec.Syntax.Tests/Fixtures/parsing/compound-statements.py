if a:
    pass
elif b: pass
else:
    pass
while x:
    break
else:
    continue
async def f[T: int = str, *Ts, **P](a, /, b: int = 1, *args: *Ts, c, **kw) -> T:
    async for i in *a, *b:
        pass
    async with a as b, c:
        pass
with (open(x) as f, open(y) as g,):
    pass
with (a, b) as c:
    pass
try:
    pass
except* (A, B) as e:
    pass
try:
    pass
except A, B:
    pass
except:
    pass
else:
    pass
finally:
    pass
@decorator
@button.clicked[0].connect
class C(Base, metaclass=M):
    x = 1
