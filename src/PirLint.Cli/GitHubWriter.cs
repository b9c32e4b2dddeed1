using System.Collections.Generic;
using System.IO;
using System.Text;
using PirLint.Diagnostics;
using PirLint.Rules;

namespace PirLint.Cli;

/// <summary>
/// GitHub Actions workflow commands, one line per diagnostic (<c>::error file=...,line=...::message</c>), which the
/// runner turns into annotations on the pull request's diff.
/// </summary>
internal static class GitHubWriter
{
    public static void Write(IReadOnlyList<PirDiagnostic> diagnostics, TextWriter output)
    {
        foreach (var d in diagnostics)
        {
            var command = d.Severity switch
            {
                PirSeverity.Error => "error",
                PirSeverity.Warning => "warning",
                _ => "notice",
            };
            var title = RuleCatalog.Find(d.Id) is { } rule ? d.Id + " " + rule.Title : d.Id;
            var s = d.Span;
            output.Write("::" + command +
                         " file=" + EscapeProperty(d.Path.Replace('\\', '/')) +
                         ",line=" + s.StartLine + ",endLine=" + s.EndLine +
                         ",col=" + s.StartColumn + ",endColumn=" + s.EndColumn +
                         ",title=" + EscapeProperty(title) +
                         "::" + EscapeData(d.Message));
            output.Write('\n');
        }
    }

    /// <summary>A message: '%', CR and LF escaped, as the runner requires.</summary>
    public static string EscapeData(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            escaped.Append(c switch
            {
                '%' => "%25",
                '\r' => "%0D",
                '\n' => "%0A",
                _ => c.ToString(),
            });
        }

        return escaped.ToString();
    }

    /// <summary>A property value (file, title): also ':' and ',', which would end it.</summary>
    public static string EscapeProperty(string text) =>
        EscapeData(text).Replace(":", "%3A").Replace(",", "%2C");
}
