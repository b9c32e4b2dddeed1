namespace PirLint.Hosting;

/// <summary>What a path names, as far as reading it goes.</summary>
public enum FileKind
{
    /// <summary>Nothing by that name (or a name this platform cannot represent).</summary>
    Missing,

    Regular,
    Directory,

    /// <summary>A named pipe: reading it waits for a writer, possibly forever.</summary>
    Fifo,

    Socket,
    CharacterDevice,
    BlockDevice,

    /// <summary>A symbolic link whose target does not exist.</summary>
    BrokenLink,

    /// <summary>The path could be probed but not classified (a permission denied on a folder above it, say).</summary>
    Unknown,
}

/// <summary>Words for a <see cref="FileKind"/> in messages.</summary>
public static class FileKinds
{
    public static bool IsSpecial(FileKind kind) => kind is FileKind.Fifo or FileKind.Socket or FileKind.CharacterDevice or FileKind.BlockDevice;

    public static string Describe(FileKind kind) => kind switch
    {
        FileKind.Fifo => "a FIFO (named pipe)",
        FileKind.Socket => "a socket",
        FileKind.CharacterDevice => "a character device",
        FileKind.BlockDevice => "a block device",
        FileKind.Directory => "a folder",
        FileKind.BrokenLink => "a broken symbolic link",
        FileKind.Missing => "missing",
        FileKind.Regular => "a regular file",
        _ => "not a regular file",
    };
}
