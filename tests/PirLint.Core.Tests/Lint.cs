using System.Collections.Generic;
using System.Linq;
using System.Text;
using PirLint.Configuration;
using PirLint.Diagnostics;
using PirLint.Engine;

namespace PirLint.Tests;

/// <summary>Runs the engine on a document given as text, as every host does.</summary>
internal static class Lint
{
    public static IReadOnlyList<PirDiagnostic> Yaml(string text, params (string Key, string Value)[] config) =>
        Run("review.pir.yaml", text, config);

    public static IReadOnlyList<PirDiagnostic> Markdown(string text, params (string Key, string Value)[] config) =>
        Run("review.pir.md", text, config);

    public static IReadOnlyList<PirDiagnostic> Run(string path, string text, params (string Key, string Value)[] config)
    {
        var options = config.Length == 0
            ? PirLintOptions.Default
            : PirLintOptions.FromConfig(config.Select(c => new KeyValuePair<string, string>(c.Key, c.Value)));
        return new PirLintEngine().Lint(path, Encoding.UTF8.GetBytes(text), options).Diagnostics;
    }

    public static IReadOnlyList<PirDiagnostic> Only(this IReadOnlyList<PirDiagnostic> diagnostics, string id) =>
        diagnostics.Where(d => d.Id == id).ToList();

    public static string Ids(this IReadOnlyList<PirDiagnostic> diagnostics) =>
        string.Join(",", diagnostics.Select(d => d.Id).Distinct().OrderBy(i => i, System.StringComparer.Ordinal));
}
