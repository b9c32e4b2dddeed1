using System;
using System.Collections.Generic;
using PirLint.Diagnostics;

namespace PirLint.Diagnostics;

/// <summary>The rule catalogue of the format contract, section 5: every rule id exists here once.</summary>
public static class RuleCatalog
{
    public const string HelpBaseUri = "https://github.com/pirlint/pirlint/blob/main/rules/";

    public static readonly RuleDescriptor PIR001 = new("PIR001", "File cannot be read as a review", PirSeverity.Error, "Document",
        "YAML or front-matter syntax error, bad encoding, not a mapping, or over the limits (1 MiB, nesting 64, alias expansion 10,000 nodes).");

    public static readonly RuleDescriptor PIR002 = new("PIR002", "Required field is missing or empty", PirSeverity.Error, "Schema",
        "A field the schema requires is missing, null, an empty string or an empty list.");

    public static readonly RuleDescriptor PIR003 = new("PIR003", "Value has the wrong type or form", PirSeverity.Error, "Schema",
        "A value is not of the schema's type, or not in its form: date, date-time, duration, uri, pattern or integer.");

    public static readonly RuleDescriptor PIR004 = new("PIR004", "Value is not one of the allowed values", PirSeverity.Error, "Schema",
        "A value is not one of the schema's allowed values; the nearest allowed value is suggested.");

    public static readonly RuleDescriptor PIR005 = new("PIR005", "Unknown field", PirSeverity.Warning, "Schema",
        "A field the schema does not know; the nearest known name is suggested.");

    public static readonly RuleDescriptor PIR006 = new("PIR006", "Duplicate incident id", PirSeverity.Error, "Document",
        "Two reviews in one project share an incident id.");

    public static readonly RuleDescriptor PIR007 = new("PIR007", "Field given twice", PirSeverity.Error, "Document",
        "A key given twice in one mapping, or in the front matter and in a section.");

    public static readonly RuleDescriptor PIR008 = new("PIR008", "Suppression directive not allowed", PirSeverity.Warning, "Document",
        "A suppression directive without a reason when pirlint.suppressions.require_reason = true, or one for a rule listed in pirlint.suppressions.locked (which stays in force).");

    public static readonly RuleDescriptor PIR101 = new("PIR101", "Action item has no owner", PirSeverity.Error, "Action items",
        "An action item has no owner, or a placeholder one (TBD, unassigned, team, everyone, n/a, ?, or a name ending in team, squad, group or crew).");

    public static readonly RuleDescriptor PIR102 = new("PIR102", "Action item has no valid due date", PirSeverity.Error, "Action items",
        "An action item has no due date, or one that is not a date.");

    public static readonly RuleDescriptor PIR103 = new("PIR103", "Too few or too many action items", PirSeverity.Error, "Action items",
        "Fewer than 3 or more than 5 action items (pirlint.action_items.min / pirlint.action_items.max).");

    public static readonly RuleDescriptor PIR104 = new("PIR104", "Due date does not fit the priority", PirSeverity.Warning, "Action items",
        "Counted from review_date: p0 within 1 day, p1 within 7 days, p2 within 91 days.");

    public static readonly RuleDescriptor PIR105 = new("PIR105", "Due date before the incident", PirSeverity.Warning, "Action items",
        "A due date before the incident's first timeline event.");

    public static readonly RuleDescriptor PIR106 = new("PIR106", "Duplicate action item", PirSeverity.Warning, "Action items",
        "Two action items with the same description, after folding case and spaces.");

    public static readonly RuleDescriptor PIR107 = new("PIR107", "Closed date on an open item or before the incident", PirSeverity.Warning, "Action items",
        "A closed_date on an action item whose status is not closed, or a closed_date before the incident's first timeline event.");

    public static readonly RuleDescriptor PIR201 = new("PIR201", "Timeline out of order", PirSeverity.Warning, "Timeline",
        "Timeline events out of chronological order.");

    public static readonly RuleDescriptor PIR202 = new("PIR202", "Timeline time without UTC offset", PirSeverity.Warning, "Timeline",
        "A timeline time without a UTC offset.");

    public static readonly RuleDescriptor PIR203 = new("PIR203", "Duration disagrees with the timeline", PirSeverity.Warning, "Timeline",
        "duration disagrees with the impact window (started_at to resolved_at, else the timeline's span) by more than 15 minutes or 10%, whichever is larger; or started_at is after resolved_at.");

    public static readonly RuleDescriptor PIR301 = new("PIR301", "Facilitator was involved in the incident", PirSeverity.Error, "Facilitation",
        "The facilitator is named as an actor of a timeline event.");

    public static readonly RuleDescriptor PIR302 = new("PIR302", "No facilitator", PirSeverity.Error, "Facilitation",
        "No facilitator named.");

    public static readonly RuleDescriptor PIR303 = new("PIR303", "Review held too early or too late", PirSeverity.Warning, "Facilitation",
        "review_date before the last timeline event or on its day (warning); more than 5 business days after it (info).");

    public static readonly RuleDescriptor PIR401 = new("PIR401", "Blame in the analysis", PirSeverity.Warning, "Blameless",
        "A person named, or a blaming phrase, in root causes, contributing factors or what went poorly.");

    public static readonly RuleDescriptor PIR402 = new("PIR402", "AI-agent incident without four-layer analysis", PirSeverity.Info, "Analysis",
        "An AI-agent category without the four-layer analysis (immediate trigger, detection gap, prevention gap, systemic factor).");

    public static readonly RuleDescriptor PIR403 = new("PIR403", "AI-agent incident without the ai_agent block", PirSeverity.Warning, "Analysis",
        "An AI-agent category without the ai_agent block (agent name, autonomy, models, prompt versions); only where the effective schema defines ai_agent.");

    public static readonly RuleDescriptor PIR404 = new("PIR404", "Prompt regression without both prompt versions", PirSeverity.Warning, "Analysis",
        "A prompt_regression review whose ai_agent block lacks prompt_version or previous_prompt_version, so the regression cannot be reproduced.");

    public static readonly RuleDescriptor PIR405 = new("PIR405", "AI-agent incident without an eval action item", PirSeverity.Info, "Analysis",
        "An AI-agent category where no action item adds or extends an evaluation (pirlint.eval_words, whole words, case-insensitive).");

    public static readonly RuleDescriptor PIR901 = new("PIR901", "Action item overdue", PirSeverity.Warning, "Follow-up",
        "An open or in-progress action item past its due date.", needsToday: true);

    public static readonly RuleDescriptor PIR902 = new("PIR902", "Action item completion rate below target", PirSeverity.Warning, "Follow-up",
        "The on-time completion rate of the action items that are due (closed, or due before today) is under the target (default 90%; under 80% it is an error).", needsToday: true);

    public static IReadOnlyList<RuleDescriptor> All { get; } = new[]
    {
        PIR001, PIR002, PIR003, PIR004, PIR005, PIR006, PIR007, PIR008,
        PIR101, PIR102, PIR103, PIR104, PIR105, PIR106, PIR107,
        PIR201, PIR202, PIR203,
        PIR301, PIR302, PIR303,
        PIR401, PIR402, PIR403, PIR404, PIR405,
        PIR901, PIR902,
    };

    public static RuleDescriptor? Find(string id)
    {
        foreach (var rule in All)
        {
            if (string.Equals(rule.Id, id, StringComparison.OrdinalIgnoreCase))
            {
                return rule;
            }
        }

        return null;
    }
}
