using PirLint.Text;

namespace PirLint.Documents;

/// <summary>Finds where the characters of a value read from a YAML block or multi-line scalar stand in its source.</summary>
internal static class SourceText
{
    /// <summary>
    /// For each character of <paramref name="value"/>, its offset in <paramref name="text"/> between
    /// <paramref name="start"/> and <paramref name="end"/> (-1 for white space the source does not hold), when the value
    /// is the source with only white space changed: indentation dropped, line breaks folded, a block scalar's header line
    /// skipped. Null when it is not (an escape in a quoted scalar): then the text cannot be recovered character by character.
    /// </summary>
    public static int[]? Align(string text, int start, int end, string value)
    {
        var offsets = new int[value.Length];
        var j = start;
        if (j < end && (text[j] == '|' || text[j] == '>') && (value.Length == 0 || value[0] != text[j]))
        {
            j = LineBreaks.ContentEnd(text, j, end);
        }

        var i = 0;
        while (i < value.Length)
        {
            var c = value[i];
            if (j < end && text[j] == c)
            {
                offsets[i++] = j++;
            }
            else if (j < end && IsSpace(text[j]))
            {
                if (IsSpace(c))
                {
                    offsets[i++] = j;
                }

                j++;
            }
            else if (IsSpace(c))
            {
                offsets[i++] = -1;
            }
            else
            {
                return null;
            }
        }

        return offsets;
    }

    private static bool IsSpace(char c) => c == ' ' || c == '\t' || c == '\n' || c == '\r';
}
