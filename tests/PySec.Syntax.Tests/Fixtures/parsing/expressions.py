a or b and not c
x < y <= z != w
a not in b is not c
-x ** -y
a + b * c - d // e % f @ g
a | b ^ c & d << e >> f
r = t if c else f if d else e
lambda: 0
lambda a, /, b=1, *c, d, **e: a
(y := f(x))
await coro()
x = *a, *b
t = 1,
s[1:2, ::3, *rest]
s[i,]
f(x for x in y)
f(*args, key=1, **kwargs)
[x async for x in y if x if not x]
{k: v for k, v in items}
{*a, b}
{**a, 'b': 1}
(yield from g)
...
