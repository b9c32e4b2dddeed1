using System;
using System.Collections.Generic;

namespace PirLint.Rules;

/// <summary>Names that stand for nobody: an owner or facilitator written like this is missing.</summary>
internal static class Placeholders
{
    private static readonly HashSet<string> Names = new(StringComparer.OrdinalIgnoreCase) { "tbd", "unassigned", "team", "everyone", "n/a", "?" };

    public static bool IsPlaceholder(string name) => Names.Contains(name.Trim());
}
