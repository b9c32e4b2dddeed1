using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;

namespace PirLint.TestSupport;

/// <summary>
/// Format v1.1 content and defect kinds (as <c>../shared/bench/make-corpus --spec 1.1</c> writes them, in a smaller
/// variety): the <c>ai_agent</c> block, an eval action item in every AI-agent review, <c>closed_date</c>s, the impact
/// window, a top-level <c>summary</c>; defects PIR107, PIR403, PIR404 and PIR405. Only v1.1 reviews reach this code, so
/// a v1.0 corpus keeps its bytes.
/// </summary>
internal static class CorpusV11
{
    /// <summary>(provider, model id, first day available, kind); a review names only models out two weeks before it.</summary>
    private static readonly (string Provider, string Id, DateTime Since, string Kind)[] Models =
    {
        ("openai", "gpt-4-0125-preview", new DateTime(2024, 1, 25), "chat"),
        ("openai", "gpt-4o-2024-05-13", new DateTime(2024, 5, 13), "chat"),
        ("openai", "gpt-4o-mini-2024-07-18", new DateTime(2024, 7, 18), "chat"),
        ("openai", "gpt-4.1-2025-04-14", new DateTime(2025, 4, 14), "chat"),
        ("openai", "text-embedding-3-small", new DateTime(2024, 1, 25), "embed"),
        ("azure_openai", "gpt-4o-2024-08-06", new DateTime(2024, 9, 1), "chat"),
        ("anthropic", "claude-2.1", new DateTime(2023, 11, 21), "chat"),
        ("anthropic", "claude-3-haiku-20240307", new DateTime(2024, 3, 13), "chat"),
        ("anthropic", "claude-3-5-sonnet-20241022", new DateTime(2024, 10, 22), "chat"),
        ("anthropic", "claude-sonnet-4-20250514", new DateTime(2025, 5, 22), "chat"),
        ("aws_bedrock", "anthropic.claude-3-haiku-20240307-v1:0", new DateTime(2024, 3, 13), "chat"),
        ("google", "gemini-pro", new DateTime(2023, 12, 13), "chat"),
        ("google", "gemini-1.5-pro-002", new DateTime(2024, 9, 24), "chat"),
        ("google", "text-embedding-004", new DateTime(2024, 5, 14), "embed"),
        ("mistral", "mistral-large-2402", new DateTime(2024, 2, 26), "chat"),
        ("cohere", "rerank-english-v3.0", new DateTime(2024, 4, 11), "rerank"),
        ("self_hosted", "meta-llama/Llama-3.1-8B-Instruct", new DateTime(2024, 7, 23), "chat"),
    };

    private static readonly string[] Autonomy = { "suggests_only", "acts_with_approval", "acts_autonomously" };

    private static readonly string[] Guardrails = { "pii-redaction", "prompt-injection-classifier", "output-policy-classifier", "tool-call-schema-validation", "grounding-check" };

    private static readonly string[] EvalSuites = { "{short}-regression-suite", "{short}-golden-set-v{n}", "multilingual-smoke", "safety-red-team-nightly", "tool-call-contract-tests" };

    /// <summary>The tools an agent calls, by its short name; the scenario's tool or knowledge base joins them.</summary>
    private static readonly Dictionary<string, string[]> Tools = new()
    {
        ["support"] = new[] { "lookup_account", "create_ticket", "escalate_to_human" },
        ["refunds"] = new[] { "issue_refund", "get_order_status", "escalate_to_human" },
        ["billing"] = new[] { "get_invoice", "issue_credit" },
        ["sales"] = new[] { "crm_lookup", "draft_email", "get_price_quote" },
        ["helpdesk"] = new[] { "reset_password", "create_ticket", "search_wiki" },
        ["travel"] = new[] { "search_flights", "book_flight", "cancel_booking" },
        ["claims"] = new[] { "get_policy", "create_claim" },
        ["codereview"] = new[] { "read_diff", "post_review_comment" },
        ["onboarding"] = new[] { "create_account", "send_welcome_email" },
        ["kbqa"] = new[] { "search_help_center", "search_wiki" },
        ["orders"] = new[] { "get_order_status", "track_shipment" },
        ["hr"] = new[] { "search_policies", "lookup_leave_balance" },
        ["scheduling"] = new[] { "find_calendar_slot", "create_calendar_event" },
        ["returns"] = new[] { "create_return_label", "issue_refund" },
        ["quotes"] = new[] { "get_price_quote", "send_quote" },
        ["accounts"] = new[] { "lookup_account", "lock_account", "reset_mfa" },
        ["procurement"] = new[] { "create_purchase_request", "check_budget" },
    };

    private static List<string> AgentTools(CorpusReview review)
    {
        var tools = Tools.TryGetValue(review.AgentShort, out var known) ? known.ToList() : new List<string>();
        var extra = review.Category switch
        {
            "tool_failure" => "call_" + Regex.Replace(((string)review.Context["tool"]).ToLowerInvariant(), "[^a-z]+", "_").Trim('_'),
            "data_quality" => "search_" + Regex.Replace(((string)review.Context["kb"]).ToLowerInvariant(), "[^a-z]+", "_").Trim('_'),
            _ => null,
        };
        if (extra != null && !tools.Contains(extra))
        {
            tools.Add(extra);
        }

        return tools;
    }

    private static readonly string[] PromptVersionStyles = { "{short}-{v}", "{short}-system-prompt-{v}", "prompts/{short}/{v}" };

    /// <summary>Action items that add or extend an evaluation (PIR405), by category.</summary>
    private static readonly Dictionary<string, string[]> EvalActions = new()
    {
        ["prompt_regression"] = new[] { "Add the {topic} conversations from this incident to the eval set as test cases", "Run the {topic} regression tests on every prompt change before release" },
        ["model_behavior"] = new[] { "Run the model adoption eval suite on every new snapshot of {model}", "Build a golden set of routine {topic} requests for model upgrades" },
        ["tool_failure"] = new[] { "Add contract tests for the {tool} response format to the agent CI", "Add test cases with recorded {tool} responses to the tool-use eval" },
        ["data_quality"] = new[] { "Add stale and duplicate document test cases to the retrieval eval", "Run a groundedness eval against the {kb} after every ingestion" },
        ["safety_violation"] = new[] { "Run a red team exercise on the {agent} before re-enabling the feature", "Add the prompts from this incident to the safety eval as test cases" },
    };

    private static readonly string[] LooseEvalWords = { "eval", "regression test", "test case", "contract test", "golden set", "red team" };

    /// <summary>The default <c>pirlint.eval_words</c> as whole words, not glued to a hyphenated word either (so every reading agrees).</summary>
    private static readonly Regex StrictEvalWords = new(
        @"(?<![\w-])(?:evaluation|regression tests|regression test|contract tests|contract test|test cases|test case|golden set|red-team|red team|evals|eval)(?![\w-])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>The rules v1.1 adds to the injected ones, in catalogue order among them.</summary>
    public static readonly IReadOnlyList<string> InjectedRules = new[]
    {
        "PIR002", "PIR003", "PIR004", "PIR005", "PIR101", "PIR102", "PIR103", "PIR104", "PIR107", "PIR201", "PIR301", "PIR401",
        "PIR403", "PIR404", "PIR405",
    };

    /// <summary>True when the review's category suits <paramref name="rule"/>: PIR403 and PIR405 need an AI-agent category, PIR404 prompt_regression.</summary>
    public static bool Suits(CorpusReview review, string? rule) => rule switch
    {
        "PIR403" or "PIR405" => review.IsAiCategory,
        "PIR404" => review.Category == "prompt_regression",
        _ => true,
    };

    /// <summary>True when any spelling of the eval words could match (so a PIR405 defect stays pure).</summary>
    public static bool LooksLikeEval(string text)
    {
        var folded = Regex.Replace(text.ToLowerInvariant(), @"[-_\s]+", " ");
        return LooseEvalWords.Any(folded.Contains);
    }

    /// <summary>True when PIR405 counts <paramref name="text"/> as adding an evaluation.</summary>
    public static bool AddsEval(string text) => StrictEvalWords.IsMatch(text);

    /// <summary>
    /// After a v1.0 defect kind was injected into an AI-agent review: when it took away the item that satisfied PIR405
    /// (cut the list, deleted a description), an item the defect left alone gets the eval wording back, so the review
    /// still has exactly one defect.
    /// </summary>
    public static void KeepEvalItem(CorpusRandom random, CorpusReview review, CorpusMapping mapping, IReadOnlyCollection<string> before)
    {
        if (!review.IsAiCategory || !mapping.Has("action_items"))
        {
            return;
        }

        var items = mapping.Maps("action_items");
        if (items.Any(a => a.Has("description") && AddsEval(a.Text("description"))))
        {
            return;
        }

        var untouched = items.Where(a => a.Has("description") && before.Contains(a.Text("description"))).ToList();
        if (untouched.Count > 0)
        {
            random.Pick(untouched)["description"] = CorpusBuilder.Fill(random.Pick(EvalActions[review.Category]), review.Context);
        }
    }

    /// <summary>Adds the v1.1 content to a clean review built by <see cref="CorpusBuilder"/>.</summary>
    public static void AddContent(CorpusRandom random, CorpusReview review, bool markdown)
    {
        AddWindow(random, review);

        if (random.Chance(0.25))
        {
            review.TopSummary = review.SummaryProse;
        }

        if (review.IsAiCategory || (review.Category == "capacity" && random.Chance(0.4)) || (review.Category == "infrastructure" && random.Chance(0.2)))
        {
            review.AiAgent = AgentBlock(random, review);
            review.AiAgentFirst = random.Chance(0.25);
        }

        if (review.IsAiCategory && !review.Actions.Any(a => AddsEval(a.Text("description"))))
        {
            var text = CorpusBuilder.Fill(random.Pick(EvalActions[review.Category]), review.Context);
            var index = random.Index(review.Actions.Count);
            review.Actions[index]["description"] = text;
        }

        // Some items record the day they were closed: after the incident ended, on or before the due date.
        var lastEvent = review.Events[review.Events.Count - 1].Time;
        var earliest = new DateTime(Math.Max(lastEvent.Date.Ticks, lastEvent.UtcDateTime.Date.Ticks)).AddDays(1);
        for (var i = 0; i < review.Actions.Count; i++)
        {
            if (!random.Chance(0.4))
            {
                continue;
            }

            var item = review.Actions[i];
            var due = DateTime.ParseExact(item.Text("due_date"), "yyyy-MM-dd", CultureInfo.InvariantCulture);
            var closed = earliest.AddDays(random.Between(0, Math.Max(0, (due - earliest).Days)));
            review.Actions[i] = WithClosedDate(item, closed);
        }
    }

    /// <summary>
    /// Sometimes the impact window (from the first event to the mitigation or the last event, a few minutes either way,
    /// in the review's offset or in UTC), which PIR203 then compares with the duration instead of the timeline's span;
    /// sometimes an approximate duration or detection delay (<c>about 2 hours</c>, <c>approximately 45 minutes</c>, <c>~4h15m</c>).
    /// </summary>
    private static void AddWindow(CorpusRandom random, CorpusReview review)
    {
        var events = review.Events;
        var last = events[events.Count - 1].Time;
        var minutes = (last - events[0].Time).TotalMinutes;
        if (random.Chance(0.3))
        {
            var start = events[0].Time;
            var end = events[Math.Max(1, events.Count - 1 - random.Index(2))].Time;
            end = end.AddMinutes(random.Chance(0.6) ? 0 : random.Between(1, 30));
            end = end > last ? last : end;
            var utc = random.Chance(0.2);
            string Format(DateTimeOffset t) => utc ? CorpusBuilder.FormatTime(t.ToUniversalTime(), "Z", review.Seconds) : CorpusBuilder.FormatTime(t, review.OffsetLabel, review.Seconds);
            review.Window = (Format(start), Format(end));
            minutes = (end - start).TotalMinutes;
            if (review.Duration != null)
            {
                var rounded = Math.Max(review.RoundTo, (int)Math.Round(minutes / review.RoundTo, MidpointRounding.ToEven) * review.RoundTo);
                if (Math.Abs(rounded - minutes) > 7)
                {
                    rounded = Math.Max(1, (int)Math.Round(minutes, MidpointRounding.ToEven));
                }

                review.Duration = CorpusBuilder.FormatDuration(rounded, review.DurationStyle);
            }
        }

        if (review.Duration != null && random.Chance(0.2))
        {
            var step = minutes >= 600 ? 60 : minutes >= 300 ? 30 : 15;
            var approximate = random.Chance(0.7)
                ? Math.Max(step, (int)Math.Round(minutes / step, MidpointRounding.ToEven) * step)
                : Math.Max(1, (int)Math.Round(minutes, MidpointRounding.ToEven));
            review.Duration = Approximately(random, approximate);
        }

        if (review.DetectionDelay != null && random.Chance(0.1))
        {
            review.DetectionDelay = Approximately(random, Math.Max(5, (int)Math.Round(review.DetectionDelayMinutes / 5.0, MidpointRounding.ToEven) * 5));
        }
    }

    private static string Approximately(CorpusRandom random, int minutes)
    {
        var style = random.Pick(new[] { "about", "about", "approximately", "~" });
        return style == "~" ? "~" + CorpusBuilder.FormatDuration(minutes, "compact") : style + " " + CorpusBuilder.FormatDuration(minutes, "english");
    }

    /// <summary>A PIR002 defect inside the <c>ai_agent</c> block (its name, autonomy or models removed), in 3 of 13 PIR002 documents that have one; null otherwise.</summary>
    public static string? InjectMissingAgentField(CorpusRandom random, CorpusMapping mapping)
    {
        if (!mapping.Has("ai_agent") || random.Index(13) >= 3)
        {
            return null;
        }

        var field = random.Pick(new[] { "name", "autonomy", "models" });
        var block = mapping.Map("ai_agent").Copy();
        block.Remove(field);
        mapping["ai_agent"] = block;
        return "missing ai_agent." + field;
    }

    private static readonly string[] OwnerPlaceholders = { "TBD.", "t.b.d.", "N/A", "Unassigned.", "none" };

    private static readonly string[] TeamOwners = { "the platform team", "platform-team", "the SRE team", "SRE squad", "the ML platform team", "data-platform-team", "the agent runtime team", "applied AI group", "the on-call crew" };

    /// <summary>
    /// A PIR101 defect of v1.1 in half the PIR101 documents (null for the others): an owner that is a v1.1 placeholder
    /// (<c>TBD.</c>, <c>none</c>, ...), a dash in the Markdown table cell, or a team (a team is no one), never a team
    /// whose words the review already holds.
    /// </summary>
    public static string? InjectOwner(CorpusRandom random, CorpusMapping mapping, bool markdown)
    {
        var roll = random.Index(10);
        if (roll >= 5)
        {
            return null;
        }

        var items = mapping.Maps("action_items");
        var item = items[random.Index(items.Count)];
        if (roll == 0 && markdown)
        {
            item["owner"] = "-";
            return "placeholder owner - (a dash in the table cell)";
        }

        if (roll <= 2)
        {
            item["owner"] = random.Pick(OwnerPlaceholders);
            return "placeholder owner " + item.Text("owner");
        }

        var text = Regex.Replace(string.Join(" ", Strings(mapping)).ToLowerInvariant(), @"[-_\s]+", " ");
        var teams = TeamOwners.Where(t => !text.Contains(Regex.Replace(t.ToLowerInvariant(), @"^the |[-_]", " ").Trim())).ToList();
        item["owner"] = random.Pick(teams);
        return "team as owner: " + item.Text("owner");
    }

    private static IEnumerable<string> Strings(object value) => value switch
    {
        string text => new[] { text },
        CorpusMapping mapping => mapping.Entries.SelectMany(e => Strings(e.Value)),
        List<string> list => list,
        List<CorpusMapping> maps => maps.SelectMany(m => Strings(m)),
        _ => Array.Empty<string>(),
    };

    /// <summary>Injects one v1.1 defect into the mapping; returns its note.</summary>
    public static string Inject(CorpusRandom random, CorpusReview review, CorpusMapping mapping, string rule)
    {
        var items = mapping.Maps("action_items");
        switch (rule)
        {
            case "PIR107":
            {
                var first = review.Events[0].Time;
                var day = new DateTime(Math.Min(first.Date.Ticks, first.UtcDateTime.Date.Ticks));
                var bad = random.Chance(0.4) ? new DateTime(day.Year - 1, day.Month, Math.Min(day.Day, 28)) : day.AddDays(-random.Between(1, 30));
                var index = random.Index(items.Count);
                items[index] = WithClosedDate(items[index], bad);
                return $"closed_date {bad:yyyy-MM-dd} before the first event ({day:yyyy-MM-dd})";
            }

            case "PIR403":
                mapping.Remove("ai_agent");
                return "no ai_agent block";
            case "PIR404":
            {
                var block = mapping.Map("ai_agent").Copy();
                var roll = random.Index(5);
                var gone = roll < 2 ? new[] { "prompt_version" } : roll < 4 ? new[] { "previous_prompt_version" } : new[] { "prompt_version", "previous_prompt_version" };
                foreach (var key in gone)
                {
                    block.Remove(key);
                }

                mapping["ai_agent"] = block;
                return "ai_agent without " + string.Join(" and ", gone);
            }

            case "PIR405":
            {
                var taken = new HashSet<string>(items.Select(a => Squeeze(a.Text("description"))));
                var spare = review.SpareActions.Select(a => a.Text).Where(t => !LooksLikeEval(t) && !taken.Contains(Squeeze(t))).Distinct().ToList();
                random.Shuffle(spare);
                var replaced = 0;
                foreach (var item in items.Where(a => LooksLikeEval(a.Text("description"))))
                {
                    item["description"] = spare[replaced++];
                }

                return $"no eval item ({replaced} replaced)";
            }

            default:
                throw new ArgumentOutOfRangeException(nameof(rule), rule);
        }
    }

    private static string Squeeze(string text) => Regex.Replace(text, @"\s+", string.Empty).ToLowerInvariant();

    /// <summary>A copy of the item with <c>closed_date</c> right after <c>status</c>.</summary>
    private static CorpusMapping WithClosedDate(CorpusMapping item, DateTime closed)
    {
        var copy = new CorpusMapping();
        foreach (var entry in item.Entries.Where(e => e.Key != "closed_date"))
        {
            copy[entry.Key] = entry.Value;
            if (entry.Key == "status")
            {
                copy["closed_date"] = closed.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            }
        }

        return copy;
    }

    private static CorpusMapping AgentBlock(CorpusRandom random, CorpusReview review)
    {
        var cutoff = review.Events[0].Time.Date.AddDays(-14);
        var available = Models.Where(m => m.Since <= cutoff).ToList();
        var chat = available.Where(m => m.Kind == "chat").ToList();
        var primary = random.Pick(chat);
        var models = new List<CorpusMapping> { Model(random, primary, random.Chance(0.6) ? "primary" : null) };
        var others = available.Where(m => m.Id != primary.Id && m.Kind != "chat").ToList();
        if (others.Count > 0 && random.Chance(0.3))
        {
            var second = random.Pick(others);
            models.Add(Model(random, second, second.Kind == "embed" ? "embedder" : "reranker"));
        }

        var block = new CorpusMapping
        {
            ["name"] = review.AgentShort + "-agent",
            ["autonomy"] = random.Pick(Autonomy),
            ["models"] = models,
        };
        var style = random.Pick(PromptVersionStyles);
        if (review.Category == "prompt_regression" || random.Chance(0.5))
        {
            block["prompt_version"] = style.Replace("{short}", review.AgentShort).Replace("{v}", (string)review.Context["vN"]);
            if (review.Category == "prompt_regression" || random.Chance(0.5))
            {
                block["previous_prompt_version"] = style.Replace("{short}", review.AgentShort).Replace("{v}", (string)review.Context["vP"]);
            }
        }

        if (random.Chance(0.9))
        {
            var tools = AgentTools(review);
            if (tools.Count > 0)
            {
                block["tools"] = tools;
            }
        }

        if (random.Chance(0.5))
        {
            block["guardrails"] = random.Sample(Guardrails, random.Between(1, 3));
        }

        if (random.Chance(0.4))
        {
            block["evals"] = new List<string> { random.Pick(EvalSuites).Replace("{short}", review.AgentShort).Replace("{n}", random.Between(2, 9).ToString(CultureInfo.InvariantCulture)) };
        }

        if (random.Chance(0.4))
        {
            block["traces"] = Enumerable.Range(0, random.Between(1, 3))
                .Select(_ => "trace-" + string.Concat(Enumerable.Range(0, 12).Select(_ => "0123456789abcdef"[random.Index(16)])))
                .ToList();
        }

        return block;
    }

    private static CorpusMapping Model(CorpusRandom random, (string Provider, string Id, DateTime Since, string Kind) model, string? role)
    {
        var mapping = new CorpusMapping { ["id"] = model.Id };
        if (random.Chance(0.85))
        {
            mapping["provider"] = model.Provider;
        }

        if (role != null)
        {
            mapping["role"] = role;
        }

        return mapping;
    }
}
