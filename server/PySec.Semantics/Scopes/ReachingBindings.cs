namespace PySec.Semantics;

/// <summary>
/// The pass after the walk: forwards global/nonlocal names to their outer symbols, then links every read to the
/// bindings that may reach it. Within one scope that is the statement-order approximation: the bindings evaluated
/// before the read back to the first one that must have run (same or enclosing block), plus the later ones of a
/// loop around the read. Class bodies and comprehensions run where they are written, so the same holds for their
/// reads of enclosing names; a read from a function or lambda runs at an unknown time, so every binding reaches it.
/// </summary>
internal static class ReachingBindings
{
    public static void Resolve(IReadOnlyList<Scope> scopes, IReadOnlyList<NameReference> references)
    {
        ForwardDeclarations(scopes);
        foreach (var reference in references) Link(reference);
    }

    /// <summary>Scopes are in creation order, so an outer scope's forwarding is settled before its children's.</summary>
    private static void ForwardDeclarations(IReadOnlyList<Scope> scopes)
    {
        var module = scopes[0];
        foreach (var scope in scopes)
        {
            if (scope == module || !scope.HasDeclarations) continue;
            foreach (var symbol in scope.Symbols.ToList())
            {
                Symbol? target = null;
                if (symbol.IsGlobal) target = module.GetOrAdd(symbol.Name);
                else if (symbol.IsNonlocal) target = FindNonlocalTarget(scope, symbol.Name);
                if (target is null) continue;
                target = target.Target;
                symbol.Target = target;
                symbol.MoveBindingsTo(target);
            }
        }
    }

    private static Symbol? FindNonlocalTarget(Scope scope, string name)
    {
        for (var outer = scope.Parent; outer is not null && outer.Kind != ScopeKind.Module; outer = outer.Parent)
        {
            if (outer.Kind == ScopeKind.Class) continue;
            if (outer.Lookup(name) is { } found) return found;
        }
        return null;
    }

    /// <summary>Python's lookup: the own scope, then enclosing function-like scopes (class bodies are skipped), then the module.</summary>
    internal static Symbol? Find(Scope scope, string name)
    {
        var own = true;
        for (var current = scope; current is not null; current = current.Parent)
        {
            if ((own || current.Kind != ScopeKind.Class) && current.Lookup(name) is { } symbol) return symbol.Target;
            own = false;
        }
        return null;
    }

    private static void Link(NameReference reference)
    {
        var symbol = Find(reference.Scope, reference.Name);
        reference.Symbol = symbol;
        if (symbol is null)
        {
            reference.IsBuiltin = Builtins.Contains(reference.Name);
            reference.StarImports = StarImportsFor(reference);
            return;
        }
        var reaching = RunsWhenWritten(reference.Scope, symbol.Scope) ? InOrder(symbol, reference) : symbol.Live;
        reference.Bindings = reaching;
    }

    /// <summary>
    /// Reads far outnumber bindings and most are reached by one binding or by all of them, so those answers are
    /// arrays shared between reads (<see cref="Binding.Alone"/>, <see cref="Symbol.Live"/>); others get their own.
    /// </summary>
    private static Binding[] InOrder(Symbol symbol, NameReference reference)
    {
        var bindings = symbol.Bindings;
        var after = FirstAfter(bindings, reference.Order);
        // Back from the read to the first binding that must have run (same or enclosing block).
        var first = 0;
        var count = 0;
        Binding? only = null;
        for (var i = after - 1; i >= 0; i--)
        {
            var binding = bindings[i];
            if (binding.IsDeclarationOnly) continue;
            count++;
            only = binding;
            if (binding.IsDefinite && binding.Container.Contains(reference.Span))
            {
                first = i;
                break;
            }
        }
        // Then the later bindings of a loop around the read, which reach its next iteration.
        var loopEnd = after;
        if (reference.Loop is { } loop)
        {
            for (; loopEnd < bindings.Count; loopEnd++)
            {
                var binding = bindings[loopEnd];
                if (binding.Span.Start >= loop.End) break;
                if (loop.Contains(binding.Span) && !binding.IsDeclarationOnly)
                {
                    count++;
                    only = binding;
                }
            }
        }
        // Nothing before the read: it runs later than written (a loop we could not see) or fails; keep every candidate.
        if (count == 0) return symbol.Live;
        if (count == 1) return only!.Alone;
        var result = new Binding[count];
        var next = 0;
        for (var i = first; i < after; i++)
            if (!bindings[i].IsDeclarationOnly) result[next++] = bindings[i];
        if (reference.Loop is { } around)
        {
            for (var i = after; i < loopEnd; i++)
                if (around.Contains(bindings[i].Span) && !bindings[i].IsDeclarationOnly) result[next++] = bindings[i];
        }
        return result;
    }

    /// <summary>Class bodies and comprehensions run where they are written, so statement order still holds across them.</summary>
    internal static bool RunsInline(Scope scope) => scope.Kind is ScopeKind.Class or ScopeKind.Comprehension;

    private static bool RunsWhenWritten(Scope from, Scope to)
    {
        for (var scope = from; scope != to; scope = scope.Parent)
            if (scope is null || !RunsInline(scope)) return false;
        return true;
    }

    /// <summary>Index of the first binding evaluated after <paramref name="order"/> (bindings are sorted by order).</summary>
    private static int FirstAfter(IReadOnlyList<Binding> bindings, int order)
    {
        int low = 0, high = bindings.Count;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (bindings[middle].Order < order) low = middle + 1;
            else high = middle;
        }
        return low;
    }

    private static IReadOnlyList<Binding> StarImportsFor(NameReference reference)
    {
        List<Binding>? result = null;
        var own = true;
        for (var scope = reference.Scope; scope is not null; scope = scope.Parent)
        {
            if (own || scope.Kind != ScopeKind.Class)
            {
                for (var i = scope.StarImports.Count - 1; i >= 0; i--)
                {
                    var star = scope.StarImports[i];
                    if (scope == reference.Scope && star.Order > reference.Order) continue;
                    (result ??= []).Add(star);
                }
            }
            own = false;
        }
        return result ?? (IReadOnlyList<Binding>)[];
    }
}
