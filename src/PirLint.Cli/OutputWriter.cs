using System.Collections.Generic;
using System.IO;
using PirLint.Diagnostics;

namespace PirLint.Cli;

/// <summary>
/// The output forms of <c>pirlint check</c>: MSBuild canonical text, a JSON array, SARIF 2.1.0, GitHub Actions
/// workflow commands, JUnit XML and GitLab Code Quality JSON.
/// </summary>
internal static class OutputWriter
{
    public static readonly string[] Formats = { "text", "json", "sarif", "github", "junit", "gitlab" };

    /// <param name="files">The display paths of the files checked, in order.</param>
    /// <param name="warningsFail">For JUnit: report warnings as failures, not as system-out.</param>
    public static void Write(string format, IReadOnlyList<PirDiagnostic> diagnostics, IReadOnlyList<string> files, TextWriter output, bool warningsFail = false)
    {
        switch (format)
        {
            case "json":
                output.WriteLine(Json(diagnostics));
                break;
            case "sarif":
                output.WriteLine(SarifWriter.Write(diagnostics));
                break;
            case "github":
                GitHubWriter.Write(diagnostics, output);
                break;
            case "junit":
                output.Write(JUnitWriter.Write(diagnostics, files, warningsFail));
                break;
            case "gitlab":
                output.WriteLine(GitLabWriter.Write(diagnostics));
                break;
            default:
                WriteText(diagnostics, files.Count, output);
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

    /// <summary>PATH(line,column,endLine,endColumn), as the text form and MSBuild write a place.</summary>
    public static string Location(PirDiagnostic d) => $"{d.Path}({d.Span.StartLine},{d.Span.StartColumn},{d.Span.EndLine},{d.Span.EndColumn})";

    private static void WriteText(IReadOnlyList<PirDiagnostic> diagnostics, int fileCount, TextWriter output)
    {
        int errors = 0, warnings = 0, infos = 0;
        foreach (var d in diagnostics)
        {
            output.WriteLine($"{Location(d)}: {SeverityName(d.Severity)} {d.Id}: {d.Message}");
            switch (d.Severity)
            {
                case PirSeverity.Error: errors++; break;
                case PirSeverity.Warning: warnings++; break;
                default: infos++; break;
            }
        }

        output.WriteLine($"{fileCount} file(s) checked: {errors} error(s), {warnings} warning(s), {infos} info(s).");
    }

    private static string Json(IReadOnlyList<PirDiagnostic> diagnostics) =>
        JsonOutput.Write(writer =>
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
        });
}
