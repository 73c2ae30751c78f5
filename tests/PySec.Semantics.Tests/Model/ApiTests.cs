using PySec.Syntax;

namespace PySec.Semantics.Tests.Model;

public sealed class ApiTests
{
    private static SemanticModel Model(string source, SemanticOptions? options = null) =>
        SemanticModel.Create(SyntaxTree.Parse(source), options);

    private static CallExpressionSyntax FirstCall(SemanticModel model) =>
        model.Tree.Root.DescendantNodes().OfType<CallExpressionSyntax>().First();

    [Fact]
    public void Target_version_defaults_to_3_12_and_is_configurable()
    {
        Assert.Equal(new PythonVersion(3, 12), Model("pass\n").TargetVersion);
        var model = Model("pass\n", new SemanticOptions { TargetVersion = new PythonVersion(3, 14) });
        Assert.True(model.TargetVersion.IsAtLeast(3, 14));
        Assert.True(model.TargetVersion > PythonVersion.Default);
    }

    [Theory]
    [InlineData("3.12", 3, 12)]
    [InlineData("3.9.1", 3, 9)]
    [InlineData(" 2.7 ", 2, 7)]
    public void Versions_parse(string text, int major, int minor)
    {
        Assert.True(PythonVersion.TryParse(text, out var version));
        Assert.Equal(new PythonVersion(major, minor), version);
    }

    [Theory]
    [InlineData("")]
    [InlineData("3")]
    [InlineData("three.twelve")]
    [InlineData("3.-1")]
    public void Malformed_versions_are_rejected(string text) => Assert.False(PythonVersion.TryParse(text, out _));

    [Fact]
    public void The_signature_table_covers_the_risky_apis()
    {
        var names = KnownSignatures.All.Select(s => s.QualifiedName).ToHashSet();
        Assert.True(names.Count >= 40, $"{names.Count} signatures");
        foreach (var required in new[]
                 {
                     "subprocess.run", "subprocess.Popen", "subprocess.call", "subprocess.check_call", "subprocess.check_output",
                     "os.system", "yaml.load", "pickle.loads", "pickle.load", "requests.get", "requests.post",
                     "hashlib.new", "hashlib.md5", "hashlib.sha1", "tempfile.mktemp", "tarfile.open",
                     "tarfile.TarFile.extractall", "jinja2.Environment", "ssl.wrap_socket",
                 })
            Assert.Contains(required, names);
        foreach (var signature in KnownSignatures.All)
        {
            var parameterNames = signature.Parameters.Select(p => p.Name).ToList();
            Assert.Equal(parameterNames.Count, parameterNames.Distinct().Count());
            Assert.All(parameterNames, n => Assert.Matches("^[A-Za-z_][A-Za-z0-9_]*$", n));
        }
    }

    [Fact]
    public void Signatures_parse_every_parameter_kind()
    {
        var signature = Signature.Parse("m.f(a, b=1, /, c, *args, d, e=2, **kw)");
        Assert.Equal("m.f", signature.QualifiedName);
        Assert.Equal(
            [ParameterKind.PositionalOnly, ParameterKind.PositionalOnly, ParameterKind.PositionalOrKeyword, ParameterKind.VarPositional,
             ParameterKind.KeywordOnly, ParameterKind.KeywordOnly, ParameterKind.VarKeyword],
            signature.Parameters.Select(p => p.Kind));
        Assert.True(signature.Find("e")!.HasDefault);
        Assert.False(signature.Find("d")!.HasDefault);
    }

    [Fact]
    public void Unmatched_arguments_are_reported()
    {
        var model = Model("import os\nos.system(a, b, flag=1)\n");
        var call = model.BindCall(FirstCall(model));
        Assert.Equal("os.system", call.CalleeName);
        Assert.Equal(["b", "flag=1"], call.Unmatched.Select(a => a.ToString()));
        Assert.Equal(2, call.Positional.Count);
    }

    [Fact]
    public void Name_reads_and_bindings_are_found_by_node_and_position()
    {
        var model = Model("import subprocess as sp\nsp.run(x)\n");
        var read = model.Tree.Root.DescendantNodes().OfType<NameExpressionSyntax>().First(n => n.Identifier.Text == "sp");
        var reference = model.GetReference(read)!;
        var binding = Assert.Single(reference.Bindings);
        Assert.Equal(BindingKind.Import, binding.Kind);
        Assert.Equal("subprocess", binding.ImportedName);
        Assert.Same(binding, model.GetBindingAt(binding.Span.Start));
        Assert.Same(reference, Assert.Single(binding.Uses));
        Assert.Same(model.ModuleScope, binding.Scope);
    }

    [Fact]
    public void Scopes_nest_as_python_defines_them()
    {
        // The lambda is part of the comprehension's first iterable, so it is evaluated (and nested) in the method.
        var model = Model("class C:\n    def m[T](self):\n        return [y for y in (lambda z: z)(1)]\n");
        Assert.Equal(
            [ScopeKind.Module, ScopeKind.Class, ScopeKind.TypeParameters, ScopeKind.Function, ScopeKind.Lambda, ScopeKind.Comprehension],
            model.Scopes.Select(s => s.Kind));
        var function = model.Scopes[3];
        Assert.Equal("m", function.Name);
        Assert.Same(model.Scopes[2], function.Parent);
        Assert.Same(function, model.Scopes[4].Parent);
        Assert.Same(function, model.Scopes[5].Parent);
        Assert.Same(function, model.GetScope(model.Tree.Root.DescendantNodes().OfType<FunctionDefinitionSyntax>().Single()));
    }

    [Theory]
    [InlineData("@deco\ndef f[T](a: T = default) -> T:\n    return body\n", "deco", ScopeKind.Module)]
    [InlineData("@deco\ndef f[T](a: T = default) -> T:\n    return body\n", "default", ScopeKind.Module)]
    [InlineData("@deco\ndef f[T](a: T = default) -> T:\n    return body\n", "T", ScopeKind.TypeParameters)]
    [InlineData("@deco\ndef f[T](a: T = default) -> T:\n    return body\n", "body", ScopeKind.Function)]
    [InlineData("class C:\n    items = [i for i in source]\n", "source", ScopeKind.Class)]
    [InlineData("class C:\n    items = [i for i in source]\n", "i", ScopeKind.Comprehension)]
    [InlineData("f = lambda a=fallback: a\n", "fallback", ScopeKind.Module)]
    [InlineData("f = lambda a=fallback: inner\n", "inner", ScopeKind.Lambda)]
    public void The_enclosing_scope_follows_evaluation(string source, string name, ScopeKind expected)
    {
        var model = Model(source);
        var read = model.Tree.Root.DescendantNodes().OfType<NameExpressionSyntax>().Last(n => n.Identifier.Text == name);
        Assert.Equal(expected, model.GetEnclosingScope(read).Kind);
    }

    [Fact]
    public void Relative_and_star_imports_keep_their_level_and_module()
    {
        var model = Model("from ...pkg import *\nfrom .. import x\n");
        var star = Assert.Single(model.ModuleScope.StarImports);
        Assert.Equal("...pkg", star.ImportedName);
        Assert.Equal(3, star.ImportLevel);
        var x = model.ModuleScope.Lookup("x")!.Bindings.Single();
        Assert.Equal("..x", x.ImportedName);
        Assert.Equal(2, x.ImportLevel);
        var used = Model("from .. import x\nx.y()\n");
        var resolved = used.Resolve(FirstCall(used).Function)!;
        Assert.Equal("..x.y", resolved.QualifiedName);
        Assert.True(resolved.IsRelative);
    }

    [Fact]
    public void String_templates_expose_their_known_prefix()
    {
        var model = Model("cmd = 'rm -rf ' + target + '/*'\n");
        var value = model.Tree.Root.DescendantNodes().OfType<AssignmentStatementSyntax>().Single().Value;
        var result = model.Evaluate(value);
        Assert.False(result.IsKnown);
        Assert.Equal("rm -rf ", result.KnownPrefix);
        Assert.Equal("rm -rf {…}/*", result.TemplateText);
        Assert.Equal(["target"], result.NonConstantSpans.Select(s => model.Tree.Text.Substring(s.Start, s.Length)));
    }

    [Theory]
    [InlineData("def f(:\n    import os as\n    os.system(\n")]
    [InlineData("class (x for in):\n  lambda *: 0\n")]
    [InlineData("match x:\n    case {**}: pass\nglobal\nnonlocal y\n")]
    [InlineData("from . import\nimport\nx: = 1\n(a, *b, *c) = d\n")]
    [InlineData("f'{'\n\"%s\" % \nwith a as (b, c[0], *d): pass\n")]
    [InlineData("\0\u00ff\ud800 @@ := ** \\\n")]
    public void Broken_source_still_gives_a_model(string source)
    {
        var model = Model(source);
        foreach (var call in model.Tree.Root.DescendantNodes().OfType<CallExpressionSyntax>()) model.BindCall(call);
        foreach (var expression in model.Tree.Root.DescendantNodes().OfType<ExpressionSyntax>())
        {
            model.Resolve(expression);
            model.Evaluate(expression);
        }
        Assert.Same(model.ModuleScope, model.Scopes[0]);
    }

    [Fact]
    public void Deep_trees_do_not_overflow_the_stack()
    {
        const int depth = 20_000;
        var nested = new string('(', depth) + "x" + new string(')', depth);
        var chain = "s = " + string.Join(" + ", Enumerable.Repeat("'a'", depth)) + "\n";
        var attributes = "import os\nos" + string.Concat(Enumerable.Repeat(".a", depth)) + "\n";
        // Alias chains are cut off after a few dozen hops, so a long one only needs to be long, not deep.
        var aliases = "x = 1\n" + string.Concat(Enumerable.Repeat("x = x\n", 2_000)) + "x\n";
        foreach (var source in new[] { nested + "\n", chain, attributes, aliases })
        {
            var model = Model(source);
            foreach (var statement in model.Tree.Root.Statements)
            {
                var expression = statement switch
                {
                    ExpressionStatementSyntax e => e.Expression,
                    AssignmentStatementSyntax a => a.Value,
                    _ => null,
                };
                if (expression is null) continue;
                model.Resolve(expression);
                model.Evaluate(expression);
            }
        }
        var concatenated = Model(chain);
        var value = concatenated.Tree.Root.DescendantNodes().OfType<AssignmentStatementSyntax>().Single().Value;
        Assert.Equal(new PyStr(new string('a', depth)), concatenated.Evaluate(value).Value);
    }
}
