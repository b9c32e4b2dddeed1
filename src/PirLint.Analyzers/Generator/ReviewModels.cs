namespace PirLint.Analyzers.Generator;

/// <summary>A review file as the compiler hands it over, with the PirLint options of that file.</summary>
/// <param name="Text">Null when the compiler could not read the file as UTF-8.</param>
internal sealed record ReviewInput(string Path, string? Text, EquatableArray<ConfigEntry> Options);

internal sealed record ConfigEntry(string Key, string Value);

/// <param name="Key">A name for the review's generated member, stable for its path.</param>
/// <param name="Initializer">The C# expression that builds the review, or null when it is left out (it has errors).</param>
internal sealed record ReviewModel(string Path, string Key, string? Id, string? Initializer);

internal sealed record GeneratorSettings(string Namespace);
