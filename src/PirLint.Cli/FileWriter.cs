using System;
using System.IO;
using System.Text;

namespace PirLint.Cli;

/// <summary>Writes files through a temporary file in the same folder and a rename, so an interrupted run leaves no half file.</summary>
internal static class FileWriter
{
    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Creates <paramref name="path"/>, or replaces it when <paramref name="force"/> is set; false, writing nothing, when it exists and is kept.</summary>
    public static bool Write(string path, string text, bool force) => WriteThroughTemporary(path, text, overwrite: force);

    /// <summary>The message for a file a command will not replace without <c>--force</c>.</summary>
    public static string Exists(string display, string command) =>
        $"pirlint: '{display}' already exists; 'pirlint {command}' does not overwrite it (write to another file, or add --force to replace it)";

    /// <summary>Replaces <paramref name="path"/> (creating its folder) with <paramref name="text"/>.</summary>
    public static void WriteAtomically(string path, string text) => WriteThroughTemporary(path, text, overwrite: true);

    /// <summary>Creates <paramref name="path"/>; false, writing nothing, when the file exists.</summary>
    public static bool CreateNew(string path, string text) => WriteThroughTemporary(path, text, overwrite: false);

    /// <summary>
    /// Replaces <paramref name="path"/> with <paramref name="text"/> only while it still holds <paramref name="asRead"/>:
    /// the temporary file is written first, the file compared just before the rename; false, writing nothing, when it changed.
    /// </summary>
    public static bool ReplaceIfUnchanged(string path, byte[] asRead, string text)
    {
        var temporary = Path.Combine(Path.GetDirectoryName(path)!, "." + Path.GetFileName(path) + "." + Guid.NewGuid().ToString("N") + ".tmp");
        try
        {
            File.WriteAllText(temporary, text, Utf8);
            if (!File.Exists(path) || !File.ReadAllBytes(path).AsSpan().SequenceEqual(asRead))
            {
                return false;
            }

            File.Move(temporary, path, overwrite: true);
            return true;
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }

    private static bool WriteThroughTemporary(string path, string text, bool overwrite)
    {
        var folder = Path.GetDirectoryName(path)!;
        Directory.CreateDirectory(folder);
        var temporary = Path.Combine(folder, "." + Path.GetFileName(path) + "." + Guid.NewGuid().ToString("N") + ".tmp");
        try
        {
            File.WriteAllText(temporary, text, Utf8);
            if (!overwrite)
            {
                if (File.Exists(path))
                {
                    return false;
                }

                // File.Move without overwrite fails if another process created the file in the meantime.
                File.Move(temporary, path);
            }
            else
            {
                File.Move(temporary, path, overwrite: true);
            }

            return true;
        }
        catch (IOException) when (!overwrite && File.Exists(path))
        {
            return false;
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }
}
