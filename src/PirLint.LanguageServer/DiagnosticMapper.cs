using System.Collections.Generic;
using PirLint.Diagnostics;
using PirLint.LanguageServer.Protocol;
using PirLint.Rules;

namespace PirLint.LanguageServer;

/// <summary>An engine diagnostic as an LSP one: the rule id as code, its page as codeDescription, the configured severity, the exact range.</summary>
internal static class DiagnosticMapper
{
    public static LspDiagnostic ToLsp(PirDiagnostic diagnostic, LintSnapshot snapshot)
    {
        var shift = snapshot.OffsetShift;
        return new LspDiagnostic
        {
            Range = snapshot.Positions.RangeOf(diagnostic.Span.Start + shift, diagnostic.Span.End + shift),
            Severity = Severity(diagnostic.Severity),
            Code = diagnostic.Id,
            CodeDescription = RuleCatalog.Find(diagnostic.Id) is { } rule ? new CodeDescription(rule.HelpUri) : null,
            Message = diagnostic.Message,
        };
    }

    public static List<LspDiagnostic> ToLsp(IReadOnlyList<PirDiagnostic> diagnostics, LintSnapshot snapshot)
    {
        var list = new List<LspDiagnostic>(diagnostics.Count);
        foreach (var diagnostic in diagnostics)
        {
            list.Add(ToLsp(diagnostic, snapshot));
        }

        return list;
    }

    public static int Severity(PirSeverity severity) =>
        severity switch
        {
            PirSeverity.Error => 1,
            PirSeverity.Warning => 2,
            PirSeverity.Info => 3,
            _ => 4,
        };
}
