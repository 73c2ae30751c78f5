using System.Text;

namespace PySec.LspBench;

/// <summary>
/// The 5,000-line file the edit and request latencies are measured on: blocks of ordinary service code, a
/// quarter of them with findings, and in each block a line the edits switch between safe and risky code.
/// </summary>
public static class BenchDocument
{
    public const int Lines = 5_000;
    public const string SafeValue = "json.loads(raw)";
    public const string RiskyValue = "pickle.loads(raw)";

    public static string Create()
    {
        var text = new StringBuilder("import json\nimport pickle\nimport subprocess\nimport hashlib\n\n\n");
        for (var block = 0; CountLines(text) < Lines - 20; block++)
        {
            text.Append($"class Handler{block}:\n");
            text.Append($"    \"\"\"Handles requests of kind {block}.\"\"\"\n\n");
            text.Append("    def __init__(self, store, limit=10):\n");
            text.Append("        self.store = store\n");
            text.Append("        self.limit = limit\n\n");
            text.Append("    def handle(self, raw, user):\n");
            text.Append($"        value_{block} = {SafeValue}\n");
            text.Append($"        if len(value_{block}) > self.limit:\n");
            text.Append("            raise ValueError(\"too many items\")\n");
            text.Append("        total = 0\n");
            text.Append($"        for item in value_{block}:\n");
            text.Append("            total += item.get(\"amount\", 0)\n");
            if (block % 4 == 0) text.Append("        subprocess.run(user, shell=True, timeout=5)\n");
            if (block % 4 == 1) text.Append("        digest = hashlib.md5(raw).hexdigest()\n");
            text.Append("        self.store.save(user, total)\n");
            text.Append("        return total\n\n\n");
        }
        while (CountLines(text) < Lines) text.Append("# end\n");
        return text.ToString();
    }

    private static int CountLines(StringBuilder text)
    {
        var count = 0;
        foreach (var chunk in text.GetChunks())
            foreach (var c in chunk.Span)
                if (c == '\n') count++;
        return count;
    }
}
