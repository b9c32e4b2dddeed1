using System;
using System.Collections.Generic;
using PirLint.Documents;
using PirLint.Text;

namespace PirLint.Configuration;

public enum SuppressionKind
{
    /// <summary><c>pirlint-disable-next-line</c>: the line after the comment.</summary>
    NextLine,

    /// <summary><c>pirlint-disable-line</c>: the line the comment stands on.</summary>
    Line,

    /// <summary><c>pirlint-disable</c>: from the comment to the matching <c>pirlint-enable</c>, or to the end.</summary>
    Disable,

    /// <summary><c>pirlint-enable</c>: ends a <c>pirlint-disable</c>.</summary>
    Enable,

    /// <summary><c>pirlint-disable-file</c>: the whole file.</summary>
    File,
}

/// <summary>One suppression comment: its kind, the rule ids it names (<c>*</c> for every rule), and its reason after <c>--</c>.</summary>
public sealed class SuppressionDirective
{
    public const string AllRules = "*";

    private static readonly (string Name, SuppressionKind Kind)[] Names =
    {
        // Longest first: each name is a prefix of the next ones.
        ("pirlint-disable-next-line", SuppressionKind.NextLine),
        ("pirlint-disable-line", SuppressionKind.Line),
        ("pirlint-disable-file", SuppressionKind.File),
        ("pirlint-disable", SuppressionKind.Disable),
        ("pirlint-enable", SuppressionKind.Enable),
    };

    private SuppressionDirective(SuppressionKind kind, string name, IReadOnlyList<string> ids, string reason, SourceSpan span)
    {
        Kind = kind;
        Name = name;
        Ids = ids;
        Reason = reason;
        Span = span;
    }

    public SuppressionKind Kind { get; }

    /// <summary>The directive as written, for messages: <c>pirlint-disable-line</c>.</summary>
    public string Name { get; }

    /// <summary>The rule ids, or <see cref="AllRules"/> alone when the directive names none.</summary>
    public IReadOnlyList<string> Ids { get; }

    /// <summary>The text after <c>--</c>, trimmed; empty when there is none.</summary>
    public string Reason { get; }

    public SourceSpan Span { get; }

    /// <summary>The directive a comment holds, or null for any other comment.</summary>
    public static SuppressionDirective? Parse(SourceComment comment)
    {
        var text = comment.Text.Trim();
        foreach (var (name, kind) in Names)
        {
            if (!text.StartsWith(name, StringComparison.Ordinal) || (text.Length > name.Length && !char.IsWhiteSpace(text[name.Length])))
            {
                continue;
            }

            var rest = text.Substring(name.Length);
            var reason = string.Empty;
            var dashes = rest.IndexOf("--", StringComparison.Ordinal);
            if (dashes >= 0)
            {
                reason = rest.Substring(dashes + 2).Trim();
                rest = rest.Substring(0, dashes);
            }

            var ids = new List<string>();
            foreach (var part in rest.Split(new[] { ',', ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries))
            {
                ids.Add(part.Trim());
            }

            if (ids.Count == 0)
            {
                ids.Add(AllRules);
            }

            return new SuppressionDirective(kind, name, ids, reason, comment.Span);
        }

        return null;
    }

    public static List<SuppressionDirective> ParseAll(IReadOnlyList<SourceComment> comments)
    {
        var directives = new List<SuppressionDirective>();
        foreach (var comment in comments)
        {
            if (Parse(comment) is { } directive)
            {
                directives.Add(directive);
            }
        }

        return directives;
    }
}
