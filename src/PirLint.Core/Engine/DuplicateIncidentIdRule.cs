using System;
using System.Collections.Generic;
using PirLint.Diagnostics;

namespace PirLint.Engine;

/// <summary>PIR006: incident ids are unique across the reviews of one run (one project, one compilation).</summary>
public static class DuplicateIncidentIdRule
{
    public static RuleDescriptor Descriptor => RuleCatalog.PIR006;

    /// <summary>One diagnostic at each id that another document also uses, naming the first other file in path order.</summary>
    public static IEnumerable<PirDiagnostic> Analyze(IEnumerable<DocumentResult> documents)
    {
        var byId = new Dictionary<string, List<DocumentResult>>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            if (document.IncidentId is not { } id)
            {
                continue;
            }

            if (!byId.TryGetValue(id.Value, out var list))
            {
                byId[id.Value] = list = new List<DocumentResult>();
            }

            list.Add(document);
        }

        foreach (var pair in byId)
        {
            if (pair.Value.Count < 2)
            {
                continue;
            }

            pair.Value.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
            foreach (var document in pair.Value)
            {
                var other = ReferenceEquals(pair.Value[0], document) ? pair.Value[1] : pair.Value[0];
                var otherSpan = other.IncidentId!.Value.Span;
                var message = $"the incident id '{pair.Key}' is also used by {other.Path}({otherSpan.StartLine},{otherSpan.StartColumn}); give each review its own id";
                var diagnostic = new PirDiagnostic(Descriptor.Id, Descriptor.DefaultSeverity, message, document.Path, document.IncidentId!.Value.Span).WithKeyPath("incident_summary.id");
                if (document.Configure(diagnostic) is { } configured)
                {
                    yield return configured;
                }
            }
        }
    }
}
