using System.Collections.Generic;
using PirLint.Diagnostics;
using PirLint.Rules;

namespace PirLint.Cli;

/// <summary>
/// GitLab Code Quality JSON, which shows findings in merge requests: one issue per diagnostic with the same
/// fingerprint SARIF gives it. Severity: info for infos, minor for warnings, major for errors and critical for a file
/// that cannot be read as a review (PIR001).
/// </summary>
internal static class GitLabWriter
{
    public static string Write(IReadOnlyList<PirDiagnostic> diagnostics)
    {
        var fingerprints = DiagnosticFingerprints.Compute(diagnostics);
        return JsonOutput.Write(writer =>
        {
            writer.WriteStartArray();
            for (var i = 0; i < diagnostics.Count; i++)
            {
                var d = diagnostics[i];
                writer.WriteStartObject();
                writer.WriteString("type", "issue");
                writer.WriteString("check_name", d.Id);
                writer.WriteString("description", $"{d.Id}: {d.Message}");
                writer.WriteStartArray("categories");
                writer.WriteStringValue("Style");
                writer.WriteEndArray();
                writer.WriteString("severity", Severity(d));
                writer.WriteString("fingerprint", fingerprints[i]);
                writer.WriteStartObject("location");
                writer.WriteString("path", d.Path.Replace('\\', '/'));
                writer.WriteStartObject("lines");
                writer.WriteNumber("begin", d.Span.StartLine);
                writer.WriteNumber("end", d.Span.EndLine);
                writer.WriteEndObject();
                writer.WriteEndObject();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        });
    }

    public static string Severity(PirDiagnostic d) =>
        d.Severity switch
        {
            PirSeverity.Error => d.Id == RuleCatalog.PIR001.Id ? "critical" : "major",
            PirSeverity.Warning => "minor",
            _ => "info",
        };
}
