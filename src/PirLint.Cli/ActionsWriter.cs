using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Json;
using PirLint.Engine;

namespace PirLint.Cli;

/// <summary>The three forms of <c>pirlint actions</c>: a text table, one JSON object, and a Markdown report for a wiki.</summary>
internal static class ActionsWriter
{
    public static string Text(FollowUpSummary summary, int reviewCount)
    {
        var output = new StringBuilder();
        var rows = new List<string[]> { new[] { "OVERDUE", "DUE", "STATUS", "CLOSED", "OWNER", "PRIORITY", "REVIEW", "FILE", "ACTION ITEM" } };
        foreach (var item in ReportOrder(summary))
        {
            rows.Add(new[]
            {
                item.IsOverdue(summary.Today) ? item.DaysOverdue(summary.Today).ToString(CultureInfo.InvariantCulture) + "d" : "-",
                OrDash(item.DueDateText), item.EffectiveStatus, OrDash(item.ClosedDateText), OrDash(item.Owner), OrDash(item.Priority), OrDash(item.ReviewId),
                $"{item.Path}:{item.ItemSpan.StartLine}", OneLine(item.Description ?? "-"),
            });
        }

        if (summary.Total > 0)
        {
            WriteTable(output, rows);
            output.Append('\n');
            output.Append("By owner:\n");
            var owners = new List<string[]> { new[] { "OWNER", "OPEN", "OVERDUE" } };
            foreach (var owner in summary.ByOwner)
            {
                owners.Add(new[] { owner.Owner, Number(owner.Open), Number(owner.Overdue) });
            }

            WriteTable(output, owners, indent: "  ");
            output.Append('\n');
        }

        output.Append(SummaryLine(summary, reviewCount)).Append('\n');
        return output.ToString();
    }

    public static string Json(FollowUpSummary summary)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, JsonOutput.Options))
        {
            writer.WriteStartObject();
            writer.WriteString("today", Date(summary.Today));
            writer.WriteStartArray("items");
            foreach (var item in summary.Items)
            {
                writer.WriteStartObject();
                WriteStringOrNull(writer, "review_id", item.ReviewId);
                writer.WriteString("file", item.Path);
                writer.WriteNumber("line", item.ItemSpan.StartLine);
                WriteStringOrNull(writer, "description", item.Description);
                WriteStringOrNull(writer, "owner", item.Owner);
                WriteStringOrNull(writer, "priority", item.Priority);
                WriteStringOrNull(writer, "due_date", item.DueDateText);
                writer.WriteString("status", item.EffectiveStatus);
                WriteStringOrNull(writer, "closed_date", item.ClosedDateText);
                WriteStringOrNull(writer, "ticket", item.TicketUrl);
                writer.WriteNumber("days_overdue", item.DaysOverdue(summary.Today));
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteNumber("total", summary.Total);
            writer.WriteNumber("closed", summary.Closed);
            writer.WriteNumber("due", summary.Due);
            writer.WriteNumber("closed_on_time", summary.ClosedOnTime);
            writer.WriteNumber("closed_late", summary.ClosedLate);
            if (summary.CompletionRate is { } rate)
            {
                writer.WriteNumber("completion_rate", Math.Round(rate, 4));
            }
            else
            {
                writer.WriteNull("completion_rate");
            }

            writer.WriteNumber("target", summary.Target);
            writer.WriteNumber("overdue", summary.Overdue);
            writer.WriteStartObject("by_owner");
            foreach (var owner in summary.ByOwner)
            {
                writer.WriteStartObject(owner.Owner);
                writer.WriteNumber("open", owner.Open);
                writer.WriteNumber("overdue", owner.Overdue);
                writer.WriteEndObject();
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    /// <param name="link">The link to a review file from where the report is saved.</param>
    /// <param name="chartLink">The SVG chart's link, or null for a bar drawn with characters.</param>
    public static string Markdown(FollowUpSummary summary, int reviewCount, Func<string, string> link, string? chartLink)
    {
        var output = new StringBuilder();
        output.Append("# Action item follow-up\n\n");
        output.Append(SummaryLine(summary, reviewCount)).Append("\n\n");
        if (summary.CompletionRate is { } rate)
        {
            var caption = $"{CompletionRateRule.Percent(rate)} of the action items due closed on time (target {CompletionRateRule.Percent(summary.Target)})";
            output.Append(chartLink != null
                ? $"![{caption}]({chartLink})\n\n"
                : $"`{CompletionChart.TextBar(rate, summary.Target)}` {caption}\n\n");
        }

        if (summary.Overdue > 0)
        {
            output.Append("## Overdue\n\n");
            output.Append("| Days overdue | Due | Owner | Priority | Status | Review | Action item |\n");
            output.Append("|---:|---|---|---|---|---|---|\n");
            foreach (var item in ReportOrder(summary))
            {
                if (item.IsOverdue(summary.Today))
                {
                    output.Append($"| {item.DaysOverdue(summary.Today)} | {Cell(item.DueDateText)} | {Cell(item.Owner)} | {Cell(item.Priority)} | {Cell(item.EffectiveStatus)} | {ReviewLink(item, link)} | {Cell(item.Description)} |\n");
                }
            }

            output.Append('\n');
        }

        if (summary.Total > 0)
        {
            output.Append("## By owner\n\n| Owner | Open | Overdue |\n|---|---:|---:|\n");
            foreach (var owner in summary.ByOwner)
            {
                output.Append($"| {Cell(owner.Owner)} | {owner.Open} | {owner.Overdue} |\n");
            }

            output.Append("\n## All action items\n\n");
            output.Append("| Review | Action item | Owner | Priority | Due | Status | Closed | Ticket |\n");
            output.Append("|---|---|---|---|---|---|---|---|\n");
            foreach (var item in summary.Items)
            {
                var ticket = item.TicketUrl != null && Uri.TryCreate(item.TicketUrl, UriKind.Absolute, out _) ? $"[ticket](<{item.TicketUrl}>)" : Cell(item.TicketUrl);
                output.Append($"| {ReviewLink(item, link)} | {Cell(item.Description)} | {Cell(item.Owner)} | {Cell(item.Priority)} | {Cell(item.DueDateText)} | {Cell(item.EffectiveStatus)} | {Cell(item.ClosedDateText)} | {ticket} |\n");
            }
        }

        return output.ToString();
    }

    /// <summary>
    /// "12 action item(s) in 3 review(s) on 2026-04-01: 10 due: 7 closed on time, 1 closed late, 2 open and overdue;
    /// 2 not due yet; on-time completion rate 70% (target 90%): under the target and under 80%."
    /// </summary>
    public static string SummaryLine(FollowUpSummary summary, int reviewCount)
    {
        var head = $"{summary.Total} action item(s) in {reviewCount} review(s) on {Date(summary.Today)}";
        if (summary.CompletionRate is not { } rate)
        {
            return head + (summary.Total == 0 ? ": nothing to follow up." : ": nothing is due yet, so there is no completion rate.");
        }

        var verdict = rate >= summary.Target ? "on target" : rate < CompletionRateRule.ErrorBelow ? $"under the target and under {CompletionRateRule.Percent(CompletionRateRule.ErrorBelow)}" : "under the target";
        return $"{head}: {CompletionRateRule.Counts(summary)}; {summary.Total - summary.Due} not due yet; " +
               $"on-time completion rate {CompletionRateRule.Percent(rate)} (target {CompletionRateRule.Percent(summary.Target)}): {verdict}.";
    }

    /// <summary>Overdue items first (most days overdue first), then the other items not closed by due date, then the closed ones.</summary>
    private static List<ActionItemRecord> ReportOrder(FollowUpSummary summary)
    {
        var today = summary.Today;
        var items = new List<ActionItemRecord>(summary.Items);
        var position = new Dictionary<ActionItemRecord, int>();
        for (var i = 0; i < items.Count; i++)
        {
            position[items[i]] = i;
        }

        int Group(ActionItemRecord item) => item.IsOverdue(today) ? 0 : item.IsClosed ? 2 : 1;
        items.Sort((a, b) =>
        {
            var c = Group(a).CompareTo(Group(b));
            if (c == 0 && Group(a) == 0) c = b.DaysOverdue(today).CompareTo(a.DaysOverdue(today));
            if (c == 0 && Group(a) == 1) c = (a.DueDate ?? DateTime.MaxValue).CompareTo(b.DueDate ?? DateTime.MaxValue);
            return c != 0 ? c : position[a].CompareTo(position[b]);
        });
        return items;
    }

    private static void WriteTable(StringBuilder output, List<string[]> rows, string indent = "")
    {
        var widths = new int[rows[0].Length];
        foreach (var row in rows)
        {
            for (var c = 0; c < row.Length - 1; c++)
            {
                widths[c] = Math.Max(widths[c], row[c].Length);
            }
        }

        foreach (var row in rows)
        {
            var line = new StringBuilder(indent);
            for (var c = 0; c < row.Length; c++)
            {
                line.Append(c < row.Length - 1 ? row[c].PadRight(widths[c] + 2) : row[c]);
            }

            output.Append(line.ToString().TrimEnd()).Append('\n');
        }
    }

    private static string ReviewLink(ActionItemRecord item, Func<string, string> link) =>
        $"[{Cell(item.ReviewId ?? item.Path)}](<{link(item.Path)}>)";

    private static string Cell(string? value) => MarkdownText.Cell(value);

    private static string OneLine(string value) => MarkdownText.OneLine(value);

    private static string OrDash(string? value) => value == null ? "-" : OneLine(value);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Date(DateTime date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static void WriteStringOrNull(Utf8JsonWriter writer, string name, string? value)
    {
        if (value == null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value);
        }
    }
}
