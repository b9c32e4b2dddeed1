using System.Text;

namespace PirLint.Documents;

/// <summary>The foldings of the format contract: of headings and headers into field names, and of people's names.</summary>
public static class NameFolding
{
    /// <summary><c>What went well</c> -> <c>what_went_well</c>, <c>Due date</c> -> <c>due_date</c>.</summary>
    public static string ToFieldName(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSeparator = false;
        foreach (var c in text.Trim())
        {
            if (char.IsLetterOrDigit(c))
            {
                if (pendingSeparator && builder.Length > 0)
                {
                    builder.Append('_');
                }

                pendingSeparator = false;
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (c == ' ' || c == '-' || c == '_' || c == '\t')
            {
                pendingSeparator = true;
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>Names compare after folding case and dropping spaces, <c>-</c>, <c>_</c> and <c>.</c>: <c>Engineer B</c> = <c>engineer-b</c>.</summary>
    public static string FoldPersonName(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            if (!char.IsWhiteSpace(c) && c != '-' && c != '_' && c != '.')
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }
}
