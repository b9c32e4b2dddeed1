namespace PirLint.Text;

/// <summary>
/// Lines ended by LF or CR LF, as the block scanners read them (they leave any other break, such as a lone CR inside
/// the text, to YamlDotNet and Markdig), and the end of a line's content at CR or LF. <see cref="LineMap"/> maps offsets
/// with every break Roslyn knows.
/// </summary>
public static class LineBreaks
{
    /// <summary>Where the line at <paramref name="lineStart"/> ends: before its LF or CR LF, or before a CR that ends the text.</summary>
    public static int LineEnd(string text, int lineStart)
    {
        var newline = text.IndexOf('\n', lineStart);
        var end = newline < 0 ? text.Length : newline;
        return end > lineStart && text[end - 1] == '\r' ? end - 1 : end;
    }

    /// <summary>Where the next line starts after a line that ends at <paramref name="lineEnd"/>: past its CR LF or LF; the text's length at its end.</summary>
    public static int NextLineStart(string text, int lineEnd)
    {
        if (lineEnd < text.Length && text[lineEnd] == '\r')
        {
            lineEnd++;
        }

        return lineEnd < text.Length ? lineEnd + 1 : text.Length;
    }

    /// <summary>The first CR or LF from <paramref name="start"/> on, or <paramref name="end"/> when none comes before it.</summary>
    public static int ContentEnd(string text, int start, int end)
    {
        while (start < end && text[start] != '\n' && text[start] != '\r')
        {
            start++;
        }

        return start;
    }
}
