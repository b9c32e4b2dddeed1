using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using PirLint.Diagnostics;

namespace PirLint.Analyzers;

/// <summary>One Roslyn descriptor per catalogue rule the analyzer runs (never the PIR9xx rules, which need today's date).</summary>
internal static class DiagnosticDescriptors
{
    public static readonly ImmutableDictionary<string, DiagnosticDescriptor> ById = Create();

    public static ImmutableArray<DiagnosticDescriptor> All => ById.Values.ToImmutableArray();

    public static DiagnosticSeverity ToRoslyn(PirSeverity severity) =>
        severity switch
        {
            PirSeverity.Error => DiagnosticSeverity.Error,
            PirSeverity.Warning => DiagnosticSeverity.Warning,
            PirSeverity.Info => DiagnosticSeverity.Info,
            _ => DiagnosticSeverity.Hidden,
        };

    private static ImmutableDictionary<string, DiagnosticDescriptor> Create()
    {
        var builder = ImmutableDictionary.CreateBuilder<string, DiagnosticDescriptor>();
        foreach (var rule in RuleCatalog.All)
        {
            if (rule.NeedsToday)
            {
                continue;
            }

            var tags = rule.Id == RuleCatalog.PIR006.Id ? new[] { WellKnownDiagnosticTags.CompilationEnd } : new string[0];
            builder[rule.Id] = new DiagnosticDescriptor(rule.Id, rule.Title, "{0}", "PirLint." + rule.Category.Replace(" ", string.Empty),
                ToRoslyn(rule.DefaultSeverity), isEnabledByDefault: true, rule.Description, rule.HelpUri, tags);
        }

        return builder.ToImmutable();
    }
}
