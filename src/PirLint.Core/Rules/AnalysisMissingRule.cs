using System;
using System.Collections.Generic;
using PirLint.Diagnostics;
using PirLint.Documents;
using PirLint.Model;

namespace PirLint.Rules;

/// <summary>PIR402: AI-agent incidents get the four-layer root cause analysis.</summary>
public sealed class AnalysisMissingRule : ReviewRule
{
    private static readonly HashSet<string> AgentCategories = new(StringComparer.Ordinal)
    {
        "model_behavior", "prompt_regression", "tool_failure", "data_quality", "safety_violation",
    };

    private static readonly string[] Layers = { "immediate_trigger", "detection_gap", "prevention_gap", "systemic_factor" };

    public override RuleDescriptor Descriptor => RuleCatalog.PIR402;

    public override void Analyze(ReviewContext context)
    {
        if (context.Review.Category is not { } category || !AgentCategories.Contains(category.Value))
        {
            return;
        }

        var analysis = context.Review.Analysis;
        var missing = new List<string>();
        foreach (var layer in Layers)
        {
            var value = analysis?.Get(layer);
            if (Review.Text(value) == null && Review.Texts(value).Count == 0)
            {
                missing.Add(layer);
            }
        }

        if (missing.Count == 0)
        {
            return;
        }

        var what = analysis == null ? "has no 'analysis'" : "has an 'analysis' without " + string.Join(", ", missing);
        context.Report(Descriptor, category.Span,
            $"this {category.Value} incident {what}; add the four layers (immediate_trigger, detection_gap, prevention_gap, systemic_factor), or draft them with 'pirlint analyze'");
    }
}
