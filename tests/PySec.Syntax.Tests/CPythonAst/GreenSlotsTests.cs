using System.Reflection;
using PySec.Syntax.CPythonAst;
using PySec.Syntax.Green;

namespace PySec.Syntax.Tests.CPythonAst;

/// <summary>
/// GreenSlots is generated from Syntax.txt by Scripts/make_ast_slots.py; the green factory is generated from the
/// same file by the syntax generator. Their agreement proves the slot table is not stale.
/// </summary>
public class GreenSlotsTests
{
    [Fact]
    public void Every_node_slot_table_matches_the_green_factory_parameters()
    {
        var tables = typeof(GreenSlots).GetNestedTypes(BindingFlags.NonPublic | BindingFlags.Public);
        Assert.NotEmpty(tables);
        var factoryMethods = typeof(GreenFactory).GetMethods(BindingFlags.Public | BindingFlags.Static)
            .ToLookup(m => m.Name);
        var nodeKinds = Enum.GetNames<SyntaxKind>().Where(name => SyntaxNodeCategories.IsNode(Enum.Parse<SyntaxKind>(name))).ToHashSet();

        Assert.Equal(nodeKinds.Order(), tables.Select(t => t.Name).Order());
        foreach (var table in tables)
        {
            var slots = table.GetFields()
                .Where(f => f.Name != "Count")
                .OrderBy(f => (int)f.GetRawConstantValue()!)
                .Select(f => f.Name.EndsWith("Slot", StringComparison.Ordinal) && f.Name[..^4] == table.Name ? table.Name : f.Name)
                .ToList();
            Assert.Equal(Enumerable.Range(0, slots.Count), table.GetFields().Where(f => f.Name != "Count").Select(f => (int)f.GetRawConstantValue()!).Order());
            var method = Assert.Single(factoryMethods[table.Name]);
            var parameters = method.GetParameters().Select(p => p.Name!).ToList();
            Assert.Equal(parameters, slots.Select(s => char.ToLowerInvariant(s[0]) + s[1..]));
        }
    }
}
