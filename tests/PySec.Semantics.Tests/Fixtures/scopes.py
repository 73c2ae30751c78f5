x = 1  # @x1
y = x  # binds: x@x1
x = 2  # @x2
print(x)  # binds: x@x2  # binds: print@builtin


def reads_module_name():
    # A function runs at an unknown time: every module binding may reach it.
    return x  # binds: x@x1,x2


if condition:  # binds: condition@none
    branch = 1  # @b1
else:
    branch = 2  # @b2
use(branch)  # binds: branch@b1,b2

total = 0  # @t0
for item in items:  # @item
    total = total + item  # @t1  # binds: total@t0,t1  # binds: item@item
print(total)  # binds: total@t0,t1

n = 10  # @n
squares = [n * n for n in range(n)]  # @comp  # binds: n@comp  # binds: n[3]@n
print(n)  # binds: n@n

if any((hit := v) > 3 for v in values):  # @hit  # binds: v@hit
    print(hit)  # binds: hit@hit

counter = 0  # @c0


def bump():
    global counter
    counter += 1  # @c1  # binds: counter@c0,c1


def reader():
    return counter  # binds: counter@c0,c1


def outer():
    value = 1  # @v0

    def inner():  # @inner
        nonlocal value
        value = 2  # @v1

    inner()  # binds: inner@inner
    return value  # binds: value@v0,v1


def nested_function_reads_enclosing():
    secret = 1  # @secret

    def closure():
        return secret  # binds: secret@secret
    return closure


class K:
    attr = 1  # @attr
    other = attr + 1  # binds: attr@attr

    def method(self):
        return attr  # binds: attr@none

    listed = [attr for _ in range(3)]  # binds: attr@none


try:
    risky()
except ValueError as err:  # @err
    log(err)  # binds: err@err

with open(path) as fh:  # @fh  # binds: open@builtin
    fh.read()  # binds: fh@fh

first, *rest = items  # @unpack
show(first, rest)  # binds: first@unpack  # binds: rest@unpack
(left, [right, deep]) = pair  # @nested
show(left, right, deep)  # binds: left@nested  # binds: deep@nested

limit: int = 5  # @limit
declared: int
show(limit)  # binds: limit@limit
show(declared)  # binds: declared@none

count = 0  # @count0
count += 1  # @count1  # binds: count@count0
show(count)  # binds: count@count1

temp = 1  # @temp
del temp  # @del  # binds: temp@temp
show(temp)  # binds: temp@del

match command:
    case ["go", direction]:  # @dir
        move(direction)  # binds: direction@dir
    case {"k": val, **others}:  # @map
        show(val, others)  # binds: val@map  # binds: others@map
    case Point(x=px) as whole:  # @cls  # binds: Point@none
        show(px, whole)  # binds: px@cls  # binds: whole@cls
    case [*tail]:  # @tail
        show(tail)  # binds: tail@tail


def first_of[T](xs: list[T]) -> T:  # @tparam  # binds: T@tparam  # binds: list@builtin
    return xs[0]  # binds: xs@tparam


type Pair[K] = tuple[K, K]  # @alias  # binds: K@alias
show(Pair)  # binds: Pair@alias


class Box[V]:  # @box
    content: V  # binds: V@box


double = lambda v: v * 2  # @lam  # binds: v@lam


def params(a, /, b=1, *args, c, d=2, **kwargs):  # @params
    return a, b, args, c, d, kwargs  # binds: a@params  # binds: args@params  # binds: kwargs@params


def later():
    return LATE  # binds: LATE@late


LATE = 1  # @late

token = make()  # @tok  # uses: token@u1,u2
send(token)  # @u1
log(token)  # @u2


def rebinds_in_branch(flag):
    mode = "safe"  # @m0
    if flag:
        mode = "unsafe"  # @m1
    return mode  # binds: mode@m0,m1


def while_loop():
    state = start()  # @s0
    while state:
        state = step(state)  # @s1  # binds: state@s0,s1
    return state  # binds: state@s0,s1


class RunsOnTheSpot:
    options = [1]  # @opt0
    chosen = [o for o in options]  # binds: options@opt0
    options = [2]  # @opt1
    later = [o for o in options]  # binds: options@opt1


level = "low"  # @lv0
levels = [level for _ in range(2)]  # binds: level@lv0
level = "high"  # @lv1
for _ in range(2):
    seen = [level for _ in range(2)]  # binds: level@lv1,lv2
    level = "max"  # @lv2

import shlex  # uses: shlex@sq1,sq2


def quote_one(value):  # uses: value@sq1
    return shlex.quote(value)  # @sq1


def quote_two(value):
    return shlex.quote(value)  # @sq2


walrus_source = read()  # uses: walrus_source@w1
if (chunk := walrus_source.strip()):  # @w1  # uses: chunk@w2,w3
    send(chunk)  # @w2
log(chunk)  # @w3
