using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using PirLint.Analysis;
using PirLint.Documents;
using PirLint.Model;

namespace PirLint.Cli;

/// <summary><c>pirlint analyze FILE</c>: drafts the four-layer root cause analysis from the review itself.</summary>
internal static class AnalyzeCommand
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, string currentDirectory)
    {
        var commandLine = CommandLine.Parse(args, "--format", "--schema", "--config");
        var format = commandLine.Get("--format") ?? "text";
        if (format is not ("text" or "yaml"))
        {
            throw new UsageException($"unknown format '{format}'; use text or yaml");
        }

        var loaded = ReviewFile.Load(commandLine, currentDirectory, "analyze", stderr);
        if (loaded == null)
        {
            return CliApplication.ErrorsFound;
        }

        var analysis = RootCauseAnalyzer.Analyze(loaded.Review, loaded.Options);
        stdout.Write(format == "yaml" ? Yaml(analysis, loaded) : Text(analysis, loaded));
        return CliApplication.Success;
    }

    /// <summary>An <c>analysis:</c> block ready to paste into the review; remarks are YAML comments above it.</summary>
    public static string Yaml(RootCauseAnalysis analysis, ReviewFile loaded)
    {
        var output = new StringBuilder();
        output.Append("# Drafted by 'pirlint analyze' from ").Append(YamlText.Comment(loaded.DisplayName)).Append(": check every line with the team.\n");
        foreach (var note in analysis.Notes)
        {
            output.Append("# Note: ").Append(YamlText.Comment(note)).Append('\n');
        }

        output.Append("analysis:\n");
        output.Append("  immediate_trigger: ").Append(YamlText.Quote(analysis.ImmediateTrigger)).Append('\n');
        AppendList(output, "detection_gap", analysis.DetectionGaps);
        AppendList(output, "prevention_gap", analysis.PreventionGaps);
        AppendList(output, "systemic_factor", analysis.SystemicFactors);
        return output.ToString();
    }

    public static string Text(RootCauseAnalysis analysis, ReviewFile loaded)
    {
        var output = new StringBuilder();
        output.Append("Four-layer root cause analysis of ").Append(loaded.DisplayName).Append(" (a draft from its timeline and category)\n\n");
        output.Append("1. Immediate trigger: ").Append(RootCauseAnalysis.TriggerQuestion).Append('\n');
        output.Append("   ").Append(analysis.ImmediateTrigger).Append("\n\n");
        output.Append("2. Detection gap: ").Append(RootCauseAnalysis.DetectionQuestion).Append('\n');
        if (analysis.FirstSymptom is { } symptom)
        {
            output.Append("   first symptom: ").Append(Line(symptom)).Append('\n');
        }

        if (analysis.Detection is { } detection)
        {
            var how = analysis.DetectionKind == DetectionKind.Automated ? "automated" : "reported by a person";
            output.Append("   detection:     ").Append(Line(detection)).Append(" [").Append(how).Append("]\n");
        }

        if (analysis.DelayMinutes is { } delay)
        {
            output.Append("   delay:         ").Append(delay).Append(" minutes");
            if (analysis.DeclaredDelayMinutes is { } declared)
            {
                output.Append(declared == delay ? "; agrees with the review's detection_delay" : $"; the review's detection_delay says {declared} minutes");
            }

            output.Append('\n');
        }

        AppendFindings(output, analysis.DetectionGaps);
        output.Append('\n');
        output.Append("3. Prevention gap: ").Append(RootCauseAnalysis.PreventionQuestion).Append('\n');
        AppendFindings(output, analysis.PreventionGaps);
        output.Append('\n');
        output.Append("4. Systemic factor: ").Append(RootCauseAnalysis.SystemicQuestion).Append('\n');
        AppendFindings(output, analysis.SystemicFactors);
        foreach (var note in analysis.Notes)
        {
            output.Append("\nNote: ").Append(note).Append('\n');
        }

        output.Append("\n'pirlint analyze ").Append(loaded.DisplayName).Append(" --format yaml' writes this as an 'analysis:' block to paste into the review.\n");
        return output.ToString();
    }

    private static string Line(TimelineEvent e) =>
        $"{e.Time?.Value.Trim()}  {e.Event?.Value.Trim() ?? "-"} ({e.Actor?.Value.Trim() ?? "-"}, {e.Source?.Value.Trim() ?? "no source"})";

    private static void AppendFindings(StringBuilder output, IReadOnlyList<string> findings)
    {
        foreach (var finding in findings)
        {
            output.Append("   - ").Append(finding).Append('\n');
        }
    }

    private static void AppendList(StringBuilder output, string key, IReadOnlyList<string> items)
    {
        output.Append("  ").Append(key).Append(":\n");
        foreach (var item in items)
        {
            output.Append("    - ").Append(YamlText.Quote(item)).Append('\n');
        }
    }
}
