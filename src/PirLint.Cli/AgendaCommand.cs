using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using PirLint.Analysis;
using PirLint.Documents;
using PirLint.Model;

namespace PirLint.Cli;

/// <summary>
/// <c>pirlint agenda FILE</c>: the background article's 60-minute blameless review meeting, filled in from the review:
/// its timeline to walk through, the four analysis layers as prompts, and the action item table to fill.
/// </summary>
internal static class AgendaCommand
{
    /// <summary>The article's agenda: item, minutes, facilitator's notes.</summary>
    private static readonly (string Item, int Minutes, string Notes)[] Agenda =
    {
        ("Set the tone", 5, "Remind everyone this is blameless. We are investigating the system, not judging individuals. Anyone could have made the same decisions given the same information."),
        ("Timeline walkthrough", 15, "Walk through the timeline chronologically. Each person adds context from their perspective. Focus on what they knew at each point, not what they know now."),
        ("Root cause analysis", 15, "Use the four-layer analysis. Start with the immediate trigger and work backward to systemic factors."),
        ("What went well", 5, "Acknowledge effective actions. Detection, response, communication, and recovery that worked."),
        ("What could be improved", 10, "Focus on processes, tools, and systems. Convert each improvement into a concrete, assignable action item."),
        ("Action items and owners", 10, "Each action item gets an owner, priority, and due date. Create tickets before ending the meeting."),
    };

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, string currentDirectory)
    {
        var commandLine = CommandLine.Parse(args, "--schema", "--config");
        var loaded = ReviewFile.Load(commandLine, currentDirectory, "agenda", stderr);
        if (loaded == null)
        {
            return CliApplication.ErrorsFound;
        }

        stdout.Write(Write(loaded));
        return CliApplication.Success;
    }

    public static string Write(ReviewFile loaded)
    {
        var review = loaded.Review;
        var output = new StringBuilder();
        var total = 0;
        foreach (var entry in Agenda)
        {
            total += entry.Minutes;
        }

        output.Append("# Blameless post-incident review: ").Append(review.IncidentId?.Value.Trim() ?? loaded.DisplayName).Append("\n\n");
        if (review.Title != null)
        {
            output.Append(MarkdownText.OneLine(review.Title.Value));
            var facts = Join(", ", review.Severity?.Value.Trim(), review.Category?.Value.Trim());
            output.Append(facts.Length > 0 ? $" ({facts})" : string.Empty).Append("\n\n");
        }

        output.Append($"- Meeting: {review.ReviewDate?.Value.Trim() ?? "date not set"}, {total} minutes\n");
        output.Append("- Facilitator: ").Append(Facilitator(review)).Append('\n');
        if (review.Attendees.Count > 0)
        {
            var names = new List<string>();
            foreach (var attendee in review.Attendees)
            {
                names.Add(attendee.Value.Trim());
            }

            output.Append("- Attendees: ").Append(string.Join(", ", names)).Append('\n');
        }

        output.Append("- Review: ").Append(loaded.DisplayName).Append('\n');
        var start = 0;
        for (var i = 0; i < Agenda.Length; i++)
        {
            var (item, minutes, notes) = Agenda[i];
            output.Append($"\n## {Clock(start)}-{Clock(start + minutes)}  {item} ({minutes} min)\n\n{notes}\n");
            start += minutes;
            switch (i)
            {
                case 1:
                    AppendTimeline(output, review);
                    AppendAgent(output, review);
                    break;
                case 2:
                    AppendLayers(output, review, loaded.DisplayName);
                    break;
                case 3:
                    AppendBullets(output, review.StringList("what_went_well"));
                    break;
                case 4:
                    AppendBullets(output, review.StringList("what_went_poorly"));
                    break;
                case 5:
                    AppendActionItems(output, review, loaded.Options.ActionItemsMin, loaded.Options.ActionItemsMax);
                    break;
            }
        }

        return output.ToString();
    }

    private static string Facilitator(Review review)
    {
        if (review.Facilitator is not { } facilitator)
        {
            return "not named yet: choose someone who was not involved in the incident";
        }

        var folded = NameFolding.FoldPersonName(facilitator.Value);
        foreach (var e in review.Timeline)
        {
            if (e.Actor != null && NameFolding.FoldPersonName(e.Actor.Value) == folded)
            {
                return $"{facilitator.Value.Trim()}; note: they are an actor of the timeline (line {e.Actor.Span.StartLine}), so they were involved: " +
                       "ask someone who was not involved to facilitate";
            }
        }

        return facilitator.Value.Trim() + " (not involved in the incident)";
    }

    private static void AppendTimeline(StringBuilder output, Review review)
    {
        if (review.Timeline.Count == 0)
        {
            output.Append("\nThe review has no timeline yet: build it together, event by event.\n");
            return;
        }

        output.Append("\n| Time | Event | Actor | Source | What did we know then? |\n|---|---|---|---|---|\n");
        foreach (var e in review.Timeline)
        {
            output.Append($"| {Cell(e.Time)} | {Cell(e.Event)} | {Cell(e.Actor)} | {Cell(e.Source)} |  |\n");
        }
    }

    /// <summary>The agent's facts from the <c>ai_agent</c> block, to hold beside the timeline: what ran, and what was meant to catch it.</summary>
    private static void AppendAgent(StringBuilder output, Review review)
    {
        if (review.AiAgent is not { } agent)
        {
            if (review.IsAgentIncident)
            {
                output.Append("\nThe review does not say which agent, models and prompt version were involved: write the ai_agent block together.\n");
            }

            return;
        }

        output.Append("\nThe agent, as the review records it:\n\n");
        var name = agent.Name?.Value.Trim() ?? "(no name)";
        output.Append("- Agent: ").Append(MarkdownText.OneLine(name));
        output.Append(agent.Autonomy != null ? $" ({MarkdownText.OneLine(agent.Autonomy.Value.Trim())})" : string.Empty).Append('\n');
        if (agent.Models.Count > 0)
        {
            var models = new List<string>();
            foreach (var model in agent.Models)
            {
                var details = Join(", ", model.Provider?.Value.Trim(), model.Role?.Value.Trim());
                models.Add(model.Id.Value.Trim() + (details.Length > 0 ? $" ({details})" : string.Empty));
            }

            output.Append("- Models: ").Append(MarkdownText.OneLine(string.Join("; ", models))).Append('\n');
        }

        if (agent.PromptVersion != null || agent.PreviousPromptVersion != null)
        {
            var prompt = agent.PreviousPromptVersion != null && agent.PromptVersion != null
                ? $"{agent.PreviousPromptVersion.Value.Trim()} -> {agent.PromptVersion.Value.Trim()}"
                : (agent.PromptVersion ?? agent.PreviousPromptVersion)!.Value.Trim();
            output.Append("- Prompt version: ").Append(MarkdownText.OneLine(prompt)).Append('\n');
        }

        AppendList(output, "Tools", agent.Tools, null);
        AppendList(output, "Guardrails", agent.Guardrails, "none listed: what should have stopped this output or action?");
        AppendList(output, "Evals", agent.Evals, "none listed: which eval would have caught this?");
        AppendList(output, "Traces", agent.Traces, null);
    }

    private static void AppendList(StringBuilder output, string title, IReadOnlyList<ScalarNode> items, string? whenEmpty)
    {
        if (items.Count == 0)
        {
            if (whenEmpty != null)
            {
                output.Append("- ").Append(title).Append(": ").Append(whenEmpty).Append('\n');
            }

            return;
        }

        var texts = new List<string>();
        foreach (var item in items)
        {
            texts.Add(item.Value.Trim());
        }

        output.Append("- ").Append(title).Append(": ").Append(MarkdownText.OneLine(string.Join(", ", texts))).Append('\n');
    }

    private static void AppendLayers(StringBuilder output, Review review, string displayName)
    {
        output.Append('\n');
        var layers = new[]
        {
            ("Immediate trigger", "immediate_trigger", RootCauseAnalysis.TriggerQuestion),
            ("Detection gap", "detection_gap", RootCauseAnalysis.DetectionQuestion),
            ("Prevention gap", "prevention_gap", RootCauseAnalysis.PreventionQuestion),
            ("Systemic factor", "systemic_factor", RootCauseAnalysis.SystemicQuestion),
        };
        for (var i = 0; i < layers.Length; i++)
        {
            var (title, key, question) = layers[i];
            output.Append($"{i + 1}. **{title}**: {question}\n");
            var value = review.Analysis?.Get(key);
            var written = new List<ScalarNode>();
            if (Review.Text(value) is { } single)
            {
                written.Add(single);
            }

            written.AddRange(Review.Texts(value));
            foreach (var line in written)
            {
                output.Append("   - the review says: ").Append(MarkdownText.OneLine(line.Value)).Append('\n');
            }
        }

        output.Append($"\n`pirlint analyze {displayName}` drafts the four layers from the timeline and the category.\n");
    }

    private static void AppendBullets(StringBuilder output, IReadOnlyList<ScalarNode> items)
    {
        if (items.Count == 0)
        {
            return;
        }

        output.Append('\n');
        foreach (var item in items)
        {
            output.Append("- ").Append(MarkdownText.OneLine(item.Value)).Append('\n');
        }
    }

    private static void AppendActionItems(StringBuilder output, Review review, int min, int max)
    {
        output.Append($"\nAim for {min} to {max} high-impact items: p0_immediate is due within a day, p1_this_week within 7 days, p2_this_quarter by the end of the quarter.\n\n");
        output.Append("| # | Action item | Owner | Priority | Due date | Ticket |\n|---|---|---|---|---|---|\n");
        var row = 0;
        foreach (var item in review.ActionItems)
        {
            row++;
            output.Append($"| {row} | {Cell(item.Description)} | {Cell(item.Owner)} | {Cell(item.Priority)} | {Cell(item.DueDate)} | {Cell(item.TicketUrl)} |\n");
        }

        while (row < max)
        {
            row++;
            output.Append($"| {row} |  |  |  |  |  |\n");
        }
    }

    private static string Cell(ScalarNode? node) => node == null ? string.Empty : MarkdownText.Cell(node.Value);

    private static string Clock(int minutes) => $"{minutes / 60}:{(minutes % 60).ToString("00", CultureInfo.InvariantCulture)}";

    private static string Join(string separator, params string?[] parts)
    {
        var kept = new List<string>();
        foreach (var part in parts)
        {
            if (!string.IsNullOrEmpty(part))
            {
                kept.Add(part!);
            }
        }

        return string.Join(separator, kept);
    }
}
