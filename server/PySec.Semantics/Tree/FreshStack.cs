using System.Runtime.ExceptionServices;

namespace PySec.Semantics;

/// <summary>
/// Continues a deep recursion on a new thread with a large stack when the current one runs low (operator chains
/// can nest many thousands of levels), as the syntax layer's visitors do.
/// </summary>
internal static class FreshStack
{
    private const int Size = 64 * 1024 * 1024;

    public static void Run(Action action)
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
        }, Size);
        thread.Start();
        thread.Join();
        failure?.Throw();
    }
}
