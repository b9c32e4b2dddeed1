namespace PirLint.Analyzers.Generator;

/// <summary>A review file as the compiler hands it over, with the PirLint options of that file.</summary>
/// <param name="Text">Null when the compiler could not read the file as UTF-8.</param>
/// <remarks>Compared by path, text and options; the <see cref="Microsoft.CodeAnalysis.Text.SourceText"/> rides along (the result is kept with it for the analyzer).</remarks>
internal sealed record ReviewInput(string Path, string? Text, EquatableArray<ConfigEntry> Options)
{
    public Microsoft.CodeAnalysis.Text.SourceText? Source { get; init; }

    public bool Equals(ReviewInput? other) =>
        other is not null && Path == other.Path && Text == other.Text && Options.Equals(other.Options);

    public override int GetHashCode() => (Path, Text, Options).GetHashCode();
}

internal sealed record ConfigEntry(string Key, string Value);

/// <param name="Path">The path the build gives; it never reaches the generated code.</param>
/// <param name="Key">A name for the review's generated member, derived from <see cref="RelativePath"/> (empty until then).</param>
/// <param name="Initializer">The C# expression that builds the review, or null when it is left out (it has errors).</param>
internal sealed record ReviewModel(string Path, string Key, string? Id, string? Initializer)
{
    /// <summary>The path relative to the project folder with <c>/</c> separators: what the generated code may show.</summary>
    public string RelativePath { get; init; } = string.Empty;
}

internal sealed record GeneratorSettings(string Namespace);
