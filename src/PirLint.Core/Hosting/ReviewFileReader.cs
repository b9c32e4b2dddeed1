using System;
using System.IO;
using PirLint.Documents;

namespace PirLint.Hosting;

/// <summary>A file's bytes, or why they could not be read, in words fit for a PIR001 at line 1.</summary>
public readonly struct FileContent
{
    private FileContent(byte[]? bytes, string? problem)
    {
        Bytes = bytes;
        Problem = problem;
    }

    /// <summary>The bytes, or null when <see cref="Problem"/> says why not.</summary>
    public byte[]? Bytes { get; }

    public string? Problem { get; }

    public static FileContent Read(byte[] bytes) => new(bytes, null);

    public static FileContent Unreadable(string problem) => new(null, problem);
}

/// <summary>
/// Reads a review or schema file for a host that reads the disk: never opens what is not a regular file (a FIFO would
/// block the read), never reads more than <see cref="PirLimits.MaxBytes"/>, never throws for the file system, and never
/// puts a full path into a problem (the exception messages of the runtime do; they are not used).
/// </summary>
public static class ReviewFileReader
{
    public static FileContent Read(string fullPath)
    {
        var kind = FileProbe.Kind(fullPath);
        switch (kind)
        {
            case FileKind.Regular:
            case FileKind.Unknown:
                break;
            case FileKind.Missing:
                return FileContent.Unreadable(MissingProblem(fullPath));
            case FileKind.BrokenLink:
                return FileContent.Unreadable("it is a symbolic link whose target does not exist; fix or remove the link");
            case FileKind.Directory:
                return FileContent.Unreadable("it is a folder, not a file");
            default:
                return FileContent.Unreadable($"it is {FileKinds.Describe(kind)}, not a regular file, so it was not opened");
        }

        try
        {
            using var stream = new FileStream(fullPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 1);
            var length = stream.Length;
            if (length > PirLimits.MaxBytes)
            {
                return FileContent.Unreadable($"it is {length:N0} bytes, over the limit of {PirLimits.MaxBytes:N0} bytes (1 MiB); split it or shorten it");
            }

            var bytes = new byte[length];
            var read = 0;
            while (read < bytes.Length)
            {
                var count = stream.Read(bytes, read, bytes.Length - read);
                if (count == 0)
                {
                    Array.Resize(ref bytes, read);
                    break;
                }

                read += count;
            }

            return FileContent.Read(bytes);
        }
        catch (UnauthorizedAccessException)
        {
            return FileContent.Unreadable("permission denied: the user running PirLint may not read it");
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException)
        {
            return FileContent.Unreadable(MissingProblem(fullPath));
        }
        catch (IOException exception)
        {
            return FileContent.Unreadable($"the system reported an I/O error (0x{exception.HResult:X8}) reading it");
        }
    }

    private static string MissingProblem(string fullPath) =>
        Path.GetFileName(fullPath).IndexOf('\uFFFD') >= 0
            ? "its name is not valid UTF-8, so it cannot be opened by name here; rename it with UTF-8 characters only"
            : "it no longer exists (deleted or moved after the folder was read)";
}
