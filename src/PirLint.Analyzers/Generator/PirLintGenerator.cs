using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PirLint.Configuration;
using PirLint.Diagnostics;
using PirLint.Engine;
using PirLint.Hosting;

namespace PirLint.Analyzers.Generator;

/// <summary>
/// Generates C# types from the effective schema and typed data from the project's reviews. It reports nothing (the
/// analyzer does); a review with an error is left out of <c>PirCatalog</c>.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class PirLintGenerator : IIncrementalGenerator
{
    public const string SchemaStep = "PirLint.Schema";
    public const string ReviewInputStep = "PirLint.ReviewInput";
    public const string ReviewStep = "PirLint.Review";
    public const string CatalogStep = "PirLint.Catalog";
    public const string NameStep = "PirLint.Name";

    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var settings = context.AnalyzerConfigOptionsProvider
            .Select(static (provider, _) => new GeneratorSettings(NamespaceOf(provider.GlobalOptions)));

        // Every schema file and the project's schema setting: which schema governs each review (Core's policy, as in
        // the analyzer), and the project's schema, from which the types are built.
        var projectSchemaPath = context.AnalyzerConfigOptionsProvider
            .Select(static (provider, _) => provider.GlobalOptions.TryGetValue(OptionKeys.ProjectSchemaProperty, out var path) ? path : null);
        var schemas = context.AdditionalTextsProvider
            .Combine(projectSchemaPath)
            .Where(static pair => ProjectSchemas.IsSchemaFile(pair.Left.Path, pair.Right))
            .Select(static (pair, cancellationToken) => new SchemaFile(pair.Left.Path, pair.Left.GetText(cancellationToken)?.ToString() ?? string.Empty))
            .Collect()
            .Combine(projectSchemaPath)
            .Select(static (pair, _) => new ProjectSchemas(pair.Left, pair.Right));
        var schema = schemas
            .Select(static (set, _) => SchemaModelBuilder.Build(set.Project.Engine.Schema))
            .WithTrackingName(SchemaStep);

        var reviews = context.AdditionalTextsProvider
            .Where(static file => ReviewFiles.IsReview(file.Path))
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, cancellationToken) =>
            {
                var text = pair.Left.GetText(cancellationToken);
                var readable = text != null && PirLint.Analyzers.ReviewText.IsUtf8(text) ? text.ToString() : null;
                return new ReviewInput(pair.Left.Path, readable, PirLintOptionsOf(ReviewResults.OptionPairs(pair.Right, pair.Left))) { Source = text };
            })
            .WithTrackingName(ReviewInputStep)
            .Combine(schema.Combine(schemas))
            .Select(static (pair, cancellationToken) => BuildReview(pair.Left, pair.Right.Left, pair.Right.Right, cancellationToken))
            .WithTrackingName(ReviewStep)
            .Combine(BaseFolder(context))
            .Select(static (pair, _) => Named(pair.Left, pair.Right))
            .WithTrackingName(NameStep);

        context.RegisterSourceOutput(schema.Combine(settings), static (output, pair) =>
            output.AddSource("PirLint.Types.g.cs", SourceWriter.Types(pair.Left, pair.Right)));

        context.RegisterSourceOutput(reviews.Combine(settings), static (output, pair) =>
        {
            if (pair.Left.Initializer != null)
            {
                output.AddSource("PirLint.Review." + pair.Left.Key + ".g.cs", SourceWriter.Review(pair.Left, pair.Right));
            }
        });

        var catalog = reviews
            .Select(static (review, _) => review with { Initializer = review.Initializer == null ? null : string.Empty })
            .Collect()
            .WithTrackingName(CatalogStep);
        context.RegisterSourceOutput(catalog.Combine(settings), static (output, pair) =>
            output.AddSource("PirLint.Catalog.g.cs", SourceWriter.Catalog(CatalogEntries(pair.Left), pair.Right)));
    }

    /// <summary>
    /// The review's generated data, or none when the compiler could not read it as UTF-8 (the analyzer reports PIR001),
    /// when it has errors, or when another schema than the project's governs it: its data would not fit the types.
    /// </summary>
    private static ReviewModel BuildReview(ReviewInput input, SchemaModel schema, ProjectSchemas schemas, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var key = string.Empty; // Named sets it, from the path relative to the project
        if (input.Text == null)
        {
            return new ReviewModel(input.Path, key, null, null);
        }

        var options = new List<KeyValuePair<string, string>>();
        foreach (var entry in input.Options)
        {
            options.Add(new KeyValuePair<string, string>(entry.Key, entry.Value));
        }

        var governing = schemas.For(input.Path);
        var result = governing.Engine.Lint(input.Path, input.Text, PirLintOptions.FromConfig(options), out var document);
        if (input.Source != null)
        {
            ReviewResults.For(input.Source).Add(ReviewResults.Key(input.Path, governing, options), result);
        }

        if (!string.Equals(governing.Path, schemas.Project.Path, StringComparison.Ordinal))
        {
            return new ReviewModel(input.Path, key, null, null);
        }

        var id = document == null ? null : new Model.Review(document).IncidentId?.Value;
        foreach (var diagnostic in result.Diagnostics)
        {
            if (diagnostic.Severity == PirSeverity.Error)
            {
                return new ReviewModel(input.Path, key, id, null);
            }
        }

        return new ReviewModel(input.Path, key, id, document == null ? null : ReviewDataWriter.Write(document.Root, schema));
    }

    /// <summary>Public names from the ids, in path order; reviews that share an id (PIR006) are left out.</summary>
    private static List<(string Name, ReviewModel Review)> CatalogEntries(ImmutableArray<ReviewModel> reviews)
    {
        var included = new List<ReviewModel>();
        var idCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var review in reviews)
        {
            if (review.Initializer != null && review.Id != null)
            {
                included.Add(review);
                idCounts[review.Id] = idCounts.TryGetValue(review.Id, out var count) ? count + 1 : 1;
            }
        }

        included.Sort((a, b) => string.CompareOrdinal(a.RelativePath, b.RelativePath));
        var used = new HashSet<string>(StringComparer.Ordinal) { "All", "PirCatalog" };
        var entries = new List<(string, ReviewModel)>();
        foreach (var review in included)
        {
            if (idCounts[review.Id!] == 1)
            {
                entries.Add((CSharpNames.Unique(CSharpNames.Underscored(review.Id!), used), review));
            }
        }

        return entries;
    }

    /// <summary>
    /// The folder the generated code's paths are relative to: the project folder, or when the build gives none, the
    /// deepest folder that holds every review. Either way the generated code does not depend on where the project lies.
    /// </summary>
    private static IncrementalValueProvider<string> BaseFolder(IncrementalGeneratorInitializationContext context) =>
        context.AnalyzerConfigOptionsProvider
            .Select(static (provider, _) => ProjectPaths.ProjectFolder(provider.GlobalOptions))
            .Combine(context.AdditionalTextsProvider.Where(static file => ReviewFiles.IsReview(file.Path)).Select(static (file, _) => file.Path).Collect())
            .Select(static (pair, _) => pair.Left ?? ProjectPaths.CommonFolder(pair.Right));

    /// <summary>The review with its path relative to <paramref name="baseFolder"/> and the name derived from it.</summary>
    private static ReviewModel Named(ReviewModel review, string baseFolder)
    {
        var relative = ProjectPaths.Relative(baseFolder, review.Path);
        return review with { Key = ProjectPaths.MemberKey(relative), RelativePath = relative };
    }

    private static string NamespaceOf(AnalyzerConfigOptions options)
    {
        var name = options.TryGetValue("build_property.PirLintNamespace", out var configured) && !string.IsNullOrWhiteSpace(configured)
            ? configured
            : options.TryGetValue("build_property.RootNamespace", out var root) && !string.IsNullOrWhiteSpace(root) ? root : "PirLint.Generated";
        var parts = new List<string>();
        foreach (var part in name.Split('.'))
        {
            if (part.Trim().Length > 0)
            {
                parts.Add(CSharpNames.Underscored(part.Trim()));
            }
        }

        return parts.Count == 0 ? "PirLint.Generated" : string.Join(".", parts);
    }

    private static EquatableArray<ConfigEntry> PirLintOptionsOf(List<KeyValuePair<string, string>> pairs)
    {
        var entries = new List<ConfigEntry>(pairs.Count);
        foreach (var pair in pairs)
        {
            entries.Add(new ConfigEntry(pair.Key, pair.Value));
        }

        return entries.ToEquatableArray();
    }
}
