using PySec.Semantics;
using PySec.Syntax;

namespace PySec.Rules.Code.Rules.Processes;

/// <summary>
/// What a process-starting call runs, as the process rules need it: either a shell command string, or a program
/// with an argument vector. Shared by the rules on argument injection, partial paths, batch files and quoting.
/// </summary>
internal sealed class ProcessCall
{
    public required CallExpressionSyntax Call { get; init; }
    public required string Callee { get; init; }

    /// <summary>The command string a shell parses (os.system, shell=True); null for calls without a shell.</summary>
    public ExpressionSyntax? ShellCommand { get; init; }

    /// <summary>The expression naming the executable (exec*'s path, subprocess's executable=), when separate from argv.</summary>
    public ExpressionSyntax? Program { get; init; }

    /// <summary>argv as written, argv[0] first; null when only <see cref="OpaqueArgv"/> is known.</summary>
    public IReadOnlyList<ExpressionSyntax>? Argv { get; init; }

    /// <summary>An argument vector (or a command string without a shell) the call receives as one value that is not a display.</summary>
    public ExpressionSyntax? OpaqueArgv { get; init; }

    /// <summary>The list display holding <see cref="Argv"/> when it is written in the call itself (fixes edit it).</summary>
    public ListExpressionSyntax? InlineList { get; init; }

    /// <summary>Positional arguments passed as <c>*xs</c> (create_subprocess_exec): each may stand for any number of elements.</summary>
    public IReadOnlySet<ExpressionSyntax> Starred { get; init; } = new HashSet<ExpressionSyntax>();

    public bool UsesShell => ShellCommand is not null;

    public bool IsStarred(ExpressionSyntax element) => element is StarredExpressionSyntax || Starred.Contains(element);

    /// <summary>argv[0] or the separate program expression: what names the program that runs.</summary>
    public ExpressionSyntax? ProgramExpression => Program ?? (Argv is { Count: > 0 } argv ? argv[0] : null);
}

internal static class ProcessCalls
{
    public static readonly HashSet<string> Subprocess = new(StringComparer.Ordinal)
    {
        "subprocess.Popen", "subprocess.run", "subprocess.call", "subprocess.check_call", "subprocess.check_output",
    };

    private static readonly HashSet<string> ShellFunctions = new(StringComparer.Ordinal)
    {
        "os.system", "os.popen", "os.popen2", "os.popen3", "os.popen4", "popen2.popen2", "popen2.popen3", "popen2.popen4",
        "popen2.Popen3", "popen2.Popen4", "commands.getoutput", "commands.getstatusoutput", "subprocess.getoutput",
        "subprocess.getstatusoutput", "asyncio.create_subprocess_shell", "asyncio.subprocess.create_subprocess_shell",
    };

    // exec*/spawn*: (index of the program argument, index of argv or of its first element, argv is a list, ends with env).
    private static readonly Dictionary<string, (int Program, int Argv, bool Vector, bool Env)> ExecFunctions = new(StringComparer.Ordinal)
    {
        ["os.execv"] = (0, 1, true, false), ["os.execve"] = (0, 1, true, true), ["os.execvp"] = (0, 1, true, false),
        ["os.execvpe"] = (0, 1, true, true), ["os.execl"] = (0, 1, false, false), ["os.execle"] = (0, 1, false, true),
        ["os.execlp"] = (0, 1, false, false), ["os.execlpe"] = (0, 1, false, true),
        ["os.spawnv"] = (1, 2, true, false), ["os.spawnve"] = (1, 2, true, true), ["os.spawnvp"] = (1, 2, true, false),
        ["os.spawnvpe"] = (1, 2, true, true), ["os.spawnl"] = (1, 2, false, false), ["os.spawnle"] = (1, 2, false, true),
        ["os.spawnlp"] = (1, 2, false, false), ["os.spawnlpe"] = (1, 2, false, true),
        ["os.posix_spawn"] = (0, 1, true, false), ["os.posix_spawnp"] = (0, 1, true, false),
    };

    private static readonly HashSet<string> ExecArgs = new(StringComparer.Ordinal)
    {
        "asyncio.create_subprocess_exec", "asyncio.subprocess.create_subprocess_exec",
    };

    /// <summary>Every callee <see cref="Describe"/> knows, for the rules' dispatch.</summary>
    public static IReadOnlyCollection<string> Callees => _callees ??= [.. Subprocess, .. ShellFunctions, .. ExecFunctions.Keys, .. ExecArgs];

    private static string[]? _callees;

    public static bool IsProcessCallee(string? callee) => callee is not null
        && (Subprocess.Contains(callee) || ShellFunctions.Contains(callee) || ExecFunctions.ContainsKey(callee) || ExecArgs.Contains(callee));

    /// <summary>The process call <paramref name="call"/> makes, or null when it makes none or its shape is unknown.</summary>
    public static ProcessCall? Describe(SemanticModel model, CallExpressionSyntax call)
    {
        var callee = model.GetCalleeName(call);
        if (!IsProcessCallee(callee)) return null;
        var binding = model.BindCall(call);
        if (binding.HasStarArguments && !ExecArgs.Contains(callee!) && !Subprocess.Contains(callee!)) return null;
        var positional = binding.Positional;

        if (Subprocess.Contains(callee!))
        {
            var args = binding.Get("args");
            if (args.State != ArgumentState.Bound || args.Value is not { } value) return null;
            var shell = binding.Get("shell");
            if (shell.State == ArgumentState.Unknown) return null;
            bool usesShell = false;
            if (shell.State == ArgumentState.Bound)
            {
                if (model.Evaluate(shell.Value!).Value is not { } flag) return null; // decided at run time: PYSEC301's case
                usesShell = PyTruth.Of(flag) ?? true;
            }
            var executable = binding.Get("executable");
            var program = executable.State == ArgumentState.Bound && model.Evaluate(executable.Value!).Value is not PyNone ? executable.Value : null;
            if (usesShell)
            {
                // With a list and shell=True, the first element is the command string (later ones are $0, $1, ...).
                var command = Elements(model, value, out _) is [var first, ..] ? first : value;
                return new ProcessCall { Call = call, Callee = callee!, ShellCommand = command };
            }
            return Vector(call, callee!, model, value, program);
        }
        if (ShellFunctions.Contains(callee!))
        {
            var command = binding.Signature is not null ? binding.Parameters.FirstOrDefault()?.Value : positional.Count > 0 ? positional[0].Value : null;
            return command is null ? null : new ProcessCall { Call = call, Callee = callee!, ShellCommand = command };
        }
        if (ExecArgs.Contains(callee!))
        {
            // create_subprocess_exec(program, *args): the positionals are argv; a *xs among them hides the rest.
            var elements = new List<ExpressionSyntax>();
            var starred = new HashSet<ExpressionSyntax>();
            foreach (var argument in call.Arguments.Arguments)
            {
                if (argument.Name is not null || argument.Star?.Text == "**") continue;
                elements.Add(argument.Value);
                if (argument.Star is not null) starred.Add(argument.Value);
            }
            return elements.Count == 0 ? null : new ProcessCall { Call = call, Callee = callee!, Argv = elements, Starred = starred };
        }
        var (programIndex, argvIndex, vector, env) = ExecFunctions[callee!];
        if (binding.HasStarArguments || binding.HasKeywordUnpacking || positional.Count <= programIndex) return null;
        var file = positional[programIndex].Value;
        if (vector)
            return positional.Count > argvIndex ? Vector(call, callee!, model, positional[argvIndex].Value, file) : null;
        var end = env ? positional.Count - 1 : positional.Count;
        var list = new List<ExpressionSyntax>();
        for (var index = argvIndex; index < end; index++) list.Add(positional[index].Value);
        return new ProcessCall { Call = call, Callee = callee!, Program = file, Argv = list };
    }

    private static ProcessCall Vector(CallExpressionSyntax call, string callee, SemanticModel model, ExpressionSyntax value, ExpressionSyntax? program)
    {
        if (Elements(model, value, out var inline) is { } elements)
            return new ProcessCall { Call = call, Callee = callee, Program = program, Argv = elements, InlineList = inline };
        return new ProcessCall { Call = call, Callee = callee, Program = program, OpaqueArgv = value };
    }

    /// <summary>
    /// The elements of a list or tuple display, written in place or bound once to a name
    /// (<c>cmd = ["git", "clone", url]; run(cmd)</c>). Starred elements are kept as they are.
    /// </summary>
    public static IReadOnlyList<ExpressionSyntax>? Elements(SemanticModel model, ExpressionSyntax value, out ListExpressionSyntax? inline)
    {
        inline = null;
        var node = Parentheses.Strip(value);
        if (node is NameExpressionSyntax name && model.GetReference(name) is { Bindings: [{ Kind: BindingKind.Assignment, Value: { } bound }] })
            node = Parentheses.Strip(bound);
        else if (node is ListExpressionSyntax list) inline = list;
        return node switch
        {
            ListExpressionSyntax list => [.. list.Elements],
            TupleExpressionSyntax tuple => [.. tuple.Elements],
            _ => null,
        };
    }

    /// <summary>
    /// The known text of a string (its literal prefix when it has holes) and whether that is the whole value.
    /// Null when nothing of the value is known to be text.
    /// </summary>
    public static (string Text, bool Complete)? KnownText(SemanticModel model, ExpressionSyntax value)
    {
        var result = model.Evaluate(value);
        if (result.Value is PyStr text) return (text.Value, true);
        if (result.Value is not null || result.KnownPrefix is not { } prefix) return null;
        return (prefix, false);
    }

    /// <summary>The first word of a shell command, skipping VAR=value assignments; null when it is not fully known.</summary>
    public static string? FirstShellWord(SemanticModel model, ExpressionSyntax command)
    {
        if (KnownText(model, command) is not var (text, complete)) return null;
        var position = 0;
        while (true)
        {
            while (position < text.Length && char.IsWhiteSpace(text[position])) position++;
            var start = position;
            while (position < text.Length && !char.IsWhiteSpace(text[position])) position++;
            if (start == position) return null;
            // The word must end before the first hole, or we do not know all of it.
            if (position == text.Length && !complete) return null;
            var word = text[start..position];
            if (IsAssignment(word)) continue;
            return word;
        }
    }

    private static bool IsAssignment(string word)
    {
        var equals = word.IndexOf('=');
        if (equals <= 0 || !(char.IsLetter(word[0]) || word[0] == '_')) return false;
        for (var index = 1; index < equals; index++)
            if (!(char.IsLetterOrDigit(word[index]) || word[index] == '_')) return false;
        return true;
    }

    /// <summary>The program a process call runs, as far as it is known: a constant path or name.</summary>
    public static string? ProgramText(SemanticModel model, ProcessCall process)
    {
        if (process.ShellCommand is { } command) return FirstShellWord(model, command);
        if (process.ProgramExpression is { } program) return model.Evaluate(program).Value is PyStr text ? text.Value : null;
        // A string without a shell: the whole string is the program on POSIX, a command line on Windows.
        if (process.OpaqueArgv is { } opaque)
            return FirstShellWord(model, opaque) ?? (model.Evaluate(opaque).Value is PyStr line ? line.Value : null);
        return null;
    }

    /// <summary>The file name part of a program path, lower-cased, with either separator.</summary>
    public static string BaseName(string program)
    {
        var cut = program.LastIndexOfAny(['/', '\\']);
        return (cut >= 0 ? program[(cut + 1)..] : program).ToLowerInvariant();
    }
}
