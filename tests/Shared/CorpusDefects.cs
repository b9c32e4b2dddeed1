using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;

namespace PirLint.TestSupport;

/// <summary>The defects: each turns a clean review into one that exactly one rule must report.</summary>
internal static partial class CorpusGenerator
{
    private static readonly Dictionary<string, string[]> Misspellings = new()
    {
        ["detected_by"] = new[] { "detcted_by", "detected_bye", "detectedby" },
        ["detection_delay"] = new[] { "detection_dely", "detection_delays", "detecton_delay" },
        ["duration"] = new[] { "duraton", "durration", "duation" },
        ["contributing_factors"] = new[] { "contributing_factor", "contributng_factors", "contributing_factores" },
        ["what_went_well"] = new[] { "what_went_wel", "what_went_good", "whatwentwell" },
        ["what_went_poorly"] = new[] { "what_went_pooorly", "what_went_poor", "what_went_badly" },
        ["attendees"] = new[] { "atendees", "attendes", "attendee" },
        ["source"] = new[] { "sourse", "souce", "sources" },
        ["ticket_url"] = new[] { "ticket_uri", "tiket_url", "ticket_ur" },
    };

    /// <summary>Near misses of an allowed value, which PIR004 must report with the value suggested.</summary>
    private static readonly Dictionary<string, Func<string, string[]>> NearMisses = new()
    {
        ["severity"] = v => new[] { v.ToUpperInvariant(), "Sev" + v.Substring(3), "sev " + v.Substring(3), "SEV-" + v.Substring(3) },
        ["category"] = v => new[]
        {
            CultureInfo.InvariantCulture.TextInfo.ToTitleCase(v.Replace("_", " ")), v.Replace("_", "-"), v.ToUpperInvariant(), v.Replace("_", " "),
        },
        ["priority"] = v => new[] { v.Substring(0, 2).ToUpperInvariant(), v.Substring(0, 2), v.Replace("_", "-"), v.Substring(0, 2).ToUpperInvariant() + " " + v.Substring(3).Replace("_", " ") },
    };

    /// <summary>Dates that are not <c>YYYY-MM-DD</c> dates.</summary>
    private static readonly Func<DateTime, string>[] BadDates =
    {
        d => d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
        d => d.ToString("yyyy/MM/dd", CultureInfo.InvariantCulture),
        d => d.ToString("MMMM dd, yyyy", CultureInfo.InvariantCulture),
        d => d.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture),
        d => $"{d.Year}-02-30",
        d => $"{d.Year}-13-{d.Day:00}",
        d => d.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture),
    };

    /// <summary>Times that are not date-times; each keeps a UTC offset, so only PIR003 (never PIR202) applies.</summary>
    private static readonly Func<DateTimeOffset, string, string>[] BadTimes =
    {
        (t, z) => t.ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture) + z,
        (t, z) => t.ToString("HH:mm", CultureInfo.InvariantCulture) + z,
        (t, z) => t.ToString("yyyy-MM-'32T'HH:mm", CultureInfo.InvariantCulture) + z,
        (t, z) => t.ToString("yyyy-MM-dd'T2'HH:mm", CultureInfo.InvariantCulture) + z,
        (t, z) => t.ToString("yyyy-'02-30T'HH:mm", CultureInfo.InvariantCulture) + z,
        (t, z) => t.ToString("yyyyMMdd HHmm", CultureInfo.InvariantCulture) + z,
    };

    private static readonly string[] PlaceholderOwners = { "TBD", "tbd", "unassigned", "team", "everyone", "n/a", "?", "Team", "TBD " };
    private static readonly string[] BadDueDates = { "TBD", "next sprint", "end of Q{q}", "ASAP", "soon" };

    private static readonly string[] BlameTemplates =
    {
        "{who} forgot to run the regression tests before the change shipped",
        "{who} forgot to run the eval suite before deploying the update",
        "{who} forgot to check the tool response format before release",
    };

    /// <summary>Applies exactly one defect of <paramref name="rule"/> to <paramref name="mapping"/>; returns what it did.</summary>
    private static string Inject(CorpusRandom random, CorpusReview review, CorpusMapping mapping, string rule, bool markdown)
    {
        var summary = mapping.Map("incident_summary");
        var timeline = mapping.Maps("timeline");
        var items = mapping.Maps("action_items");
        switch (rule)
        {
            case "PIR002":
            {
                var what = random.Pick(new[] { "id", "title", "severity", "category", "review_date", "root_causes", "event.event", "event.actor", "item.description", "item.priority" });
                if (what is "id" or "title" or "severity" or "category")
                {
                    summary.Remove(what);
                }
                else if (what is "review_date" or "root_causes")
                {
                    mapping.Remove(what);
                }
                else if (what.StartsWith("event.", StringComparison.Ordinal))
                {
                    timeline[random.Index(timeline.Count)].Remove(what.Substring(6));
                }
                else
                {
                    items[random.Index(items.Count)].Remove(what.Substring(5));
                }

                return "missing " + what;
            }

            case "PIR003":
                if (random.Chance(0.65) || timeline.Count < 3)
                {
                    mapping["review_date"] = random.Pick(BadDates)(review.ReviewDate);
                    return "bad review_date";
                }
                else
                {
                    var i = random.Between(1, timeline.Count - 2);
                    timeline[i]["time"] = random.Pick(BadTimes)(review.Events[i].Time, review.OffsetLabel);
                    return $"bad time in event {i}";
                }

            case "PIR004":
            {
                var field = random.Pick(new[] { "severity", "category", "priority" });
                if (field == "priority")
                {
                    var item = items[random.Index(items.Count)];
                    item["priority"] = random.Pick(NearMisses["priority"](item.Text("priority")));
                }
                else
                {
                    var value = summary.Text(field);
                    summary[field] = random.Pick(NearMisses[field](value).Where(x => x != value).ToList());
                }

                return "near-miss " + field;
            }

            case "PIR005":
                return Misspell(random, review, mapping, markdown);

            case "PIR101":
            {
                var item = items[random.Index(items.Count)];
                if (random.Chance(0.45))
                {
                    item.Remove("owner");
                    return "owner missing";
                }

                item["owner"] = random.Pick(PlaceholderOwners).Trim();
                return "placeholder owner " + item.Text("owner");
            }

            case "PIR102":
            {
                var item = items[random.Index(items.Count)];
                if (random.Chance(0.75))
                {
                    item.Remove("due_date");
                    return "due_date missing";
                }

                item["due_date"] = random.Pick(BadDueDates).Replace("{q}", (((review.ReviewDate.Month - 1) / 3) + 1).ToString(CultureInfo.InvariantCulture));
                return "due_date " + item.Text("due_date");
            }

            case "PIR103":
                if (random.Chance(0.5))
                {
                    items.RemoveRange(2, items.Count - 2);
                    return "2 action items";
                }

                while (items.Count < 7)
                {
                    var (text, priority) = review.SpareActions[review.SpareActions.Count - 1];
                    review.SpareActions.RemoveAt(review.SpareActions.Count - 1);
                    items.Add(review.MakeAction(random, text, priority));
                }

                return "7 action items";

            case "PIR104":
            {
                var item = items[random.Index(items.Count)];
                item["priority"] = "p0_immediate";
                item["due_date"] = review.ReviewDate.AddDays(10).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                return "p0 due review+10";
            }

            case "PIR201":
            {
                var i = random.Between(1, timeline.Count - 3);
                (timeline[i], timeline[i + 1]) = (timeline[i + 1], timeline[i]);
                return $"events {i},{i + 1} swapped";
            }

            case "PIR301":
            {
                var i = random.Pick(review.PersonEvents(timeline));
                var parts = Regex.Split(review.Facilitator, "[ .\\-]").Where(p => p.Length > 0).ToList();
                string alias;
                if (random.Chance(0.5) && parts.Count > 1)
                {
                    var separator = random.Pick(new[] { " ", ".", "-" });
                    alias = string.Join(separator, parts.Select(p => separator == " " ? CorpusBuilder.Capitalize(p) : p.ToLowerInvariant()));
                }
                else
                {
                    alias = review.Facilitator;
                }

                timeline[i]["actor"] = alias;
                return $"facilitator as actor of event {i} ({alias})";
            }

            case "PIR401":
            {
                var who = timeline[random.Pick(review.PersonEvents(timeline))].Text("actor");
                if (review.Style is "dot" or "dash" && random.Chance(0.5))
                {
                    who = string.Join(" ", Regex.Split(who, "[.\\-]").Select(CorpusBuilder.Capitalize));
                }

                var text = random.Pick(BlameTemplates).Replace("{who}", who);
                mapping.Strings("root_causes")[0] = text;
                return "blame: " + text;
            }

            default:
                throw new ArgumentException("no defect for " + rule, nameof(rule));
        }
    }

    /// <summary>PIR005: a known optional field written with a typo (in Markdown, only where the typo stays a field).</summary>
    private static string Misspell(CorpusRandom random, CorpusReview review, CorpusMapping mapping, bool markdown)
    {
        var summary = mapping.Map("incident_summary");
        var timeline = mapping.Maps("timeline");
        var items = mapping.Maps("action_items");
        var candidates = new List<(string Where, string Key)>();
        candidates.AddRange(new[] { "detected_by", "detection_delay", "duration" }.Where(summary.Has).Select(k => ("summary", k)));
        if (!markdown)
        {
            candidates.AddRange(new[] { "contributing_factors", "what_went_well", "what_went_poorly", "attendees" }.Where(mapping.Has).Select(k => ("top", k)));
        }
        else if (mapping.Has("attendees") && review.AttendeesInFrontMatter)
        {
            candidates.Add(("top", "attendees"));
        }

        if (timeline[0].Has("source"))
        {
            candidates.Add(("event", "source"));
        }

        if (items[0].Has("ticket_url"))
        {
            candidates.Add(("item", "ticket_url"));
        }

        if (candidates.Count == 0)
        {
            summary["detcted_by"] = "automated_monitoring";
            return "misspelled detected_by -> detcted_by (added)";
        }

        var (where, key) = random.Pick(candidates);
        var misspelled = random.Pick(Misspellings[key]);
        switch (where)
        {
            case "summary":
                summary.Rename(key, misspelled);
                break;
            case "top":
                mapping.Rename(key, misspelled);
                break;
            default:
                // A Markdown table has one header for every row, so the column is renamed in every row.
                var rows = where == "event" ? timeline : items;
                foreach (var row in markdown ? rows : new List<CorpusMapping> { rows[random.Index(rows.Count)] })
                {
                    row.Rename(key, misspelled);
                }

                break;
        }

        return $"misspelled {key} -> {misspelled}";
    }
}
