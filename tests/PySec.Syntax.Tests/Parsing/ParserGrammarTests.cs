namespace PySec.Syntax.Tests.Parsing;

/// <summary>
/// The parser's verdict on snippets: what CPython's parser accepts must give no diagnostic, what it rejects must
/// give the diagnostic CPython gives (same message where CPython's is stable across versions).
/// </summary>
public sealed class ParserGrammarTests
{
    [Theory]
    // soft keywords used as names, and as keywords
    [InlineData("match = 1\nmatch.x = 2\nmatch(x)\nmatch[1]\nprint(match)\n")]
    [InlineData("match (x):\n    case 1:\n        pass\n")]
    [InlineData("match -x, *y:\n    case [1, *_]:\n        pass\n")]
    [InlineData("case = 1\ncase(x)\n_ = 2\n")]
    [InlineData("type = 1\ntype(x)\ntype.x = 2\n")]
    [InlineData("type X = int\ntype Y[T: int = str, *Ts = *tuple[int], **P = [int]] = dict[T, P]\n")]
    [InlineData("def f[T](x: T) -> T: pass\nclass C[T = int](Base): pass\n")]
    // statements
    [InlineData("a = b = c = 1\na, *b = c\n[a, [b, *c]] = d\n() = []\n(a) = 1\nx.y[1:2] = 3\n")]
    [InlineData("x: int\n(x): int = 1\nx.y: int = yield\nx += yield 1\n")]
    [InlineData("del a, (b, c), [d], e.f, g[0],\n")]
    [InlineData("for x in *a, *b: pass\nfor (a, b), [c] in d: pass\n")]
    [InlineData("return\nreturn *a, *b\nreturn 1,\n")]
    [InlineData("from . import (a, b,)\nfrom ...pkg import *\nimport a.b.c as d, e\n")]
    [InlineData("global a, b\nnonlocal c\nassert x, 'message'\nraise\nraise E from None\n")]
    [InlineData("a; b; c;\n")]
    [InlineData("with (a, b): pass\nwith (a, b) as c: pass\nwith (a as b, c,): pass\nwith (yield x): pass\nwith (a): pass\n")]
    [InlineData("try:\n    pass\nexcept* (A, B) as e:\n    pass\n")]
    [InlineData("try:\n    pass\nexcept A, B:\n    pass\nfinally:\n    pass\n")]
    [InlineData("@a.b[0](c) or d\n@(lambda f: f)\nasync def f(): pass\n")]
    [InlineData("async def f():\n    async for x in y: pass\n    async with a as b: pass\n    await x\n    [x async for x in y]\n")]
    // parameters and arguments
    [InlineData("def f(a, /, b=1, *args: *Ts, c, d=2, **kw): pass\ndef g(*, a): pass\ndef h(a, /): pass\n")]
    [InlineData("lambda: 0\nlambda *a, **k: 0\nlambda a, /, b=1, *, c: 0\n")]
    [InlineData("f(a, *b, c=1, *d, **e, f=2)\nf(x for x in y)\nf(a := 1)\nf(**a, b=1)\n")]
    // expressions
    [InlineData("x = *a, *b\nx = (yield)\nx = [i := 0 for j in k]\ny = (a := 1, b := 2)\n")]
    [InlineData("a[1:2, ::3, *b]\na[b:=1]\na[:]\na[::]\na[1,]\n")]
    [InlineData("x = a if b else c if d else e\ny = not a in b\nz = a is not b not in c\n")]
    [InlineData("x = -a ** -b\ny = ~a @ b // c\nz = a < b <= c == d != e > f >= g\n")]
    [InlineData("f'{x=}' f\"{y!r:>{width}}\" f'{a, b}' f'{\"n\" + f\"{i}\"}' 'plain' b'bytes'\n")]
    [InlineData("print(value)\nprint\nprint -1\n")]
    [InlineData("{**a, 'b': 1, **c}\n{*a, *b}\n{k: v for k, v in x}\n{x for x in y}\n")]
    public void Accepted_code_gives_no_diagnostic(string code)
    {
        var tree = SyntaxTree.Parse(code);
        ParserTestHelpers.AssertRoundTrip(code, tree);
        Assert.True(tree.Diagnostics.Count == 0, ParserTestHelpers.Describe(tree.Diagnostics));
    }

    [Theory]
    [InlineData("f() = 1", "cannot assign to function call")]
    [InlineData("1 = x", "cannot assign to literal")]
    [InlineData("... = x", "cannot assign to ellipsis")]
    [InlineData("True = x", "cannot assign to True")]
    [InlineData("a if b else c = 1", "cannot assign to conditional expression")]
    [InlineData("x = (yield) = 1", "cannot assign to yield expression")]
    [InlineData("(a, f()) = 1", "cannot assign to function call")]
    [InlineData("del f()", "cannot delete function call")]
    [InlineData("del *a", "cannot delete starred")]
    [InlineData("a + 1 += 2", "'expression' is an illegal expression for augmented assignment")]
    [InlineData("(a, b) += 1", "'tuple' is an illegal expression for augmented assignment")]
    [InlineData("*a = 1", "starred assignment target must be in a list or tuple")]
    [InlineData("for f() in x: pass", "cannot assign to function call")]
    [InlineData("with a as f(): pass", "cannot assign to function call")]
    [InlineData("[x for f() in y]", "cannot assign to function call")]
    [InlineData("(a, b): int", "only single target (not tuple) can be annotated")]
    [InlineData("[a]: int", "only single target (not list) can be annotated")]
    [InlineData("f(): int", "illegal target for annotation")]
    [InlineData("(*a)", "cannot use starred expression here")]
    [InlineData("[*a for a in b]", "iterable unpacking cannot be used in comprehension")]
    [InlineData("{**a for a in b}", "dict unpacking cannot be used in dict comprehension")]
    [InlineData("f'{*a}'", "f-string: cannot use starred expression here")]
    [InlineData("def f(a=1, b): pass", "parameter without a default follows parameter with a default")]
    [InlineData("def f(*): pass", "named arguments must follow bare *")]
    [InlineData("def f(*, **k): pass", "named arguments must follow bare *")]
    [InlineData("lambda *: 1", "named arguments must follow bare *")]
    [InlineData("def f(/, a): pass", "at least one argument must precede /")]
    [InlineData("def f(a, /, b, /): pass", "/ may appear only once")]
    [InlineData("def f(*a, /): pass", "/ must be ahead of *")]
    [InlineData("def f(**k, a): pass", "arguments cannot follow var-keyword argument")]
    [InlineData("def f(*a, *b): pass", "* argument may appear only once")]
    [InlineData("def f(*a=1): pass", "var-positional argument cannot have default value")]
    [InlineData("def f(**a=1): pass", "var-keyword argument cannot have default value")]
    [InlineData("f(a=1, b)", "positional argument follows keyword argument")]
    [InlineData("f(**a, b)", "positional argument follows keyword argument unpacking")]
    [InlineData("f(**a, *b)", "iterable argument unpacking follows keyword argument unpacking")]
    [InlineData("f(x for x in y, 1)", "Generator expression must be parenthesized")]
    [InlineData("f(x for x in y,)", "Generator expression must be parenthesized")]
    [InlineData("print 'x'", "Missing parentheses in call to 'print'. Did you mean print(...)?")]
    [InlineData("exec 'x'", "Missing parentheses in call to 'exec'. Did you mean exec(...)?")]
    [InlineData("x = 1 if 2", "expected 'else' after 'if' expression")]
    [InlineData("try:\n    pass\nexcept* E:\n    pass\nexcept F:\n    pass", "cannot have both 'except' and 'except*' on the same 'try'")]
    [InlineData("try:\n    pass\nexcept A, B as e:\n    pass", "multiple exception types must be parenthesized when using 'as'")]
    [InlineData("try:\n    pass\nexcept*:\n    pass", "expected one or more exception types")]
    [InlineData("try:\n    pass\nx = 1", "expected 'except' or 'finally' block")]
    [InlineData("if x:\npass", "expected an indented block")]
    [InlineData("from . import a,", "trailing comma not allowed without surrounding parentheses")]
    [InlineData("type X[] = int", "Type parameter list cannot be empty")]
    [InlineData("match x:\n    case a as _:\n        pass", "cannot use '_' as a target")]
    [InlineData("match x:\n    case C(a=1, b):\n        pass", "positional patterns follow keyword patterns")]
    [InlineData("match x:\n    case 1j + 2:\n        pass", "real number required in complex literal")]
    [InlineData("match x:\n    case f'{y}':\n        pass", "patterns may only match literals and attribute lookups")]
    [InlineData("match x:\n    case {a: 1}:\n        pass", "mapping pattern keys may only match literals and attribute lookups")]
    [InlineData("match *a:\n    case 1:\n        pass", "illegal target for annotation")]
    [InlineData("x = (1", "expected ')'")]
    [InlineData("x = 1 +", "expected expression")]
    [InlineData("x = 1 $ 2", "invalid syntax")]
    [InlineData("a b", "invalid syntax")]
    [InlineData("class A(x for x in y): pass", "invalid syntax")]
    public void Rejected_code_gives_the_expected_diagnostic(string code, string message)
    {
        var tree = SyntaxTree.Parse(code);
        ParserTestHelpers.AssertRoundTrip(code, tree);
        Assert.True(tree.Diagnostics.Any(d => d.Message == message),
            $"expected \"{message}\", got: {ParserTestHelpers.Describe(tree.Diagnostics)}");
    }

    [Fact]
    public void A_target_diagnostic_points_at_the_offending_part()
    {
        const string code = "(a, f()) = 1";
        var diagnostic = Assert.Single(SyntaxTree.Parse(code).Diagnostics);
        Assert.Equal(new PySec.Text.TextSpan(4, 3), diagnostic.Span);
    }
}
