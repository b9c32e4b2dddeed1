using System;
using System.IO;
using System.Runtime.InteropServices;
using System.Text;

namespace PirLint.Hosting;

/// <summary>
/// The kind of a path without opening it (opening a FIFO blocks until a writer comes). .NET has no public API for the
/// file type, so on Unix this asks the runtime's own native shim (libSystem.Native, shipped with every .NET runtime)
/// for <c>stat</c>/<c>lstat</c>; where that is not there (Windows, .NET Framework) the managed checks apply, and
/// Windows has no FIFOs a path can name.
/// </summary>
public static class FileProbe
{
    // The file-type bits of System.Native's FileStatus.Mode (its own constants, the same on every Unix).
    private const int TypeMask = 0xF000;
    private const int TypeFifo = 0x1000;
    private const int TypeCharacter = 0x2000;
    private const int TypeDirectory = 0x4000;
    private const int TypeBlock = 0x6000;
    private const int TypeRegular = 0x8000;
    private const int TypeLink = 0xA000;
    private const int TypeSocket = 0xC000;

    // FileStatus is under 200 bytes in every runtime; Flags then Mode are its first two int32 fields.
    private const int StatusBufferSize = 512;

    private static bool _nativeMissing = RuntimeInformation.IsOSPlatform(OSPlatform.Windows);

    // Per thread, so that probing the files of a large walk allocates nothing per file.
    [ThreadStatic]
    private static byte[]? t_status;

    [ThreadStatic]
    private static byte[]? t_path;

    /// <summary>The kind of <paramref name="path"/>, following symbolic links (a link to a FIFO is a FIFO).</summary>
    public static FileKind Kind(string path)
    {
        if (!_nativeMissing && TryStat(path, followLinks: true, out var mode, out var failed))
        {
            if (!failed)
            {
                return FromMode(mode);
            }

            return TryStat(path, followLinks: false, out mode, out failed) && !failed && (mode & TypeMask) == TypeLink ? FileKind.BrokenLink : FileKind.Missing;
        }

        if (Directory.Exists(path))
        {
            return FileKind.Directory;
        }

        return File.Exists(path) ? FileKind.Regular : FileKind.Missing;
    }

    /// <summary>True when <paramref name="path"/> is itself a symbolic link (not followed).</summary>
    public static bool IsLink(string path)
    {
        if (!_nativeMissing && TryStat(path, followLinks: false, out var mode, out var failed))
        {
            return !failed && (mode & TypeMask) == TypeLink;
        }

        try
        {
            return (File.GetAttributes(path) & FileAttributes.ReparsePoint) != 0;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return false;
        }
    }

    /// <summary>
    /// The target a chain of symbolic links ends at, as a full path (lexically normalised); the path itself when it is
    /// not a link, or when the chain is longer than 40 links (a loop).
    /// </summary>
    public static string FinalTarget(string fullPath)
    {
        var current = fullPath;
        for (var hop = 0; hop < 40 && !_nativeMissing; hop++)
        {
            var target = ReadLink(current);
            if (target == null)
            {
                return current;
            }

            current = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(current) ?? string.Empty, target));
        }

        return current;
    }

    private static FileKind FromMode(int mode) => (mode & TypeMask) switch
    {
        TypeRegular => FileKind.Regular,
        TypeDirectory => FileKind.Directory,
        TypeFifo => FileKind.Fifo,
        TypeSocket => FileKind.Socket,
        TypeCharacter => FileKind.CharacterDevice,
        TypeBlock => FileKind.BlockDevice,
        _ => FileKind.Unknown,
    };

    /// <returns>False when the native shim cannot be used (then the caller falls back); <paramref name="failed"/> when stat failed.</returns>
    private static bool TryStat(string path, bool followLinks, out int mode, out bool failed)
    {
        mode = 0;
        failed = false;
        var status = t_status ??= new byte[StatusBufferSize];
        try
        {
            var result = followLinks ? NativeMethods.Stat(NullTerminated(path), status) : NativeMethods.LStat(NullTerminated(path), status);
            failed = result != 0;
            mode = BitConverter.ToInt32(status, 4);
            return true;
        }
        catch (Exception exception) when (exception is DllNotFoundException or EntryPointNotFoundException or BadImageFormatException)
        {
            _nativeMissing = true;
            return false;
        }
    }

    private static string? ReadLink(string path)
    {
        var buffer = new byte[4096];
        try
        {
            var length = NativeMethods.ReadLink(NullTerminated(path), buffer, buffer.Length);
            return length <= 0 || length >= buffer.Length ? null : Encoding.UTF8.GetString(buffer, 0, length);
        }
        catch (Exception exception) when (exception is DllNotFoundException or EntryPointNotFoundException or BadImageFormatException)
        {
            _nativeMissing = true;
            return null;
        }
    }

    /// <summary>The path as UTF-8 with a final NUL, in this thread's buffer (valid until the next call).</summary>
    private static byte[] NullTerminated(string path)
    {
        var length = Encoding.UTF8.GetByteCount(path);
        var bytes = t_path;
        if (bytes == null || bytes.Length < length + 1)
        {
            bytes = t_path = new byte[Math.Max(length + 1, 256)];
        }

        Encoding.UTF8.GetBytes(path, 0, path.Length, bytes, 0);
        bytes[length] = 0;
        return bytes;
    }

    /// <summary>
    /// Pointers only, so that the calls need no marshalling stub: ReadyToRun compiles them ahead of time instead of
    /// the runtime generating and compiling a stub for each on the first call.
    /// </summary>
    private static unsafe class NativeMethods
    {
        public static int Stat(byte[] path, byte[] status)
        {
            fixed (byte* pathBytes = path)
            fixed (byte* statusBytes = status)
            {
                return SystemNativeStat(pathBytes, statusBytes);
            }
        }

        public static int LStat(byte[] path, byte[] status)
        {
            fixed (byte* pathBytes = path)
            fixed (byte* statusBytes = status)
            {
                return SystemNativeLStat(pathBytes, statusBytes);
            }
        }

        public static int ReadLink(byte[] path, byte[] buffer, int bufferSize)
        {
            fixed (byte* pathBytes = path)
            fixed (byte* bufferBytes = buffer)
            {
                return SystemNativeReadLink(pathBytes, bufferBytes, bufferSize);
            }
        }

        [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat")]
        private static extern int SystemNativeStat(byte* path, byte* status);

        [DllImport("libSystem.Native", EntryPoint = "SystemNative_LStat")]
        private static extern int SystemNativeLStat(byte* path, byte* status);

        [DllImport("libSystem.Native", EntryPoint = "SystemNative_ReadLink")]
        private static extern int SystemNativeReadLink(byte* path, byte* buffer, int bufferSize);
    }
}
