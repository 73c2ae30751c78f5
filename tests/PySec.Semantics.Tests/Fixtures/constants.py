'abc'  # const: 'abc'
"a" "b"  # const: 'ab'
b"x" b"y"  # const: b'xy'
"it's"  # const: "it's"
"tab\there"  # const: 'tab\there'
r"raw\n"  # const: 'raw\\n'
"a" + "b" + "c"  # const: 'abc'
"%s-%d" % ("x", 3)  # const: 'x-3'
"100%%" % ()  # const: '100%'
"{}-{name}".format(1, name="n")  # const: '1-n'
"{0}{0}{1!r}".format("a", "b")  # const: "aa'b'"
" ".join(["a", "b"])  # const: 'a b'
f"pre{1 + 2}post"  # const: 'pre3post'
f"{'q'!r}"  # const: "'q'"
f"{3=}"  # const: '3=3'
f"{{literal}}"  # const: '{literal}'
PREFIX = "rm -rf "
f"{PREFIX}/tmp"  # const: 'rm -rf /tmp'
42  # const: 42
-7  # const: -7
0x10 | 0o7  # const: 23
1_000 * 3  # const: 3000
3.5  # const: 3.5
-2.5  # const: -2.5
True  # const: True
None  # const: None
not ""  # const: True
(1, "a")  # const: (1, 'a')
(1,)  # const: (1,)
["a", 2]  # const: ['a', 2]
{"k": 1, "j": [True]}  # const: {'k': 1, 'j': [True]}
(1, 2) + (3,)  # const: (1, 2, 3)
MODE = 0o777
MODE  # const: 511
DOUBLE = MODE * 2
DOUBLE  # const: 1022
[1, *rest]  # const: unknown  # holes: *rest
{**base, "k": 1}  # const: unknown  # holes: **base
f"cmd {user}"  # const: unknown  # template: cmd {…}  # holes: user
f"{value:>10}"  # const: unknown  # template: {…}
"ls " + path  # template: ls {…}  # holes: path
path + "/etc"  # template: {…}/etc
"SELECT %s FROM t WHERE id = %d" % (column, 3)  # template: SELECT {…} FROM t WHERE id = 3  # holes: column
"SELECT * FROM t WHERE name = '%s'" % name  # template: SELECT * FROM t WHERE name = '{…}'
"{} {}".format("a", who)  # template: a {…}  # holes: who
"{0.attr}".format(thing)  # const: unknown
"%x" % 255  # const: unknown
x = 1
x = 2
x  # const: 2
changing = 1
if condition:
    changing = 2
changing  # const: unknown


def function(parameter):
    return parameter  # const: unknown


def reads_module_constant():
    return PREFIX + "x"  # const: 'rm -rf x'


loop_value = 0
for i in range(3):
    loop_value = loop_value + i
loop_value  # const: unknown
