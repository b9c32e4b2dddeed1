using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace PirLint.TestSupport;

/// <summary>Writes a review mapping as YAML or as Markdown with front matter, in the styles people write them.</summary>
internal static class CorpusRendering
{
    private static readonly string[] SectionFields = { "timeline", "root_causes", "contributing_factors", "what_went_well", "what_went_poorly", "action_items", "attendees" };

    private static readonly Dictionary<string, string> Headings = new()
    {
        ["timeline"] = "Timeline",
        ["root_causes"] = "Root causes",
        ["contributing_factors"] = "Contributing factors",
        ["what_went_well"] = "What went well",
        ["what_went_poorly"] = "What went poorly",
        ["action_items"] = "Action items",
        ["attendees"] = "Attendees",
    };

    private static readonly Dictionary<string, string> ColumnNames = new()
    {
        ["due_date"] = "Due date",
        ["ticket_url"] = "Ticket URL",
        ["ticket_uri"] = "Ticket URI",
        ["tiket_url"] = "Tiket URL",
        ["ticket_ur"] = "Ticket UR",
    };

    private static readonly HashSet<string> Reserved = new() { "y", "n", "yes", "no", "on", "off", "true", "false", "null", "~", string.Empty };

    private static readonly Regex Number = new(@"^[-+]?(\.?\d[\d_]*(\.\d*)?([eE][-+]?\d+)?|0x[0-9a-fA-F]+|0o[0-7]+|\.inf|\.nan)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    public static string Yaml(CorpusReview review, CorpusMapping mapping, CorpusRandom random)
    {
        var style = new YamlStyle(random);
        var lines = new List<string>();
        if (style.Comment)
        {
            lines.Add("# Post-incident review: " + review.Title);
            lines.Add("# Blameless format; see the team PIR guide.");
            lines.Add(string.Empty);
        }

        Emit(mapping, style, 0, lines, top: true);
        return string.Join("\n", lines) + "\n";
    }

    public static string Markdown(CorpusReview review, CorpusMapping mapping, CorpusRandom random)
    {
        var style = new YamlStyle(random) { BlankBetween = false };
        var titleCase = random.Chance(0.3);
        var pad = random.Chance(0.5);
        var inFrontMatter = new HashSet<string>();
        var movable = new[] { "contributing_factors", "what_went_well", "what_went_poorly" }.Where(mapping.Has).ToList();
        if (movable.Count > 0 && random.Chance(0.15))
        {
            inFrontMatter.Add(random.Pick(movable));
        }

        if (review.AttendeesInFrontMatter)
        {
            inFrontMatter.Add("attendees");
        }

        bool IsSection(string key) => SectionFields.Contains(key) && !inFrontMatter.Contains(key);
        var lines = new List<string> { "---" };
        Emit(mapping.Where(k => !IsSection(k)), style, 0, lines, top: false);
        lines.Add("---");
        lines.Add(string.Empty);
        var heading = mapping.Map("incident_summary").Has("title") ? review.Title : "Post-incident review";
        lines.AddRange(new[] { $"# {review.Id}: {heading}", string.Empty, "## Summary", string.Empty, review.SummaryProse, string.Empty });
        var prose = new Queue<(string Heading, string Text)>(review.ExtraProse);
        foreach (var key in SectionFields.Where(k => mapping.Has(k) && IsSection(k)))
        {
            var title = Headings[key];
            lines.Add("## " + (titleCase ? TitleCase(title) : title));
            lines.Add(string.Empty);
            var value = mapping[key];
            if (value is List<CorpusMapping> rows)
            {
                lines.AddRange(Table(rows, titleCase, pad));
            }
            else
            {
                var bullet = random.Chance(0.8) ? "-" : "*";
                lines.AddRange(((List<string>)value).Select(x => bullet + " " + x));
            }

            lines.Add(string.Empty);
            if (key == "what_went_poorly" && prose.Count > 0)
            {
                var (proseHeading, text) = prose.Dequeue();
                lines.AddRange(new[] { "## " + proseHeading, string.Empty, text, string.Empty });
            }
        }

        foreach (var (proseHeading, text) in prose)
        {
            lines.AddRange(new[] { "## " + proseHeading, string.Empty, text, string.Empty });
        }

        return string.Join("\n", lines).TrimEnd('\n') + "\n";
    }

    private static string TitleCase(string text) => string.Join(" ", text.Split(' ').Select(CorpusBuilder.Capitalize));

    private static string HeaderCell(string key, bool titleCase)
    {
        if (ColumnNames.TryGetValue(key, out var name))
        {
            return name;
        }

        var words = key.Split('_');
        return titleCase ? string.Join(" ", words.Select(CorpusBuilder.Capitalize)) : CorpusBuilder.Capitalize(string.Join(" ", words));
    }

    private static IEnumerable<string> Table(List<CorpusMapping> rows, bool titleCase, bool pad)
    {
        var keys = new List<string>();
        foreach (var key in rows.SelectMany(r => r.Keys).Where(k => !keys.Contains(k)))
        {
            keys.Add(key);
        }

        // A required key deleted from every row (a defect) keeps its column, with empty cells.
        foreach (var group in new[] { new[] { "time", "event", "actor" }, new[] { "description", "owner", "priority", "due_date" } })
        {
            if (group.Any(keys.Contains))
            {
                for (var i = 0; i < group.Length; i++)
                {
                    if (!keys.Contains(group[i]))
                    {
                        keys.Insert(i, group[i]);
                    }
                }
            }
        }

        var head = keys.Select(k => HeaderCell(k, titleCase)).ToList();
        var body = rows.Select(r => keys.Select(k => r.Has(k) ? Convert.ToString(r[k], System.Globalization.CultureInfo.InvariantCulture)! : string.Empty).ToList()).ToList();
        if (!pad)
        {
            string Row(IEnumerable<string> cells) => "| " + string.Join(" | ", cells) + " |";
            return new[] { Row(head), "|" + string.Join("|", keys.Select(_ => "---")) + "|" }.Concat(body.Select(Row));
        }

        var widths = Enumerable.Range(0, keys.Count).Select(i => Math.Max(head[i].Length, body.Max(b => b[i].Length))).ToList();
        string Padded(IReadOnlyList<string> cells) => "| " + string.Join(" | ", cells.Select((c, i) => c.PadRight(widths[i]))) + " |";
        return new[] { Padded(head), "|" + string.Join("|", widths.Select(w => new string('-', w + 2))) + "|" }.Concat(body.Select(Padded));
    }

    private static bool NeedsQuote(string text)
    {
        if (text != text.Trim() || Reserved.Contains(text.ToLowerInvariant()) || Number.IsMatch(text))
        {
            return true;
        }

        return "-?:,[]{}#&*!|>'\"%@`".Contains(text[0])
            || text.Contains(": ") || text.Contains(" #") || text.EndsWith(":", StringComparison.Ordinal) || text.Contains(',') || text.Contains('\t');
    }

    private static string DoubleQuoted(string text) => "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";

    private static string Scalar(object value, YamlStyle style) => value switch
    {
        int number => number.ToString(System.Globalization.CultureInfo.InvariantCulture),
        string text => style.QuoteAll || NeedsQuote(text) ? DoubleQuoted(text) : text,
        _ => throw new ArgumentException("not a scalar: " + value),
    };

    private static void Emit(CorpusMapping mapping, YamlStyle style, int indent, List<string> lines, bool top)
    {
        var pad = new string(' ', indent);
        var first = true;
        foreach (var entry in mapping.Entries)
        {
            if (top && style.BlankBetween && !first)
            {
                lines.Add(string.Empty);
            }

            first = false;
            switch (entry.Value)
            {
                case CorpusMapping child:
                    lines.Add($"{pad}{entry.Key}:");
                    Emit(child, style, indent + 2, lines, top: false);
                    break;
                case List<string> strings when entry.Key == "attendees" && style.FlowAttendees:
                    lines.Add($"{pad}{entry.Key}: [" + string.Join(", ", strings.Select(s => Scalar(s, style))) + "]");
                    break;
                case List<string> strings:
                    lines.Add($"{pad}{entry.Key}:");
                    lines.AddRange(strings.Select(s => $"{pad}{(style.IndentSequences ? "  " : string.Empty)}- {Scalar(s, style)}"));
                    break;
                case List<CorpusMapping> items:
                    lines.Add($"{pad}{entry.Key}:");
                    var itemPad = pad + (style.IndentSequences ? "  " : string.Empty);
                    for (var j = 0; j < items.Count; j++)
                    {
                        if (entry.Key == "timeline" && style.BlankEvents && j > 0)
                        {
                            lines.Add(string.Empty);
                        }

                        var lead = true;
                        foreach (var field in items[j].Entries)
                        {
                            lines.Add($"{itemPad}{(lead ? "- " : "  ")}{field.Key}: {Scalar(field.Value, style)}");
                            lead = false;
                        }
                    }

                    break;
                default:
                    lines.Add($"{pad}{entry.Key}: {Scalar(entry.Value, style)}");
                    break;
            }
        }
    }

    /// <summary>How one document's YAML is written: quoting, sequence indentation, blank lines, flow lists, a header comment.</summary>
    private sealed class YamlStyle
    {
        public YamlStyle(CorpusRandom random)
        {
            QuoteAll = random.Chance(0.35);
            IndentSequences = random.Chance(0.6);
            BlankBetween = random.Chance(0.7);
            BlankEvents = random.Chance(0.4);
            FlowAttendees = random.Chance(0.25);
            Comment = random.Chance(0.6);
        }

        public bool QuoteAll { get; }

        public bool IndentSequences { get; }

        public bool BlankBetween { get; set; }

        public bool BlankEvents { get; }

        public bool FlowAttendees { get; }

        public bool Comment { get; }
    }
}
