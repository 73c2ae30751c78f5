using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;

namespace PySec.Syntax;

/// <summary>
/// Lets recursive visitors handle arbitrarily deep trees: when the current stack runs low, the rest of the
/// recursion continues on a new thread with a large stack, keeping the visitor's pre- and post-order semantics.
/// </summary>
public static class StackGuard
{
    // Large enough that hops are rare (thousands of tree levels per thread); only touched pages are committed.
    private const int FreshStackSize = 64 * 1024 * 1024;

    public static bool IsStackLow => !RuntimeHelpers.TryEnsureSufficientExecutionStack();

    public static void RunOnFreshStack(Action action)
    {
        ExceptionDispatchInfo? failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                action();
            }
            catch (Exception e)
            {
                failure = ExceptionDispatchInfo.Capture(e);
            }
        }, FreshStackSize);
        thread.Start();
        thread.Join();
        failure?.Throw();
    }

    public static T RunOnFreshStack<T>(Func<T> function)
    {
        T result = default!;
        RunOnFreshStack(() => { result = function(); });
        return result;
    }
}
