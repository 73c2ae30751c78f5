using System.Runtime.InteropServices;

namespace PySec.Workspace;

/// <summary>
/// The canonical path of a folder with every symbolic link resolved, to recognise a folder reached twice (a link
/// back to an ancestor is a loop). Uses the C library's <c>realpath</c> where there is one.
/// </summary>
internal static class RealPath
{
    public static string Of(string path)
    {
        if (!OperatingSystem.IsWindows())
        {
            try
            {
                var resolved = realpath(path, IntPtr.Zero);
                if (resolved != IntPtr.Zero)
                {
                    try
                    {
                        return Marshal.PtrToStringUTF8(resolved) ?? Path.GetFullPath(path);
                    }
                    finally
                    {
                        Marshal.FreeHGlobal(resolved); // glibc's free and .NET's FreeHGlobal are the same allocator on Unix
                    }
                }
            }
            catch (Exception exception) when (exception is DllNotFoundException or EntryPointNotFoundException)
            {
                // Fall through to the portable answer.
            }
        }
        var info = new DirectoryInfo(path);
        return (info.LinkTarget is not null ? info.ResolveLinkTarget(returnFinalTarget: true)?.FullName : null) ?? info.FullName;
    }

    [DllImport("libc", EntryPoint = "realpath")]
    private static extern IntPtr realpath([MarshalAs(UnmanagedType.LPUTF8Str)] string path, IntPtr resolved);
}
