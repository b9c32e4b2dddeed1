using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using PirLint.Diagnostics;
using PirLint.Rules;

namespace PirLint.Cli;

/// <summary>
/// SARIF 2.1.0 as GitHub code scanning takes it: every rule with a PascalCase name, descriptions, help from its rule
/// page and tags; every result with a fingerprint from its rule, file and key path, so an alert is followed through
/// commits. Checked with Microsoft's SARIF Multitool and GitHub's rules (<c>validate --rule-kind "Sarif;Gh"</c>).
/// </summary>
internal static class SarifWriter
{
    public static string Write(IReadOnlyList<PirDiagnostic> diagnostics)
    {
        var ruleIndex = new Dictionary<string, int>();
        for (var i = 0; i < RuleCatalog.All.Count; i++)
        {
            ruleIndex[RuleCatalog.All[i].Id] = i;
        }

        var fingerprints = DiagnosticFingerprints.Compute(diagnostics);
        return JsonOutput.Write(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
            writer.WriteString("version", "2.1.0");
            writer.WriteStartArray("runs");
            writer.WriteStartObject();
            writer.WriteStartObject("tool");
            writer.WriteStartObject("driver");
            writer.WriteString("name", "PirLint");
            writer.WriteString("informationUri", "https://github.com/pirlint/pirlint");
            writer.WriteString("semanticVersion", typeof(SarifWriter).Assembly.GetName().Version?.ToString(3) ?? "0.0.0");
            writer.WriteStartArray("rules");
            foreach (var rule in RuleCatalog.All)
            {
                WriteRule(writer, rule);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.WriteEndObject();
            writer.WriteString("columnKind", "utf16CodeUnits");
            writer.WriteStartArray("results");
            for (var i = 0; i < diagnostics.Count; i++)
            {
                var d = diagnostics[i];
                writer.WriteStartObject();
                writer.WriteString("ruleId", d.Id);
                if (ruleIndex.TryGetValue(d.Id, out var index))
                {
                    writer.WriteNumber("ruleIndex", index);
                }

                writer.WriteString("level", Level(d.Severity));
                writer.WriteStartObject("message");
                writer.WriteString("text", d.Message);
                writer.WriteEndObject();
                writer.WriteStartArray("locations");
                writer.WriteStartObject();
                writer.WriteStartObject("physicalLocation");
                writer.WriteStartObject("artifactLocation");
                writer.WriteString("uri", RelativeUri(d.Path));
                writer.WriteEndObject();
                writer.WriteStartObject("region");
                writer.WriteNumber("startLine", d.Span.StartLine);
                writer.WriteNumber("startColumn", d.Span.StartColumn);
                writer.WriteNumber("endLine", d.Span.EndLine);
                writer.WriteNumber("endColumn", d.Span.EndColumn);
                writer.WriteEndObject();
                writer.WriteEndObject();
                writer.WriteEndObject();
                writer.WriteEndArray();
                writer.WriteStartObject("partialFingerprints");
                writer.WriteString(DiagnosticFingerprints.SarifName, fingerprints[i]);
                writer.WriteEndObject();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.WriteEndArray();
            writer.WriteEndObject();
        });
    }

    /// <summary>A title as a PascalCase identifier: "Action item has no owner" becomes ActionItemHasNoOwner.</summary>
    public static string PascalCase(string title)
    {
        var name = new StringBuilder(title.Length);
        var startOfWord = true;
        foreach (var c in title)
        {
            if (!char.IsLetterOrDigit(c))
            {
                startOfWord = true;
                continue;
            }

            name.Append(startOfWord ? char.ToUpperInvariant(c) : c);
            startOfWord = false;
        }

        return name.ToString();
    }

    /// <summary>A path relative to the folder pirlint ran in, as a relative URI: '/' separators, each segment escaped.</summary>
    public static string RelativeUri(string path)
    {
        var segments = path.Replace('\\', '/').Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            segments[i] = Uri.EscapeDataString(segments[i]);
        }

        return string.Join("/", segments);
    }

    private static void WriteRule(Utf8JsonWriter writer, RuleDescriptor rule)
    {
        var help = RulePages.Help(rule);
        writer.WriteStartObject();
        writer.WriteString("id", rule.Id);
        writer.WriteString("name", PascalCase(rule.Title));
        writer.WriteStartObject("shortDescription");
        writer.WriteString("text", Sentence(rule.Title));
        writer.WriteEndObject();
        writer.WriteStartObject("fullDescription");
        writer.WriteString("text", Sentence(rule.Description));
        writer.WriteEndObject();
        writer.WriteStartObject("help");
        writer.WriteString("text", help.Text);
        writer.WriteString("markdown", help.Markdown);
        writer.WriteEndObject();
        writer.WriteString("helpUri", rule.HelpUri);
        writer.WriteStartObject("defaultConfiguration");
        writer.WriteString("level", Level(rule.DefaultSeverity));
        writer.WriteEndObject();
        writer.WriteStartObject("properties");
        writer.WriteString("category", rule.Category);
        writer.WriteStartArray("tags");
        writer.WriteStringValue("post-incident-review");
        writer.WriteStringValue(rule.Category.ToLowerInvariant().Replace(' ', '-'));
        writer.WriteEndArray();
        writer.WriteString("problem.severity", rule.DefaultSeverity switch
        {
            PirSeverity.Error => "error",
            PirSeverity.Warning => "warning",
            _ => "recommendation",
        });
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static string Sentence(string text) => text.EndsWith(".", StringComparison.Ordinal) ? text : text + ".";

    private static string Level(PirSeverity severity) =>
        severity switch
        {
            PirSeverity.Error => "error",
            PirSeverity.Warning => "warning",
            _ => "note",
        };
}
