using System;
using System.Collections.Generic;
using PirLint.Documents;

namespace PirLint.Rules;

/// <summary>
/// Names that stand for nobody: an owner or facilitator written like this is missing. Compared by the contract's name
/// folding (<c>TBD.</c>, <c>t.b.d.</c> and <c>-</c> are placeholders), and a name whose last word is a group of people
/// (<c>the SRE team</c>, <c>platform-squad</c>) is one too: an item owned by a team is owned by no one.
/// </summary>
internal static class Placeholders
{
    private static readonly HashSet<string> FoldedNames = new(StringComparer.Ordinal)
    {
        "tbd", "tba", "tbc", "unassigned", "unknown", "none", "nobody", "noone", "everyone", "all", "na", "n/a", "team", "?", "??", "???",
    };

    private static readonly HashSet<string> GroupWords = new(StringComparer.Ordinal) { "team", "squad", "group", "crew" };

    private static readonly char[] WordSeparators = { ' ', '\t', '-', '_', '.' };

    public static bool IsPlaceholder(string name)
    {
        var folded = NameFolding.FoldPersonName(name);
        return folded.Length == 0 || FoldedNames.Contains(folded) || IsGroup(name);
    }

    /// <summary>What is wrong with a placeholder, for messages: a group of people, or no name at all.</summary>
    public static string WhyNobody(string name) =>
        IsGroup(name) && !FoldedNames.Contains(NameFolding.FoldPersonName(name)) ? "which is a group, not one person" : "which names nobody";

    /// <summary>True when the last word (split at <see cref="WordSeparators"/>) folds to a group word.</summary>
    private static bool IsGroup(string name)
    {
        var end = name.Length;
        while (end > 0 && Array.IndexOf(WordSeparators, name[end - 1]) >= 0)
        {
            end--;
        }

        if (end == 0)
        {
            return false;
        }

        var start = name.LastIndexOfAny(WordSeparators, end - 1) + 1;
        return GroupWords.Contains(NameFolding.FoldPersonName(start == 0 && end == name.Length ? name : name.Substring(start, end - start)));
    }
}
