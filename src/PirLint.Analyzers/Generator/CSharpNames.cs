using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace PirLint.Analyzers.Generator;

/// <summary>The one place where text from a schema or a review becomes C#: every literal escaped, every name made valid.</summary>
internal static class CSharpNames
{
    /// <summary><c>p1_this_week</c> -> <c>P1ThisWeek</c>; always a valid identifier.</summary>
    public static string PascalCase(string text)
    {
        var builder = new StringBuilder(text.Length);
        var upperNext = true;
        foreach (var c in text)
        {
            if (c < 128 && char.IsLetterOrDigit(c))
            {
                builder.Append(upperNext ? char.ToUpperInvariant(c) : c);
                upperNext = false;
            }
            else
            {
                upperNext = true;
            }
        }

        return Identifier(builder.ToString());
    }

    /// <summary><c>INC-2026-0317</c> -> <c>INC_2026_0317</c>; always a valid identifier.</summary>
    public static string Underscored(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(IsIdentifierPart(c) ? c : '_');
        }

        return Identifier(builder.ToString());
    }

    /// <summary>
    /// Names a generated class or enum inherits from <c>object</c> or <c>System.Enum</c>: a member of that name would hide
    /// it (CS0108), so it gets a suffix.
    /// </summary>
    public static bool IsInheritedMember(string name) => InheritedMembers.Contains(name);

    private static readonly HashSet<string> InheritedMembers = new()
    {
        "Equals", "GetHashCode", "GetType", "ToString", "MemberwiseClone", "Finalize", "ReferenceEquals",
        "CompareTo", "GetTypeCode", "HasFlag", "Format", "GetName", "GetNames", "GetUnderlyingType", "GetValues",
        "GetValuesAsUnderlyingType", "IsDefined", "Parse", "ToObject", "TryParse", "TryFormat",
    };

    /// <summary>
    /// Returns <paramref name="name"/>, or it with the first free numeric suffix, and marks it used. <c>@_</c> and <c>_</c>
    /// are one identifier, so names are compared without the verbatim <c>@</c> (a keyword with a suffix needs none).
    /// </summary>
    public static string Unique(string name, HashSet<string> used)
    {
        var bare = name.TrimStart('@');
        if (used.Add(bare))
        {
            return name;
        }

        for (var suffix = 2; ; suffix++)
        {
            var candidate = bare + suffix.ToString(CultureInfo.InvariantCulture);
            if (used.Add(candidate))
            {
                return candidate;
            }
        }
    }

    /// <summary>A C# string literal that holds exactly <paramref name="value"/>: only printable ASCII appears unescaped.</summary>
    public static string Literal(string value)
    {
        var builder = new StringBuilder(value.Length + 2);
        builder.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                default:
                    if (c >= ' ' && c <= '~')
                    {
                        builder.Append(c);
                    }
                    else
                    {
                        builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }

    /// <summary>Text for a <c>///</c> comment: one line, XML-escaped.</summary>
    public static string DocText(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            switch (c)
            {
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '&': builder.Append("&amp;"); break;
                default:
                    builder.Append(char.IsControl(c) || c == '\u2028' || c == '\u2029' || char.IsSurrogate(c) ? ' ' : c);
                    break;
            }
        }

        return builder.ToString();
    }

    private static string Identifier(string name)
    {
        if (name.Length == 0)
        {
            name = "_";
        }

        if (!IsIdentifierStart(name[0]))
        {
            name = "_" + name;
        }

        return SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None || SyntaxFacts.GetContextualKeywordKind(name) != SyntaxKind.None
            ? "@" + name
            : name;
    }

    private static bool IsIdentifierStart(char c) => c == '_' || (c < 128 ? char.IsLetter(c) : false);

    private static bool IsIdentifierPart(char c) => c < 128 && (char.IsLetterOrDigit(c) || c == '_');
}
