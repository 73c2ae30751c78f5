using System.Text.RegularExpressions;

namespace PySec.Syntax.Generator;

/// <summary>Reads the line-based grammar format documented at the top of Syntax.txt.</summary>
internal static partial class SyntaxModelParser
{
    [GeneratedRegex(@"^(abstract|node)\s+([A-Za-z_][A-Za-z0-9_]*)\s*(?::\s*([A-Za-z_][A-Za-z0-9_]*))?$")]
    private static partial Regex DeclarationPattern();

    [GeneratedRegex(@"^([A-Za-z_][A-Za-z0-9_]*)\s*:\s*(.+)$")]
    private static partial Regex FieldPattern();

    [GeneratedRegex(@"^(?:(list|separated)<\s*([A-Za-z_][A-Za-z0-9_]*)\s*>|([A-Za-z_][A-Za-z0-9_]*))(\?)?$")]
    private static partial Regex FieldTypePattern();

    // Names the generated red classes already use for their own members; a field with one of
    // these names would hide or clash with them.
    private static readonly HashSet<string> ReservedFieldNames =
    [
        "Green", "Parent", "Kind", "Position", "FullSpan", "Span", "EndPosition", "IsMissing", "ContainsErrors",
        "ChildNodesAndTokens", "ChildNodes", "DescendantNodes", "DescendantNodesAndSelf", "DescendantTokens",
        "DescendantNodesAndTokens", "GetFirstToken", "GetLastToken", "FindToken", "ToFullString", "ToString",
        "Ancestors", "AncestorsAndSelf", "FirstAncestorOrSelf", "Accept", "GetType", "Equals", "GetHashCode", "SlotCount",
        "GetNodeSlot", "GetRed", "GetTokenSlot", "CreateRed", "CreateRoot", "WriteTo",
        // SyntaxSlots.<Node>.Count holds the slot count.
        "Count",
    ];

    private static readonly HashSet<string> ReservedTypeNames = [SyntaxModel.AnyNodeType, "List", "token", "list", "separated", "abstract", "node"];

    public static SyntaxModelParseResult Parse(string text)
    {
        var errors = new List<SyntaxModelError>();
        var declarations = new List<DeclarationBuilder>();
        DeclarationBuilder? current = null;
        var pendingComments = new List<string>();

        var lines = text.Replace("\r\n", "\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var lineNumber = i + 1;
            var raw = lines[i];
            var hash = raw.IndexOf('#');
            var content = (hash >= 0 ? raw[..hash] : raw).TrimEnd();
            if (content.Trim().Length == 0)
            {
                // Only a comment block touching a declaration documents it.
                if (hash >= 0 && raw[..hash].Trim().Length == 0) pendingComments.Add(raw[(hash + 1)..].Trim());
                else pendingComments.Clear();
                continue;
            }
            var documentation = pendingComments.ToList();
            pendingComments.Clear();

            if (!char.IsWhiteSpace(content[0]))
            {
                var match = DeclarationPattern().Match(content);
                if (!match.Success)
                {
                    errors.Add(new(lineNumber, $"bad syntax: expected 'abstract Name [: Base]' or 'node Name [: Base]', found '{content.Trim()}'"));
                    current = null;
                    continue;
                }
                current = new DeclarationBuilder(match.Groups[2].Value,
                    match.Groups[3].Success ? match.Groups[3].Value : null,
                    match.Groups[1].Value == "abstract", lineNumber, documentation);
                declarations.Add(current);
                continue;
            }

            var fieldMatch = FieldPattern().Match(content.Trim());
            if (!fieldMatch.Success)
            {
                errors.Add(new(lineNumber, $"bad syntax: expected an indented 'Field: type', found '{content.Trim()}'"));
                continue;
            }
            if (current is null)
            {
                errors.Add(new(lineNumber, $"field '{fieldMatch.Groups[1].Value}' is not inside a node declaration"));
                continue;
            }
            if (current.IsAbstract)
            {
                errors.Add(new(lineNumber, $"abstract '{current.Name}' cannot have fields"));
                continue;
            }
            var field = ParseField(fieldMatch.Groups[1].Value, fieldMatch.Groups[2].Value.Trim(), lineNumber, errors);
            if (field is not null) current.Fields.Add(field);
        }

        Validate(declarations, errors);
        if (errors.Count > 0)
            return new SyntaxModelParseResult(null, errors.OrderBy(e => e.Line).ToList());

        var abstracts = declarations.Where(d => d.IsAbstract).Select(d => d.Build()).ToList();
        var nodes = declarations.Where(d => !d.IsAbstract).Select(d => d.Build()).ToList();
        return new SyntaxModelParseResult(new SyntaxModel(abstracts, nodes), []);
    }

    private static SyntaxField? ParseField(string name, string type, int line, List<SyntaxModelError> errors)
    {
        var match = FieldTypePattern().Match(type);
        if (!match.Success)
        {
            errors.Add(new(line, $"bad syntax: field '{name}' has malformed type '{type}'"));
            return null;
        }
        var optional = match.Groups[4].Success;
        if (match.Groups[1].Success)
        {
            if (optional)
            {
                errors.Add(new(line, $"field '{name}': a list cannot be optional (an empty list is already an absent slot)"));
                return null;
            }
            var element = match.Groups[2].Value;
            var shape = match.Groups[1].Value == "list" ? FieldShape.List : FieldShape.SeparatedList;
            return new SyntaxField(name, shape, element == "token" ? null : element, false, line);
        }
        var single = match.Groups[3].Value;
        return single == "token"
            ? new SyntaxField(name, FieldShape.Token, null, optional, line)
            : new SyntaxField(name, FieldShape.Node, single, optional, line);
    }

    private static void Validate(List<DeclarationBuilder> declarations, List<SyntaxModelError> errors)
    {
        var byName = new Dictionary<string, DeclarationBuilder>();
        foreach (var declaration in declarations)
        {
            if (ReservedTypeNames.Contains(declaration.Name))
                errors.Add(new(declaration.Line, $"'{declaration.Name}' is a reserved name and cannot be declared"));
            else if (!byName.TryAdd(declaration.Name, declaration))
                errors.Add(new(declaration.Line, $"duplicate type '{declaration.Name}' (first declared on line {byName[declaration.Name].Line})"));
        }

        foreach (var declaration in declarations)
        {
            if (declaration.Base is { } baseName)
            {
                if (!byName.TryGetValue(baseName, out var baseDeclaration))
                    errors.Add(new(declaration.Line, $"unknown base type '{baseName}' of '{declaration.Name}'"));
                else if (!baseDeclaration.IsAbstract)
                    errors.Add(new(declaration.Line, $"base type '{baseName}' of '{declaration.Name}' is a node, not an abstract"));
                else if (HasBaseCycle(declaration, byName))
                    errors.Add(new(declaration.Line, $"'{declaration.Name}' inherits from itself"));
            }

            if (!declaration.IsAbstract && declaration.Fields.Count == 0)
                errors.Add(new(declaration.Line, $"node '{declaration.Name}' has no fields"));

            var seen = new Dictionary<string, int>();
            foreach (var field in declaration.Fields)
            {
                if (!seen.TryAdd(field.Name, field.Line))
                    errors.Add(new(field.Line, $"duplicate field '{field.Name}' in '{declaration.Name}' (first on line {seen[field.Name]})"));
                if (!char.IsUpper(field.Name[0]))
                    errors.Add(new(field.Line, $"field '{field.Name}' must start with an upper-case letter"));
                if (ReservedFieldNames.Contains(field.Name))
                    errors.Add(new(field.Line, $"field name '{field.Name}' is reserved (it clashes with a member of SyntaxNode)"));
                if (field.Name == declaration.Name + "Syntax" || field.Name == declaration.Name)
                    errors.Add(new(field.Line, $"field '{field.Name}' clashes with its class name"));
                if (field.ElementType is { } type && type != SyntaxModel.AnyNodeType && !byName.ContainsKey(type))
                    errors.Add(new(field.Line, $"unknown type '{type}' for field '{field.Name}' of '{declaration.Name}'"));
            }
        }
    }

    private static bool HasBaseCycle(DeclarationBuilder start, Dictionary<string, DeclarationBuilder> byName)
    {
        var visited = new HashSet<string> { start.Name };
        var current = start.Base;
        while (current is not null && byName.TryGetValue(current, out var declaration))
        {
            if (!visited.Add(current)) return true;
            current = declaration.Base;
        }
        return false;
    }

    private sealed class DeclarationBuilder(string name, string? baseName, bool isAbstract, int line, IReadOnlyList<string> documentation)
    {
        public IReadOnlyList<string> Documentation { get; } = documentation;
        public string Name { get; } = name;
        public string? Base { get; } = baseName;
        public bool IsAbstract { get; } = isAbstract;
        public int Line { get; } = line;
        public List<SyntaxField> Fields { get; } = [];

        public SyntaxTypeDeclaration Build() => new(Name, Base, IsAbstract, Fields, Line, Documentation);
    }
}
