using System.Collections.Generic;
using PirLint.Documents;
using PirLint.Documents.Markdown;

namespace PirLint.Tests.Documents;

/// <summary>Compares <see cref="MarkdownBlockScanner"/> with Markdig's blocks; linked into the fuzz tests too.</summary>
internal static class MarkdownReference
{
    /// <summary>Null when the scanner agrees with Markdig on the body from <paramref name="bodyStart"/> (or leaves it to Markdig), else what differs.</summary>
    public static string? Disagreement(string text, int bodyStart, out bool scanned)
    {
        var fast = new List<MarkdownBlock>();
        scanned = MarkdownBlockScanner.TryScan(text, bodyStart, fast);
        if (!scanned)
        {
            return null;
        }

        List<MarkdownBlock> reference;
        try
        {
            reference = MarkdigBlockReader.Read(text, bodyStart);
        }
        catch (System.ArgumentException exception)
        {
            return "the scanner read a body Markdig rejects: " + exception.Message;
        }

        return ScannerReference.FirstDifference(fast, reference, "block", "Markdig");
    }

    /// <summary>Where the body starts, as the reader finds it: after a front matter closed by a plain <c>---</c> line; -1 when the fences are not plain.</summary>
    public static int BodyStart(string text)
    {
        if (!text.StartsWith("---\n", System.StringComparison.Ordinal) && !text.StartsWith("---\r\n", System.StringComparison.Ordinal))
        {
            return text.StartsWith("---", System.StringComparison.Ordinal) ? -1 : 0;
        }

        var position = text.IndexOf('\n') + 1;
        while (position < text.Length)
        {
            var newline = text.IndexOf('\n', position);
            var end = newline < 0 ? text.Length : newline;
            var line = text.Substring(position, end - position).TrimEnd('\r');
            if (line == "---")
            {
                return newline < 0 ? text.Length : newline + 1;
            }

            if (line.TrimEnd(' ', '\t') == "---" || line.TrimEnd(' ', '\t') == "...")
            {
                return -1;
            }

            position = end + 1;
        }

        return -1;
    }
}
