f() = 1  # expect: PS0204
1 = x  # expect: PS0204
del f()  # expect: PS0204
a + 1 += 2  # expect: PS0204
(a, b) += 1  # expect: PS0204
*a = 1  # expect: PS0204
for g() in x: pass  # expect: PS0204
with a as b + 1: pass  # expect: PS0204
[x for x.y() in z]  # expect: PS0204
(a, b): int  # expect: PS0204
None = 1  # expect: PS0204
a, *b, [c, d] = value
