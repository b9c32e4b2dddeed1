namespace PirLint.Documents;

/// <summary>The hard limits that make a hostile file harmless: each one, exceeded, is a PIR001.</summary>
public static class PirLimits
{
    public const int MaxBytes = 1024 * 1024;

    public const int MaxDepth = 64;

    public const int MaxAliasExpansion = 10_000;
}
