using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;

namespace PirLint.TestSupport;

/// <summary>A timeline event of a generated review: when (with its UTC offset), what, who and where it was seen.</summary>
internal sealed class CorpusEvent
{
    public DateTimeOffset Time { get; set; }

    public string TimeText { get; set; } = string.Empty;

    public string Text { get; set; } = string.Empty;

    public string Actor { get; set; } = string.Empty;

    public string Source { get; set; } = string.Empty;
}

/// <summary>A generated review before it is written: its facts, and what a defect needs to know about them.</summary>
internal sealed class CorpusReview
{
    public static readonly string[] Severities = { "sev1", "sev2", "sev3", "sev4", "sev5" };
    public static readonly string[] Categories = { "infrastructure", "model_behavior", "prompt_regression", "tool_failure", "data_quality", "safety_violation", "capacity" };
    public static readonly string[] Priorities = { "p0_immediate", "p1_this_week", "p2_this_quarter" };

    private static readonly HashSet<string> AiCategories = new() { "model_behavior", "prompt_regression", "tool_failure", "data_quality", "safety_violation" };

    public CorpusSpec Spec { get; set; }

    public string Id { get; set; } = string.Empty;

    public string Title { get; set; } = string.Empty;

    public string Severity { get; set; } = string.Empty;

    public string Category { get; set; } = string.Empty;

    public string? Duration { get; set; }

    public string? DetectedBy { get; set; }

    public string? DetectionDelay { get; set; }

    public CorpusMapping? Impact { get; set; }

    public List<CorpusEvent> Events { get; } = new();

    public bool HasSource { get; set; }

    public string OffsetLabel { get; set; } = "Z";

    public bool Seconds { get; set; }

    public List<string> RootCauses { get; set; } = new();

    public List<string>? Factors { get; set; }

    public List<string>? Well { get; set; }

    public List<string>? Poorly { get; set; }

    public CorpusMapping? Analysis { get; set; }

    public List<CorpusMapping> Actions { get; } = new();

    public DateTime ReviewDate { get; set; }

    public string Facilitator { get; set; } = string.Empty;

    public List<string>? Attendees { get; set; }

    /// <summary>How names are written in this review (<see cref="CorpusPerson.Styles"/>).</summary>
    public string Style { get; set; } = "full";

    public List<CorpusPerson> ResponderPeople { get; } = new();

    public List<string> Responders { get; } = new();

    public List<CorpusPerson> Owners { get; } = new();

    /// <summary>Action items not chosen, for a defect that needs more items.</summary>
    public List<(string Text, string Priority)> SpareActions { get; } = new();

    public bool Tickets { get; set; }

    public string Tracker { get; set; } = string.Empty;

    public string TrackerKey { get; set; } = string.Empty;

    public int TicketNumber { get; set; }

    public string SummaryProse { get; set; } = string.Empty;

    public List<(string Heading, string Text)> ExtraProse { get; set; } = new();

    /// <summary>In the Markdown form, attendees are written in the front matter rather than as a section.</summary>
    public bool AttendeesInFrontMatter { get; set; }

    /// <summary>The values the scenario's templates were filled with.</summary>
    public Dictionary<string, object> Context { get; set; } = new();

    public string AgentShort { get; set; } = string.Empty;

    /// <summary>v1.1: the impact window (<c>incident_summary.started_at</c>, <c>resolved_at</c>), or null.</summary>
    public (string Start, string End)? Window { get; set; }

    /// <summary>v1.1: the top-level <c>summary</c>, or null.</summary>
    public string? TopSummary { get; set; }

    /// <summary>v1.1: the <c>ai_agent</c> block, or null.</summary>
    public CorpusMapping? AiAgent { get; set; }

    /// <summary>v1.1: the ai_agent block comes right after the summary rather than last.</summary>
    public bool AiAgentFirst { get; set; }

    /// <summary>How durations are written (english, iso, compact) and the minutes they are rounded to.</summary>
    public string DurationStyle { get; set; } = "english";

    public int RoundTo { get; set; } = 1;

    public int DetectionDelayMinutes { get; set; }

    public bool IsAiCategory => AiCategories.Contains(Category);

    public DateTime QuarterEnd
    {
        get
        {
            var lastMonth = ((ReviewDate.Month - 1) / 3 * 3) + 3;
            return new DateTime(ReviewDate.Year, lastMonth, DateTime.DaysInMonth(ReviewDate.Year, lastMonth));
        }
    }

    /// <summary>The review as the ordered mapping both forms are written from.</summary>
    public CorpusMapping ToMapping()
    {
        var summary = new CorpusMapping { ["id"] = Id, ["title"] = Title, ["severity"] = Severity, ["category"] = Category };
        if (Duration != null)
        {
            summary["duration"] = Duration;
        }

        if (DetectedBy != null)
        {
            summary["detected_by"] = DetectedBy;
        }

        if (DetectionDelay != null)
        {
            summary["detection_delay"] = DetectionDelay;
        }

        if (Window is { } window)
        {
            summary["started_at"] = window.Start;
            summary["resolved_at"] = window.End;
        }

        var mapping = new CorpusMapping { ["incident_summary"] = summary };
        if (TopSummary != null)
        {
            mapping["summary"] = TopSummary;
        }

        if (AiAgent != null && AiAgentFirst)
        {
            mapping["ai_agent"] = AiAgent.Copy();
        }
        if (Impact != null)
        {
            mapping["impact"] = Impact.Copy();
        }

        mapping["timeline"] = Events.Select(e =>
        {
            var item = new CorpusMapping { ["time"] = e.TimeText, ["event"] = e.Text, ["actor"] = e.Actor };
            if (HasSource)
            {
                item["source"] = e.Source;
            }

            return item;
        }).ToList();
        mapping["root_causes"] = RootCauses.ToList();
        if (Factors != null)
        {
            mapping["contributing_factors"] = Factors.ToList();
        }

        if (Well != null)
        {
            mapping["what_went_well"] = Well.ToList();
        }

        if (Poorly != null)
        {
            mapping["what_went_poorly"] = Poorly.ToList();
        }

        if (Analysis != null)
        {
            var analysis = new CorpusMapping();
            foreach (var entry in Analysis.Entries)
            {
                analysis[entry.Key] = entry.Value is List<string> list ? list.ToList() : entry.Value;
            }

            mapping["analysis"] = analysis;
        }

        mapping["action_items"] = Actions.Select(a => a.Copy()).ToList();
        mapping["review_date"] = ReviewDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        mapping["facilitator"] = Facilitator;
        if (Attendees != null)
        {
            mapping["attendees"] = Attendees.ToList();
        }

        if (AiAgent != null && !AiAgentFirst)
        {
            mapping["ai_agent"] = AiAgent.Copy();
        }

        return mapping;
    }

    /// <summary>Adds middle events until there are four, so two can be swapped without moving the first or the last.</summary>
    public void EnsureFourEvents()
    {
        while (Events.Count < 4)
        {
            var before = Events[Events.Count - 2].Time;
            var after = Events[Events.Count - 1].Time;
            var middle = before + TimeSpan.FromTicks((after - before).Ticks / 2);
            middle = Seconds
                ? middle.AddTicks(-(middle.Ticks % TimeSpan.TicksPerSecond))
                : middle.AddTicks(-(middle.Ticks % TimeSpan.TicksPerMinute));
            Events.Insert(Events.Count - 1, new CorpusEvent
            {
                Time = middle,
                TimeText = CorpusBuilder.FormatTime(middle, OffsetLabel, Seconds),
                Text = "Incident commander confirms mitigation plan",
                Actor = Responders[0],
                Source = "slack",
            });
        }
    }

    public CorpusMapping MakeAction(CorpusRandom random, string description, string preferred)
    {
        var priority = preferred switch { "p0" => "p0_immediate", "p1" => "p1_this_week", _ => "p2_this_quarter" };
        if (priority == "p2_this_quarter" && (QuarterEnd - ReviewDate).Days < 10)
        {
            priority = "p1_this_week";
        }

        DateTime due;
        if (priority == "p0_immediate")
        {
            due = ReviewDate.AddDays(1);
            if (IsWeekend(due) || random.Chance(0.2))
            {
                due = ReviewDate;
            }
        }
        else
        {
            due = priority == "p1_this_week"
                ? ReviewDate.AddDays(random.Between(2, 7))
                : ReviewDate.AddDays(random.Between(10, Math.Max(10, Math.Min(80, (QuarterEnd - ReviewDate).Days))));
            while (IsWeekend(due))
            {
                due = due.AddDays(-1);
            }
        }

        var item = new CorpusMapping
        {
            ["description"] = description,
            ["owner"] = random.Pick(Owners).Render(Style),
            ["priority"] = priority,
            ["due_date"] = due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["status"] = "closed",
        };
        if (Tickets)
        {
            TicketNumber += random.Between(1, 40);
            item["ticket_url"] = CorpusBuilder.Fill(Tracker, new Dictionary<string, object> { ["key"] = TrackerKey, ["n"] = TicketNumber });
        }

        return item;
    }

    /// <summary>The indexes of the timeline events whose actor is one of the incident's responders.</summary>
    public List<int> PersonEvents(IReadOnlyList<CorpusMapping> timeline)
    {
        var people = new HashSet<string>(Responders.Select(CorpusNames.Fold));
        return Enumerable.Range(0, timeline.Count)
            .Where(i => timeline[i].Has("actor") && people.Contains(CorpusNames.Fold(timeline[i].Text("actor"))))
            .ToList();
    }

    public static bool IsWeekend(DateTime day) => day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
}

/// <summary>Builds a clean review: one that passes every rule of the catalogue.</summary>
internal static class CorpusBuilder
{
    private static readonly int[] SeverityWeights = { 5, 25, 40, 20, 10 };
    private static readonly int[] CategoryWeights = { 7, 18, 18, 18, 15, 12, 12 };

    /// <summary>The offsets reviews are written in, with how often.</summary>
    private static readonly (string Label, int Minutes, int Weight)[] Offsets =
    {
        ("Z", 0, 30), ("+00:00", 0, 4), ("+01:00", 60, 10), ("+02:00", 120, 8), ("-05:00", -300, 10), ("-04:00", -240, 6),
        ("-07:00", -420, 6), ("-08:00", -480, 6), ("+05:30", 330, 8), ("+09:00", 540, 6), ("+10:00", 600, 3), ("-03:00", -180, 3),
    };

    /// <summary>Blaming phrases of the contract (v1.0 and v1.1 lists), which a clean review never contains.</summary>
    private static readonly string[] BlamePhrases =
    {
        "human error", "careless", "negligent", "should have", "should've", "failed to", "forgot", "fault", "to blame",
    };

    private static readonly Regex Placeholder = new(@"\{(\w+)(:,)?\}", RegexOptions.CultureInvariant);

    public static string Fill(string template, IReadOnlyDictionary<string, object> context) =>
        Placeholder.Replace(template, match =>
        {
            var value = context[match.Groups[1].Value];
            return match.Groups[2].Success ? ((int)value).ToString("N0", CultureInfo.InvariantCulture) : Convert.ToString(value, CultureInfo.InvariantCulture)!;
        });

    public static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text.Substring(1);

    public static string FormatTime(DateTimeOffset time, string label, bool seconds) =>
        time.ToString(seconds ? "yyyy-MM-dd'T'HH:mm:ss" : "yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture) + label;

    public static string FormatDuration(int minutes, string style)
    {
        var (hours, rest) = (minutes / 60, minutes % 60);
        return style switch
        {
            "iso" => "PT" + (hours > 0 ? hours + "H" : string.Empty) + (rest > 0 || hours == 0 ? rest + "M" : string.Empty),
            "compact" => (hours > 0 ? hours + "h" : string.Empty) + (rest > 0 || hours == 0 ? rest + "m" : string.Empty),
            _ => string.Join(" ", new[]
            {
                hours > 0 ? hours + " hour" + (hours != 1 ? "s" : string.Empty) : null,
                rest > 0 || hours == 0 ? rest + " minute" + (rest != 1 ? "s" : string.Empty) : null,
            }.Where(p => p != null)),
        };
    }

    /// <summary>Weekdays in (from, to].</summary>
    public static int BusinessDaysOpenClosed(DateTime from, DateTime to)
    {
        var count = 0;
        for (var day = from.AddDays(1); day <= to; day = day.AddDays(1))
        {
            count += CorpusReview.IsWeekend(day) ? 0 : 1;
        }

        return count;
    }

    /// <summary>Weekdays in [from, to).</summary>
    public static int BusinessDaysClosedOpen(DateTime from, DateTime to)
    {
        var count = 0;
        for (var day = from; day < to; day = day.AddDays(1))
        {
            count += CorpusReview.IsWeekend(day) ? 0 : 1;
        }

        return count;
    }

    public static CorpusReview Build(CorpusRandom random, string id, DateTime firstDay, DateTime lastDay, CorpusSpec spec)
    {
        for (var attempt = 0; ; attempt++)
        {
            var review = BuildOnce(random, id, firstDay, lastDay, spec);
            var problem = CleanProblem(review);
            if (problem == null)
            {
                return review;
            }

            if (attempt == 19)
            {
                throw new InvalidOperationException($"{id}: no clean review in 20 attempts: {problem}");
            }
        }
    }

    private static CorpusReview BuildOnce(CorpusRandom random, string id, DateTime firstDay, DateTime lastDay, CorpusSpec spec)
    {
        var review = new CorpusReview { Spec = spec, Id = id };
        review.Category = random.Weighted(CorpusReview.Categories, CategoryWeights);
        review.Severity = random.Weighted(CorpusReview.Severities, SeverityWeights);
        var scenario = random.Pick(CorpusContent.Scenarios[review.Category]);
        var (agent, agentShort) = random.Pick(CorpusContent.Agents);
        var version = random.Between(12, 240);
        var high = random.Between(86, 99);
        var context = new Dictionary<string, object>
        {
            ["agent"] = agent,
            ["Agent"] = Capitalize(agent),
            ["pool"] = $"agent-{agentShort}-pool-{random.Between(1, 9)}",
            ["topic"] = random.Pick(CorpusContent.Topics),
            ["tool"] = random.Pick(CorpusContent.Tools),
            ["field"] = random.Pick(CorpusContent.Fields),
            ["kb"] = random.Pick(CorpusContent.KnowledgeBases),
            ["metric"] = random.Pick(CorpusContent.Metrics),
            ["team"] = random.Pick(CorpusContent.Teams),
            ["lang"] = random.Pick(CorpusContent.Languages),
            ["model"] = random.Pick(CorpusContent.ModelAliases),
            ["vN"] = "v" + version,
            ["vP"] = "v" + (version - 1),
            ["pct_hi"] = high,
            ["pct_lo"] = random.Between(35, high - 15),
            ["severity"] = review.Severity,
        };
        context["Tool"] = Capitalize((string)context["tool"]);
        review.Context = context;
        review.AgentShort = agentShort;

        // People: the responders act in the timeline; the others own action items; the facilitator was not involved.
        review.Style = random.Weighted(CorpusPerson.Styles, CorpusPerson.StyleWeights);
        var responderCount = random.Between(1, 3);
        var otherCount = random.Between(1, 3);
        var people = CorpusNames.PickPeople(random, responderCount + otherCount + 1);
        review.ResponderPeople.AddRange(people.Take(responderCount));
        review.Responders.AddRange(review.ResponderPeople.Select(p => p.Render(review.Style)));
        var others = people.Skip(responderCount).Take(otherCount).ToList();
        review.Facilitator = people[people.Count - 1].Render(review.Style);
        review.Owners.AddRange(review.ResponderPeople.Concat(others));

        BuildTimeline(random, review, scenario, context, firstDay, lastDay);

        review.Title = Fill(random.Pick(scenario.Titles), context);
        review.RootCauses = random.Sample(scenario.RootCauses, random.Between(1, scenario.RootCauses.Length)).Select(x => Fill(x, context)).ToList();
        review.Factors = random.Chance(0.95)
            ? random.Sample(scenario.Factors.Concat(CorpusContent.GenericFactors).ToList(), random.Between(2, 4)).Select(x => Fill(x, context)).ToList()
            : null;
        review.Well = random.Chance(0.9) ? random.Sample(CorpusContent.GenericWell, random.Between(2, 4)).Select(x => Fill(x, context)).ToList() : null;
        var poorly = scenario.Poorly.Concat(CorpusContent.GenericPoorly).ToList();
        review.Poorly = random.Chance(0.95) ? random.Sample(poorly, random.Between(2, Math.Min(4, poorly.Count))).Select(x => Fill(x, context)).ToList() : null;
        if (review.IsAiCategory || random.Chance(0.5))
        {
            review.Analysis = new CorpusMapping
            {
                ["immediate_trigger"] = Fill(random.Pick(scenario.AnalysisTrigger), context),
                ["detection_gap"] = scenario.DetectionGap.Select(x => Fill(x, context)).ToList(),
                ["prevention_gap"] = scenario.PreventionGap.Select(x => Fill(x, context)).ToList(),
                ["systemic_factor"] = scenario.SystemicFactor.Select(x => Fill(x, context)).ToList(),
            };
        }

        BuildImpact(random, review, (int)context["bad"]);
        ChooseReviewDate(random, review);
        BuildActions(random, review, scenario, context);

        if (random.Chance(0.8))
        {
            var attendees = review.Owners.Select(p => p.Render(review.Style)).ToList();
            if (random.Chance(0.5))
            {
                attendees.Add(review.Facilitator);
            }

            var used = new HashSet<string>(attendees.Select(CorpusNames.Fold)) { CorpusNames.Fold(review.Facilitator) };
            foreach (var guest in CorpusNames.PickPeople(random, 6).Take(random.Between(0, 2)))
            {
                var name = guest.Render(review.Style);
                if (!used.Contains(CorpusNames.Fold(name)) && !CorpusNames.HasSystemMarker(name))
                {
                    attendees.Add(name);
                }
            }

            random.Shuffle(attendees);
            review.Attendees = attendees;
        }

        var span = (review.Events[review.Events.Count - 1].Time - review.Events[0].Time).TotalMinutes;
        review.SummaryProse = Fill(random.Pick(CorpusContent.SummaryProse), new Dictionary<string, object>
        {
            ["date"] = review.Events[0].Time.ToString("dd MMMM yyyy", CultureInfo.InvariantCulture),
            ["agent"] = agent,
            ["dur_words"] = DurationWords((int)span),
            ["severity"] = review.Severity,
        });
        review.ExtraProse = random.Sample(CorpusContent.ExtraProse, random.Between(0, 2));
        return review;
    }

    private static void BuildTimeline(CorpusRandom random, CorpusReview review, CorpusScenario scenario, Dictionary<string, object> context, DateTime firstDay, DateTime lastDay)
    {
        var slotsMax = new Dictionary<string, int>
        {
            ["symptom"] = Math.Min(2, scenario.Symptoms.Length), ["investigate"] = 3, ["comms"] = 2, ["identify"] = 1, ["verify"] = 1, ["close"] = 1, ["monitor"] = 1,
        };
        var counts = slotsMax.Keys.ToDictionary(k => k, _ => 0);
        for (var extra = random.Between(3, 12) - 3; extra > 0; extra--)
        {
            var open = slotsMax.Keys.Where(k => counts[k] < slotsMax[k]).ToList();
            counts[random.Pick(open)]++;
        }

        var automatic = random.Chance(0.55);
        var sequence = new List<(string Phase, CorpusEventTemplate Template)> { ("trigger", random.Pick(scenario.Triggers)) };
        sequence.AddRange(random.Sample(scenario.Symptoms, counts["symptom"]).Select(e => ("symptom", e)));
        sequence.Add(("detect", random.Pick(automatic ? scenario.DetectAuto : scenario.DetectHuman)));
        var middle = random.Sample(CorpusContent.GenericInvestigate, counts["investigate"]).Select(e => ("investigate", e))
            .Concat(random.Sample(CorpusContent.GenericComms, counts["comms"]).Select(e => ("comms", e))).ToList();
        random.Shuffle(middle);
        sequence.AddRange(middle.OrderBy(m => m.Item2.Text.StartsWith("On-call", StringComparison.Ordinal) ? 0 : 1));
        if (counts["identify"] > 0)
        {
            sequence.Add(("identify", random.Pick(scenario.Identify)));
        }

        sequence.Add(("mitigate", random.Pick(scenario.Mitigate)));
        if (counts["verify"] > 0)
        {
            sequence.Add(("verify", random.Pick(scenario.Verify)));
        }

        if (counts["close"] > 0)
        {
            sequence.Add(("close", random.Pick(CorpusContent.GenericClose)));
        }

        if (counts["monitor"] > 0)
        {
            sequence.Add(("monitor", random.Pick(CorpusContent.GenericMonitor)));
        }

        var offset = random.Weighted(Offsets, Offsets.Select(o => o.Weight).ToArray());
        review.OffsetLabel = offset.Label;
        review.Seconds = random.Chance(0.35);
        var day = firstDay.AddDays(random.Between(0, (lastDay - firstDay).Days));
        var minute = random.Chance(0.7) ? random.Between(8 * 60, 18 * 60) : random.Between(0, (24 * 60) - 1);
        var time = new DateTimeOffset(day, TimeSpan.FromMinutes(offset.Minutes)).AddMinutes(minute);
        if (review.Seconds)
        {
            time = time.AddSeconds(random.Between(0, 59));
        }

        var slowBurn = review.Category is "data_quality" or "model_behavior" && random.Chance(0.15);
        var gaps = new Dictionary<string, (int Low, int High)>
        {
            ["symptom"] = (2, 90), ["detect"] = (5, 150), ["investigate"] = (2, 25), ["comms"] = (4, 30), ["identify"] = (8, 110),
            ["mitigate"] = (5, 45), ["verify"] = (5, 40), ["close"] = (10, 90), ["monitor"] = (60, 720),
        };
        DateTimeOffset? firstSymptom = null;
        var detected = time;
        var detectSource = string.Empty;
        for (var i = 0; i < sequence.Count; i++)
        {
            var (phase, template) = sequence[i];
            if (i > 0)
            {
                var (low, high) = phase == "detect" && slowBurn ? (360, 2400) : gaps[phase];
                time = time.AddMinutes(random.Between(low, high));
                if (review.Seconds)
                {
                    time = time.AddSeconds(random.Between(-25, 25));
                }
            }

            if (phase == "symptom" && firstSymptom == null)
            {
                firstSymptom = time;
            }

            if (phase == "detect")
            {
                detected = time;
                detectSource = template.Source;
            }

            review.Events.Add(new CorpusEvent { Time = time, Text = Fill(template.Text, context), Actor = Actor(random, review, template.Role, context), Source = template.Source });
        }

        // Every responder acts at least once: they are the people of the incident.
        var personEvents = Enumerable.Range(0, review.Events.Count).Where(i => review.Responders.Contains(review.Events[i].Actor)).ToList();
        foreach (var responder in review.Responders)
        {
            if (personEvents.Count > 0 && review.Events.All(e => e.Actor != responder))
            {
                var i = random.Pick(personEvents);
                if (review.Events.Count(e => e.Actor == review.Events[i].Actor) > 1)
                {
                    review.Events[i].Actor = responder;
                }
            }
        }

        if (!review.Events.Any(e => review.Responders.Contains(e.Actor)))
        {
            review.Events[review.Events.Count - 1].Actor = review.Responders[0];
        }

        review.HasSource = random.Chance(0.9);
        foreach (var e in review.Events)
        {
            e.TimeText = FormatTime(e.Time, review.OffsetLabel, review.Seconds);
        }

        var span = (review.Events[review.Events.Count - 1].Time - review.Events[0].Time).TotalMinutes;
        var style = random.Weighted(new[] { "english", "iso", "compact" }, new[] { 60, 20, 20 });
        var roundTo = span > 90 ? random.Pick(new[] { 1, 5, 5, 15 }) : random.Pick(new[] { 1, 5 });
        review.DurationStyle = style;
        review.RoundTo = roundTo;
        var duration = Math.Max(roundTo, (int)Math.Round(span / roundTo, MidpointRounding.ToEven) * roundTo);
        if (Math.Abs(duration - span) > 7)
        {
            duration = (int)Math.Round(span, MidpointRounding.ToEven);
        }

        review.Duration = random.Chance(0.9) ? FormatDuration(duration, style) : null;
        var delay = Math.Max(1, (int)Math.Round((detected - (firstSymptom ?? review.Events[0].Time)).TotalMinutes, MidpointRounding.ToEven));
        review.DetectionDelay = random.Chance(0.7) ? FormatDuration(delay, style) : null;
        review.DetectedBy = random.Chance(0.85) ? random.Pick(CorpusContent.DetectedBy[detectSource]) : null;
        context["delay"] = delay;
        review.DetectionDelayMinutes = delay;
        context["bad"] = random.Between(3, 400);
        context["resp"] = random.Between(2, 25);
    }

    private static string Actor(CorpusRandom random, CorpusReview review, string role, Dictionary<string, object> context) => role switch
    {
        "deploy" => random.Pick(CorpusContent.DeployActors),
        "monitor" => random.Pick(CorpusContent.MonitorActors),
        "intake" => random.Pick(CorpusContent.IntakeActors),
        "pool" => (string)context["pool"],
        "provider" => random.Pick(CorpusContent.ProviderActors),
        "data" => random.Pick(CorpusContent.DataActors),
        "infra" => random.Pick(CorpusContent.InfraActors),
        "toolrel" => random.Pick(CorpusContent.ToolActors),
        "gateway" => "llm_gateway",
        "person" => random.Pick(review.Responders),
        "fixer" => random.Chance(0.7) ? random.Pick(review.Responders) : random.Pick(CorpusContent.DeployActors),
        _ => throw new InvalidOperationException("unknown actor role " + role),
    };

    private static void BuildImpact(CorpusRandom random, CorpusReview review, int bad)
    {
        if (!random.Chance(0.9))
        {
            return;
        }

        var scale = review.Severity switch { "sev1" => 20000, "sev2" => 4000, "sev3" => 800, "sev4" => 150, _ => 30 };
        var users = random.Between(Math.Max(1, scale / 10), scale);
        var impact = new CorpusMapping { ["affected_users"] = users };
        if (review.IsAiCategory && random.Chance(0.8))
        {
            impact["incorrect_responses"] = Math.Min(bad, users * 3);
        }

        if (random.Chance(0.8))
        {
            impact["financial_impact"] = Fill(random.Pick(CorpusContent.FinancialImpact), new Dictionary<string, object> { ["a"] = random.Between(2, 400) * 50 });
        }

        if (random.Chance(0.7))
        {
            impact["reputation_impact"] = Fill(random.Pick(CorpusContent.ReputationImpact), new Dictionary<string, object> { ["k"] = random.Between(2, 14) });
        }

        if (random.Chance(0.6))
        {
            impact["llm_cost_wasted"] = Fill(random.Pick(CorpusContent.CostImpact), new Dictionary<string, object> { ["c"] = random.Between(5, 3000) });
        }

        review.Impact = impact;
    }

    /// <summary>A review 3 to 5 business days after the last event, counted from its own day and from its UTC day.</summary>
    private static void ChooseReviewDate(CorpusRandom random, CorpusReview review)
    {
        var last = review.Events[review.Events.Count - 1].Time;
        var days = new[] { last.Date, last.UtcDateTime.Date }.Distinct().ToList();
        var candidates = new List<DateTime>();
        for (var k = 1; k < 14; k++)
        {
            var day = days.Max().AddDays(k);
            if (!CorpusReview.IsWeekend(day) && days.All(d =>
                    BusinessDaysOpenClosed(d, day) is >= 3 and <= 5 && BusinessDaysClosedOpen(d, day) is >= 3 and <= 5))
            {
                candidates.Add(day);
            }
        }

        review.ReviewDate = random.Pick(candidates);
    }

    private static void BuildActions(CorpusRandom random, CorpusReview review, CorpusScenario scenario, Dictionary<string, object> context)
    {
        var specific = scenario.Actions.Select(a => (Fill(a.Text, context), a.Priority)).ToList();
        var generic = CorpusContent.GenericActions.Select(a => (Fill(a.Text, context), a.Priority)).ToList();
        var count = random.Between(3, 5);
        var fromScenario = Math.Min(specific.Count, count - (random.Chance(0.4) ? 1 : 0));
        var chosen = random.Sample(specific, fromScenario).Concat(random.Sample(generic, count - fromScenario)).ToList();
        review.SpareActions.AddRange(specific.Concat(generic).Where(a => !chosen.Contains(a)));
        random.Shuffle(review.SpareActions);
        review.Tickets = random.Chance(0.5);
        review.Tracker = random.Pick(CorpusContent.Trackers);
        review.TrackerKey = random.Pick(CorpusContent.TrackerKeys);
        review.TicketNumber = random.Between(100, 9000);
        var actions = chosen.Select(c => review.MakeAction(random, c.Item1, c.Item2)).ToList();

        // p0 items first, then p1, then p2, as teams usually list them.
        review.Actions.AddRange(actions.OrderBy(a => Array.IndexOf(CorpusReview.Priorities, a.Text("priority"))));
    }

    private static string DurationWords(int minutes)
    {
        var (hours, rest) = (minutes / 60, minutes % 60);
        return hours > 0 && rest > 0 ? $"{hours} h {rest} min" : hours > 0 ? $"{hours} h" : $"{rest} min";
    }

    /// <summary>Why a review is not clean (a blaming phrase, a person named in the text, a pipe in a table), or null.</summary>
    private static string? CleanProblem(CorpusReview review)
    {
        var descriptions = review.Actions.Select(a => Regex.Replace(a.Text("description"), @"\s+", string.Empty).ToLowerInvariant()).ToList();
        if (descriptions.Distinct().Count() != descriptions.Count)
        {
            return "two action items alike";
        }

        var people = review.Responders.Concat(review.Owners.Select(p => p.Render(review.Style))).Concat(review.Attendees ?? new List<string>())
            .Append(review.Facilitator).ToList();
        var keys = people.SelectMany(p => new[] { CorpusNames.Fold(p), CorpusNames.StripAccents(CorpusNames.Fold(p)) }).Where(k => k.Length >= 4).ToHashSet();
        var words = people.SelectMany(p => Regex.Split(p, @"[\s.\-]+")).Where(w => w.Length >= 2)
            .Concat(review.ResponderPeople.Concat(review.Owners).SelectMany(p => new[] { p.First, p.Last }))
            .Select(w => CorpusNames.StripAccents(w).ToLowerInvariant()).ToHashSet();
        var texts = review.RootCauses.Concat(review.Factors ?? new List<string>()).Concat(review.Poorly ?? new List<string>())
            .Concat(review.Well ?? new List<string>()).Concat(review.Events.Select(e => e.Text)).Concat(review.Actions.Select(a => a.Text("description")))
            .Append(review.Title);
        if (review.Analysis != null)
        {
            texts = texts.Append(review.Analysis.Text("immediate_trigger"))
                .Concat(new[] { "detection_gap", "prevention_gap", "systemic_factor" }.SelectMany(review.Analysis.Strings));
        }

        foreach (var text in texts)
        {
            var lower = text.ToLowerInvariant();
            var phrase = BlamePhrases.FirstOrDefault(lower.Contains);
            if (phrase != null)
            {
                return $"blaming phrase '{phrase}' in '{text}'";
            }

            var folded = CorpusNames.Fold(CorpusNames.StripAccents(text));
            var key = keys.FirstOrDefault(folded.Contains);
            if (key != null)
            {
                return $"person '{key}' named in '{text}'";
            }

            var word = Regex.Matches(CorpusNames.StripAccents(lower), "[a-z0-9]+").Select(m => m.Value).FirstOrDefault(words.Contains);
            if (word != null)
            {
                return $"name word '{word}' in '{text}'";
            }

            if (text.Contains('|'))
            {
                return "a pipe in '" + text + "'";
            }
        }

        return null;
    }
}
