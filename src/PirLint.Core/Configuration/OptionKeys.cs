using System;

namespace PirLint.Configuration;

/// <summary>
/// How PirLint's options and severities are keyed in <c>.editorconfig</c> and <c>.globalconfig</c> files, for every
/// host: <c>pirlint.*</c> options, <c>pirlint.PIRnnn.severity</c> (per folder) and <c>dotnet_diagnostic.PIRnnn.severity</c>
/// (project-wide, in a global config).
/// </summary>
public static class OptionKeys
{
    /// <summary>The prefix of PirLint's own keys.</summary>
    public const string Prefix = "pirlint.";

    /// <summary>The prefix of the compiler's severity keys.</summary>
    public const string DiagnosticPrefix = "dotnet_diagnostic.";

    /// <summary>The MSBuild property, seen by the analyzer and the generator, that names the project's schema file.</summary>
    public const string ProjectSchemaProperty = "build_property.PirLintSchemaFile";

    /// <summary>True for a key PirLint reads: <c>pirlint.*</c> or <c>dotnet_diagnostic.PIR*</c>, without case.</summary>
    public static bool IsPirLintKey(string key) =>
        key.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase) ||
        (key.StartsWith(DiagnosticPrefix, StringComparison.OrdinalIgnoreCase) &&
         string.Compare(key, DiagnosticPrefix.Length, "pir", 0, 3, StringComparison.OrdinalIgnoreCase) == 0);

    /// <summary><c>pirlint.PIRnnn.severity</c>, the key that works in an <c>.editorconfig</c> section.</summary>
    public static string SeverityKey(string id) => Prefix + id + ".severity";

    /// <summary><c>dotnet_diagnostic.PIRnnn.severity</c>, the compiler's key (a global config or the CLI).</summary>
    public static string DiagnosticSeverityKey(string id) => DiagnosticPrefix + id + ".severity";
}
