using System.Text.RegularExpressions;

namespace PySec.Rules.Code.Rules.Crypto;

/// <summary>Identifier words that mark a value as security-relevant, matched as whole words of snake_case or camelCase names.</summary>
internal static partial class SecurityNames
{
    private static readonly HashSet<string> SecretWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "token", "tokens", "password", "passwd", "passphrase", "pwd", "secret", "secrets", "key", "keys", "apikey", "nonce",
        "salt", "otp", "totp", "hotp", "session", "sessionid", "sid", "reset", "csrf", "xsrf", "pin", "iv", "auth",
        "credential", "credentials", "verification", "activation", "invite", "signature", "hmac", "mac",
    };

    private static readonly HashSet<string> PasswordWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "password", "passwd", "passphrase", "pwd", "pw",
    };

    // Words that say the value is about a password but is not the password itself.
    private static readonly HashSet<string> NotAPassword = new(StringComparer.OrdinalIgnoreCase)
    {
        "hash", "hashed", "digest", "reset", "token", "hint", "len", "length", "policy", "field", "label", "prompt", "id",
    };

    public static IEnumerable<string> Words(string name) =>
        WordPattern().Matches(name).Select(m => m.Value);

    public static bool LooksSecret(string name) => Words(name).Any(SecretWords.Contains);

    public static bool LooksLikePassword(string name)
    {
        var words = Words(name).ToList();
        return words.Any(PasswordWords.Contains) && !words.Any(NotAPassword.Contains);
    }

    [GeneratedRegex(@"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[0-9]+")]
    private static partial Regex WordPattern();
}
