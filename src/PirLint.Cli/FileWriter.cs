using System;
using System.IO;
using System.Text;

namespace PirLint.Cli;

/// <summary>Writes files through a temporary file in the same folder and a rename, so an interrupted run leaves no half file.</summary>
internal static class FileWriter
{
    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Replaces <paramref name="path"/> (creating its folder) with <paramref name="text"/>.</summary>
    public static void WriteAtomically(string path, string text) => Write(path, text, overwrite: true);

    /// <summary>Creates <paramref name="path"/>; false, writing nothing, when the file exists.</summary>
    public static bool CreateNew(string path, string text) => Write(path, text, overwrite: false);

    private static bool Write(string path, string text, bool overwrite)
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
