using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using PirLint.Configuration;
using PirLint.Diagnostics;
using PirLint.Engine;
using PirLint.TestSupport;

namespace PirLint.Tests.FollowUp;

/// <summary>PIR901, PIR902 and the follow-up summary over fixed reviews on fixed days.</summary>
public class FollowUpTests
{
    // Fixtures.ValidYaml: item 1 closed (due 2026-03-20), item 2 open (due 2026-03-25, line 55),
    // item 3 in_progress (due 2026-03-31, line 60).
    private static DocumentResult Result(string path, string text, params (string Key, string Value)[] config)
    {
        var options = config.Length == 0
            ? PirLintOptions.Default
            : PirLintOptions.FromConfig(config.Select(c => new KeyValuePair<string, string>(c.Key, c.Value)));
        return new PirLintEngine().Lint(path, Encoding.UTF8.GetBytes(text), options);
    }

    private static IReadOnlyList<PirDiagnostic> FollowUp(string today, params DocumentResult[] documents) =>
        PirLintEngine.LintFollowUp(documents, DateTime.Parse(today, System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>A review with only what follow-up reads: one action item per (owner, due date, status).</summary>
    private static string Items(params (string Owner, string Due, string? Status)[] items)
    {
        var text = new StringBuilder("incident_summary:\n  id: INC-2026-0001\naction_items:\n");
        var n = 0;
        foreach (var (owner, due, status) in items)
        {
            text.Append($"  - description: item {++n}\n    owner: {owner}\n    priority: p2_this_quarter\n    due_date: {due}\n");
            if (status != null)
            {
                text.Append($"    status: {status}\n");
            }
        }

        return text.ToString();
    }

    private static int LineOf(string text, string line) => text.Split('\n').ToList().IndexOf(line) + 1;

    [Fact]
    public void RecordsCarryTheItemsValuesAndSpans()
    {
        var result = Result("r.pir.yaml", Fixtures.ValidYaml);
        Assert.Equal(3, result.ActionItems.Count);
        var item = result.ActionItems[1];
        Assert.Equal(("INC-2026-0317", 2, "engineer-b", "p1_this_week", "2026-03-25", "open"), (item.ReviewId, item.Index, item.Owner, item.Priority, item.DueDateText, item.Status));
        Assert.Equal(new DateTime(2026, 3, 25), item.DueDate);
        Assert.Equal(55, item.DueDateSpan!.Value.StartLine);
        Assert.Equal(LineOf(Fixtures.ValidYaml, "action_items:"), result.ActionItemsKey!.Value.StartLine);
    }

    [Fact]
    public void AnItemDueTodayIsNotOverdue()
    {
        var diagnostics = FollowUp("2026-03-25", Result("r.pir.yaml", Fixtures.ValidYaml));
        Assert.DoesNotContain(diagnostics, d => d.Id == "PIR901");
    }

    [Fact]
    public void AnOpenItemIsOverdueTheDayAfterItsDueDate()
    {
        var overdue = Assert.Single(FollowUp("2026-03-26", Result("r.pir.yaml", Fixtures.ValidYaml)), d => d.Id == "PIR901");
        Assert.Equal(PirSeverity.Warning, overdue.Severity);
        Assert.Equal((55, 15, 55, 25), (overdue.Span.StartLine, overdue.Span.StartColumn, overdue.Span.EndLine, overdue.Span.EndColumn));
        Assert.Equal("action item 2 (owner engineer-b) was due 2026-03-25, 1 day(s) ago, and is still open; close it when it is done, or agree a new due date with the team and write it here", overdue.Message);
    }

    [Fact]
    public void InProgressAndMissingStatusCountAsOpenButClosedItemsAreNeverOverdue()
    {
        var noStatus = Fixtures.ValidYaml.ReplaceOnce("    status: open\n", string.Empty);
        var diagnostics = FollowUp("2026-04-01", Result("r.pir.yaml", noStatus)).Where(d => d.Id == "PIR901").ToList();
        Assert.Equal(new[] { 55, 59 }, diagnostics.Select(d => d.Span.StartLine));
        Assert.Contains("7 day(s) ago, and is still open", diagnostics[0].Message);
        Assert.Contains("1 day(s) ago, and is still in_progress", diagnostics[1].Message);

        var summary = FollowUpSummary.Create(new[] { Result("r.pir.yaml", noStatus) }, new DateTime(2026, 4, 1));
        Assert.Equal(new[] { 0, 7, 1 }, summary.Items.Select(i => i.DaysOverdue(summary.Today)));
    }

    [Fact]
    public void AnItemWithoutAValidDueDateIsNeverOverdueButCounts()
    {
        var result = Result("r.pir.yaml", Fixtures.ValidYaml.ReplaceOnce("due_date: 2026-03-25", "due_date: next week"));
        var summary = FollowUpSummary.Create(new[] { result }, new DateTime(2027, 1, 1));
        Assert.Equal((3, 1, 1), (summary.Total, summary.Closed, summary.Overdue));
        Assert.Equal("next week", summary.Items[1].DueDateText);
    }

    [Fact]
    public void SummaryCountsOverdueItemsAndTotalsByOwnerAcrossReviews()
    {
        var a = Result("a.pir.yaml", Items(("alice", "2026-04-01", "open"), ("bob", "2026-04-10", "in_progress"), ("carol", "2026-03-20", "closed")));
        var b = Result("b.pir.yaml", Items(("alice", "2026-04-05", null), ("Bob", "2026-05-01", "open"), ("dave", "2026-03-25", "closed"), ("erin", "2026-03-30", "closed")));

        var onDueDay = FollowUpSummary.Create(new[] { b, a }, new DateTime(2026, 4, 1));
        Assert.Equal((7, 3, 0, 3), (onDueDay.Total, onDueDay.Closed, onDueDay.Overdue, onDueDay.Due));
        Assert.Equal(1.0, onDueDay.CompletionRate); // the open items are not due yet: only the three closed ones count
        Assert.Equal("a.pir.yaml", onDueDay.Items[0].Path);

        var dayAfter = FollowUpSummary.Create(new[] { a, b }, new DateTime(2026, 4, 2));
        Assert.Equal((1, 4), (dayAfter.Overdue, dayAfter.Due));
        Assert.Equal(3.0 / 4, dayAfter.CompletionRate);

        var later = FollowUpSummary.Create(new[] { a, b }, new DateTime(2026, 4, 11));
        Assert.Equal(3, later.Overdue);
        Assert.Equal(0.5, later.CompletionRate);
        Assert.Equal(
            new[] { "alice 2/2", "bob 2/1", "carol 0/0", "dave 0/0", "erin 0/0" },
            later.ByOwner.Select(o => $"{o.Owner} {o.Open}/{o.Overdue}"));
    }

    [Fact]
    public void CompletionRateUnderEightyPercentIsAnErrorAtTheFirstReviewWithAnOverdueItem()
    {
        var closed = Result("a.pir.yaml", Items(("alice", "2026-03-01", "closed")));
        var open = Result("b.pir.yaml", Fixtures.ValidYaml);
        Assert.DoesNotContain(FollowUp("2026-03-25", open, closed), d => d.Id == "PIR902"); // nothing open is due yet: 2 of 2
        var rate = Assert.Single(FollowUp("2026-04-01", open, closed), d => d.Id == "PIR902");
        Assert.Equal(PirSeverity.Error, rate.Severity);
        Assert.Equal("b.pir.yaml", rate.Path);
        Assert.Equal(LineOf(Fixtures.ValidYaml, "action_items:"), rate.Span.StartLine);
        Assert.Equal("the on-time completion rate of the action items due is 50% (4 due: 2 closed on time, 0 closed late, 2 open and overdue, across 2 review(s)), under the target of 90% and under 80%; close the items that are done, with their closed_date, and give the open ones a date the team can keep, or write fewer, smaller items ('pirlint actions' lists them)", rate.Message);
    }

    [Theory]
    [InlineData(4, 5, "PIR902 Warning")] // 80%: under the target, not under the alarm
    [InlineData(3, 5, "PIR902 Error")]
    [InlineData(9, 10, "")]             // 90% meets the target
    [InlineData(17, 20, "PIR902 Warning")]
    [InlineData(0, 3, "PIR902 Error")]
    public void CompletionRateSeverityFollowsTheArticlesThresholds(int closed, int total, string expected)
    {
        var items = Enumerable.Range(0, total).Select(i => ("owner", "2026-03-01", i < closed ? "closed" : "open")).Select(t => (t.Item1, t.Item2, (string?)t.Item3)).ToArray();
        var diagnostics = FollowUp("2026-03-02", Result("r.pir.yaml", Items(items))).Where(d => d.Id == "PIR902");
        Assert.Equal(expected, string.Join(",", diagnostics.Select(d => $"{d.Id} {d.Severity}")));
    }

    [Fact]
    public void NoActionItemsMeansNoCompletionRate()
    {
        var summary = FollowUpSummary.Create(new[] { Result("r.pir.yaml", "incident_summary:\n  id: INC-1\n") }, new DateTime(2026, 1, 1));
        Assert.Null(summary.CompletionRate);
        Assert.Empty(FollowUp("2026-01-01", Result("r.pir.yaml", "incident_summary:\n  id: INC-1\n")));
    }

    [Fact]
    public void TheTargetComesFromTheConfiguration()
    {
        var text = Items(("a", "2026-03-01", "closed"), ("b", "2026-03-01", "closed"), ("c", "2026-03-01", "open"));
        Assert.DoesNotContain(FollowUp("2026-03-02", Result("r.pir.yaml", text, ("pirlint.completion.target", "0.6"))), d => d.Id == "PIR902");
        var rate = Assert.Single(FollowUp("2026-03-02", Result("r.pir.yaml", text, ("pirlint.completion.target", "70%"))), d => d.Id == "PIR902");
        Assert.Equal(PirSeverity.Error, rate.Severity);
        Assert.Contains("under the target of 70%", rate.Message);
    }

    [Fact]
    public void SeveritiesAndSuppressionCommentsApply()
    {
        var configured = FollowUp("2026-03-26", Result("r.pir.yaml", Fixtures.ValidYaml, ("pirlint.PIR901.severity", "error"), ("dotnet_diagnostic.PIR902.severity", "none")));
        Assert.Equal("PIR901 Error", string.Join(",", configured.Select(d => $"{d.Id} {d.Severity}")));

        var suppressed = Fixtures.ValidYaml.ReplaceOnce("    due_date: 2026-03-25", "    # pirlint-disable-next-line PIR901\n    due_date: 2026-03-25");
        Assert.DoesNotContain(FollowUp("2026-03-26", Result("r.pir.yaml", suppressed)), d => d.Id == "PIR901");
    }

    [Fact]
    public void MarkdownItemsAreReportedAtTheirTableCells()
    {
        var result = Result("r.pir.md", Fixtures.ValidMarkdown);
        Assert.Equal(3, result.ActionItems.Count);
        var overdue = FollowUp("2026-04-01", result).Where(d => d.Id == "PIR901").ToList();
        Assert.Equal(2, overdue.Count);
        var lines = Fixtures.ValidMarkdown.Split('\n');
        Assert.All(overdue, d => Assert.Equal(
            lines[d.Span.StartLine - 1].Substring(d.Span.StartColumn - 1, d.Span.EndColumn - d.Span.StartColumn),
            result.ActionItems.Single(i => i.DueDateSpan!.Value.StartLine == d.Span.StartLine).DueDateText));
        var rate = Assert.Single(FollowUp("2026-04-01", result), d => d.Id == "PIR902");
        Assert.Equal("## Action items", lines[rate.Span.StartLine - 1]);
    }

    [Theory]
    [InlineData("2026-03-19")] // the review's day: every item is ahead of its date
    [InlineData("2026-03-26")] // a week later: item 2 (due 03-25) is overdue, item 3 (due 03-31) is not due
    public void OpenItemsNotYetDueAreNotCounted(string today)
    {
        var review = Result("r.pir.yaml", Fixtures.ValidYaml.Replace("    status: closed\n", "    status: open\n"));
        var summary = FollowUpSummary.Create(new[] { review }, DateTime.Parse(today, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(today == "2026-03-19" ? (0, (double?)null) : (2, 0.0), (summary.Due, summary.CompletionRate));
        Assert.Equal(today == "2026-03-19" ? string.Empty : "PIR902 Error", string.Join(",", FollowUp(today, review).Where(d => d.Id == "PIR902").Select(d => $"{d.Id} {d.Severity}")));
    }

    [Fact]
    public void AnItemClosedAfterItsDueDateCountsAsDueButNotOnTime()
    {
        var text = Items(("a", "2026-03-01", "closed"), ("b", "2026-03-01", "closed"), ("c", "2026-03-01", "closed"), ("d", "2026-03-01", "closed"), ("e", "2026-04-30", "open"))
            .Replace("    due_date: 2026-03-01\n    status: closed\n", "    due_date: 2026-03-01\n    status: closed\n    closed_date: 2026-03-01\n");
        var late = ReplaceOnce(text, "    closed_date: 2026-03-01\n", "    closed_date: 2026-03-02\n");
        var summary = FollowUpSummary.Create(new[] { Result("r.pir.yaml", late) }, new DateTime(2026, 3, 10));
        Assert.Equal((4, 3, 1, 0), (summary.Due, summary.ClosedOnTime, summary.ClosedLate, summary.Overdue));
        Assert.Equal(0.75, summary.CompletionRate);
        var rate = Assert.Single(FollowUp("2026-03-10", Result("r.pir.yaml", late)));
        Assert.Equal(PirSeverity.Error, rate.Severity);
        Assert.Contains("75% (4 due: 3 closed on time, 1 closed late, 0 open and overdue, across 1 review(s))", rate.Message);

        // Closed on the due date is on time; a closed item without closed_date is taken as on time.
        Assert.Empty(FollowUp("2026-03-10", Result("r.pir.yaml", text)));
        Assert.Empty(FollowUp("2026-03-10", Result("r.pir.yaml", text.Replace("    closed_date: 2026-03-01\n", string.Empty))));
    }

    [Fact]
    public void ACompletionRateOnlyOfItemsNotYetDueReportsNothing()
    {
        var text = Items(("a", "2026-04-01", "open"), ("b", "2026-04-02", null), ("c", "2026-04-03", "in_progress"));
        Assert.Empty(FollowUp("2026-03-20", Result("r.pir.yaml", text)));
        Assert.Null(FollowUpSummary.Create(new[] { Result("r.pir.yaml", text) }, new DateTime(2026, 3, 20)).CompletionRate);
    }

    private static string ReplaceOnce(string text, string needle, string replacement)
    {
        var at = text.IndexOf(needle, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{needle}' is not in the text");
        return text.Substring(0, at) + replacement + text.Substring(at + needle.Length);
    }

    [Fact]
    public void AnUnreadableFileHasNoActionItems()
    {
        var result = Result("r.pir.yaml", "action_items: [\n");
        Assert.Empty(result.ActionItems);
        Assert.Empty(FollowUp("2026-01-01", result));
    }
}
