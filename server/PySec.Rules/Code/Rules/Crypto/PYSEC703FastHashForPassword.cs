using PySec.Syntax;

namespace PySec.Rules.Code.Rules.Crypto;

/// <summary>
/// A fast hash (hashlib constructors, <c>hashlib.new</c>, or <c>.update()</c> on such a hash object) fed a value
/// named like a password (<c>password</c>, <c>user.passwd</c>, <c>(salt + password).encode()</c>), and
/// <c>crypt.crypt</c>. Code because the password is found by the names inside the data expression. Names that say
/// the value is derived from a password (<c>password_hash</c>, <c>password_reset_token</c>) are not passwords.
/// </summary>
[CodeRule("PYSEC703")]
internal sealed class FastHashForPassword : CodeRule
{
    private static readonly HashSet<string> FastHashes = new(StringComparer.Ordinal)
    {
        "hashlib.md5", "hashlib.sha1", "hashlib.sha224", "hashlib.sha256", "hashlib.sha384", "hashlib.sha512",
        "hashlib.blake2b", "hashlib.blake2s", "hashlib.sha3_224", "hashlib.sha3_256", "hashlib.sha3_384",
        "hashlib.sha3_512", "hashlib.new",
    };

    public override IReadOnlyList<SyntaxKind> Kinds { get; } = [SyntaxKind.CallExpression];
    public override IReadOnlyCollection<string> CallNames { get; } = [.. FastHashes, "crypt.crypt"];
    public override IReadOnlyCollection<string> CallMethods { get; } = ["update"];

    public override void Analyze(SyntaxNode node, RuleContext context)
    {
        var call = (CallExpressionSyntax)node;
        var model = context.Model;
        var callee = context.CalleeOf(call);
        if (callee is "crypt.crypt")
        {
            context.Report(call.Span, Captures(callee, "crypt.crypt"),
                message: "`crypt.crypt` uses the platform's crypt(3), often a weak scheme, and was removed in Python 3.13; use argon2, bcrypt, hashlib.scrypt or pbkdf2_hmac");
            return;
        }
        ExpressionSyntax? data;
        if (callee is not null && FastHashes.Contains(callee))
            data = DataArgument(call, callee == "hashlib.new" ? 1 : 0);
        else if (call.Function is AttributeExpressionSyntax { Name.Text: "update" } update && IsFastHashObject(context, update.Value, out var hash))
        {
            callee = hash + ".update";
            data = DataArgument(call, 0);
        }
        else return;
        if (data is null || PasswordName(data) is not { } password) return;
        context.Report(call.Span, Captures(callee!, password));
    }

    private static Dictionary<string, string> Captures(string callee, string name) => new() { ["callee"] = callee, ["name"] = name };

    private static ExpressionSyntax? DataArgument(CallExpressionSyntax call, int position)
    {
        var positional = call.Arguments.Arguments.Where(a => a.Name is null && a.Star is null).ToList();
        if (position < positional.Count) return positional[position].Value;
        return call.Arguments.Arguments.FirstOrDefault(a => a.Name?.Text is "data" or "string")?.Value;
    }

    /// <summary>h in <c>h = hashlib.sha256(); h.update(...)</c>, or <c>hashlib.sha256().update(...)</c>.</summary>
    private static bool IsFastHashObject(RuleContext context, ExpressionSyntax receiver, out string? hash)
    {
        hash = null;
        if (receiver is NameExpressionSyntax name && context.Model.GetReference(name) is { Bindings: [{ Value: { } value }] })
            receiver = value;
        if (receiver is CallExpressionSyntax call && context.CalleeOf(call) is { } callee && FastHashes.Contains(callee))
            hash = callee;
        return hash is not null;
    }

    private static string? PasswordName(ExpressionSyntax data)
    {
        foreach (var part in data.DescendantNodesAndSelf())
        {
            var name = part switch
            {
                NameExpressionSyntax plain => plain.Identifier.Text,
                AttributeExpressionSyntax attribute => attribute.Name.Text,
                _ => null,
            };
            if (name is not null && SecurityNames.LooksLikePassword(name)) return name;
        }
        return null;
    }
}
