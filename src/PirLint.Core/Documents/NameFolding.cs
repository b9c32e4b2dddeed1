using System.Text;
using PirLint.Text;

namespace PirLint.Documents;

/// <summary>The foldings of the format contract: of headings and headers into field names, and of people's names.</summary>
public static class NameFolding
{
    /// <summary><c>What went well</c> -> <c>what_went_well</c>, <c>Due date</c> -> <c>due_date</c>.</summary>
    public static string ToFieldName(string text)
    {
        var builder = StringBuilderCache.Acquire(text.Length);
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

        return StringBuilderCache.ToStringAndRelease(builder);
    }

    /// <summary>
    /// Names compare after folding case by Unicode rules and dropping spaces, <c>-</c>, <c>_</c> and <c>.</c>:
    /// <c>Engineer B</c> = <c>engineer-b</c>, <c>MEHMET YILMAZ</c> = <c>Mehmet Yılmaz</c>; typographic apostrophes are <c>'</c>.
    /// </summary>
    public static string FoldPersonName(string name)
    {
        if (IsFoldedAscii(name))
        {
            return name;
        }

        var builder = StringBuilderCache.Acquire(name.Length);
        foreach (var c in name)
        {
            if (!char.IsWhiteSpace(c) && c != '-' && c != '_' && c != '.')
            {
                AppendFolded(builder, c);
            }
        }

        return StringBuilderCache.ToStringAndRelease(builder);
    }

    /// <summary>True when folding leaves <paramref name="name"/> as it is (<c>fsato</c>, <c>o'neil</c>): most account names, so no copy is made.</summary>
    private static bool IsFoldedAscii(string name)
    {
        foreach (var c in name)
        {
            if (c > '\u007E' || c <= ' ' || (c >= 'A' && c <= 'Z') || c == '-' || c == '_' || c == '.')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A typographic apostrophe (<c>’</c>, <c>‘</c>, <c>ʼ</c>) as <c>'</c>; any other character as it is.</summary>
    public static char PlainApostrophe(char c) => c is '\u2019' or '\u2018' or '\u02BC' ? '\'' : c;

    /// <summary><paramref name="text"/> with its typographic apostrophes as <c>'</c>: the same length, so positions hold.</summary>
    public static string PlainApostrophes(string text)
    {
        if (text.IndexOf('\u2019') < 0 && text.IndexOf('\u2018') < 0 && text.IndexOf('\u02BC') < 0)
        {
            return text;
        }

        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = PlainApostrophe(chars[i]);
        }

        return new string(chars);
    }

    /// <summary>
    /// Unicode case folding of one character: the lower case, with the foldings a per-character lower case misses
    /// (the dotted and dotless i of Turkish both fold to <c>i</c>, <c>ß</c> to <c>ss</c>, a final sigma to <c>σ</c>).
    /// </summary>
    private static void AppendFolded(StringBuilder builder, char c)
    {
        switch (c)
        {
            case '\u0130':
            case '\u0131':
                builder.Append('i');
                break;
            case '\u00DF':
            case '\u1E9E':
                builder.Append("ss");
                break;
            case '\u03C2':
                builder.Append('\u03C3');
                break;
            case '\u0307':
                // The combining dot above that a decomposed İ carries.
                break;
            default:
                builder.Append(char.ToLowerInvariant(PlainApostrophe(c)));
                break;
        }
    }
}
