using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;
using PirLint.Diagnostics;

namespace PirLint.Cli;

/// <summary>The three output forms of <c>pirlint check</c>: MSBuild canonical text, a JSON array, and SARIF 2.1.0.</summary>
internal static class OutputWriter
{
    public static void Write(string format, IReadOnlyList<PirDiagnostic> diagnostics, int fileCount, TextWriter output)
    {
        switch (format)
        {
            case "json":
                output.WriteLine(Json(diagnostics));
                break;
            case "sarif":
                output.WriteLine(Sarif(diagnostics));
                break;
            default:
                WriteText(diagnostics, fileCount, output);
                break;
        }
    }

    public static string SeverityName(PirSeverity severity) =>
        severity switch
        {
            PirSeverity.Error => "error",
            PirSeverity.Warning => "warning",
            _ => "info",
        };

    private static void WriteText(IReadOnlyList<PirDiagnostic> diagnostics, int fileCount, TextWriter output)
    {
        int errors = 0, warnings = 0, infos = 0;
        foreach (var d in diagnostics)
        {
            var s = d.Span;
            output.WriteLine($"{d.Path}({s.StartLine},{s.StartColumn},{s.EndLine},{s.EndColumn}): {SeverityName(d.Severity)} {d.Id}: {d.Message}");
            switch (d.Severity)
            {
                case PirSeverity.Error: errors++; break;
                case PirSeverity.Warning: warnings++; break;
                default: infos++; break;
            }
        }

        output.WriteLine($"{fileCount} file(s) checked: {errors} error(s), {warnings} warning(s), {infos} info(s).");
    }

    private static string Json(IReadOnlyList<PirDiagnostic> diagnostics)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartArray();
            foreach (var d in diagnostics)
            {
                writer.WriteStartObject();
                writer.WriteString("id", d.Id);
                writer.WriteString("severity", SeverityName(d.Severity));
                writer.WriteString("message", d.Message);
                writer.WriteString("file", d.Path);
                writer.WriteNumber("line", d.Span.StartLine);
                writer.WriteNumber("column", d.Span.StartColumn);
                writer.WriteNumber("endLine", d.Span.EndLine);
                writer.WriteNumber("endColumn", d.Span.EndColumn);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static string Sarif(IReadOnlyList<PirDiagnostic> diagnostics)
    {
        var ruleIndex = new Dictionary<string, int>();
        for (var i = 0; i < RuleCatalog.All.Count; i++)
        {
            ruleIndex[RuleCatalog.All[i].Id] = i;
        }

        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
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
            writer.WriteString("semanticVersion", typeof(OutputWriter).Assembly.GetName().Version?.ToString(3) ?? "0.0.0");
            writer.WriteStartArray("rules");
            foreach (var rule in RuleCatalog.All)
            {
                writer.WriteStartObject();
                writer.WriteString("id", rule.Id);
                writer.WriteString("name", rule.Title.Replace(" ", string.Empty));
                writer.WriteStartObject("shortDescription");
                writer.WriteString("text", rule.Title);
                writer.WriteEndObject();
                writer.WriteStartObject("fullDescription");
                writer.WriteString("text", rule.Description);
                writer.WriteEndObject();
                writer.WriteString("helpUri", rule.HelpUri);
                writer.WriteStartObject("defaultConfiguration");
                writer.WriteString("level", SarifLevel(rule.DefaultSeverity));
                writer.WriteEndObject();
                writer.WriteStartObject("properties");
                writer.WriteString("category", rule.Category);
                writer.WriteEndObject();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.WriteEndObject();
            writer.WriteStartArray("results");
            foreach (var d in diagnostics)
            {
                writer.WriteStartObject();
                writer.WriteString("ruleId", d.Id);
                if (ruleIndex.TryGetValue(d.Id, out var index))
                {
                    writer.WriteNumber("ruleIndex", index);
                }

                writer.WriteString("level", SarifLevel(d.Severity));
                writer.WriteStartObject("message");
                writer.WriteString("text", d.Message);
                writer.WriteEndObject();
                writer.WriteStartArray("locations");
                writer.WriteStartObject();
                writer.WriteStartObject("physicalLocation");
                writer.WriteStartObject("artifactLocation");
                writer.WriteString("uri", d.Path);
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
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static string SarifLevel(PirSeverity severity) =>
        severity switch
        {
            PirSeverity.Error => "error",
            PirSeverity.Warning => "warning",
            _ => "note",
        };
}
