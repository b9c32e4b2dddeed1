using System;
using System.Linq;
using System.Text;
using PirLint.Configuration;
using PirLint.Engine;
using PirLint.Text;

namespace PirLint.Tests.FollowUp;

/// <summary>Action item records read back exactly what they were made from, whether a host made one or a review's pack holds it.</summary>
public class ActionItemRecordTests
{
    private static readonly SourceSpan ItemSpan = new(10, 21, 3, 5, 3, 16);
    private static readonly SourceSpan DueSpan = new(40, 50, 5, 15, 5, 25);
    private static readonly SourceSpan StatusSpan = new(60, 66, 6, 13, 6, 19);

    [Fact]
    public void AHostsRecordReadsBackEveryValue()
    {
        var due = new DateTime(2026, 3, 25, 0, 0, 0, DateTimeKind.Utc);
        var closed = new DateTime(2026, 3, 27, 13, 45, 10, DateTimeKind.Local);
        var record = new ActionItemRecord("a/r.pir.yaml", "INC-1", 4, "Add a canary", "Dana Ray", "p1_this_week", "2026-03-25", due, "closed", "https://tracker.example/7", ItemSpan, DueSpan, StatusSpan, "2026-03-27", closed);

        Assert.Equal(
            ("a/r.pir.yaml", "INC-1", 4, "Add a canary", "Dana Ray", "p1_this_week", "2026-03-25", "closed", "https://tracker.example/7", "2026-03-27"),
            (record.Path, record.ReviewId, record.Index, record.Description, record.Owner, record.Priority, record.DueDateText, record.Status, record.TicketUrl, record.ClosedDateText));
        Assert.Equal((due, DateTimeKind.Utc), (record.DueDate!.Value, record.DueDate.Value.Kind));
        Assert.Equal((closed, DateTimeKind.Local), (record.ClosedDate!.Value, record.ClosedDate.Value.Kind));
        Assert.Equal((ItemSpan, DueSpan, StatusSpan), (record.ItemSpan, record.DueDateSpan!.Value, record.StatusSpan!.Value));
        Assert.True(record.IsClosed);
        Assert.True(record.IsClosedLate);
    }

    [Fact]
    public void MissingValuesStayMissingAndEmptyTextsStayEmpty()
    {
        var record = new ActionItemRecord("r.pir.yaml", null, 1, string.Empty, null, null, null, null, null, null, ItemSpan, null, null);

        Assert.Equal((string.Empty, (string?)null, (string?)null, (string?)null, (string?)null, (string?)null, (string?)null, (string?)null), (record.Description, record.ReviewId, record.Owner, record.Priority, record.DueDateText, record.Status, record.TicketUrl, record.ClosedDateText));
        Assert.Equal(((DateTime?)null, (DateTime?)null, (SourceSpan?)null, (SourceSpan?)null), (record.DueDate, record.ClosedDate, record.DueDateSpan, record.StatusSpan));
        Assert.Equal("open", record.EffectiveStatus);
        Assert.True(record.IsOpen);
        Assert.False(record.IsClosed);
    }

    [Theory]
    [InlineData("open", true, false)]
    [InlineData("in_progress", true, false)]
    [InlineData("closed", false, true)]
    [InlineData("Closed", false, false)] // a status outside the schema's set is neither, as written
    [InlineData("done", false, false)]
    public void TheStatusDecidesOpenAndClosedAsWritten(string status, bool open, bool closed)
    {
        var record = new ActionItemRecord("r.pir.yaml", null, 1, "d", "o", null, null, null, status, null, ItemSpan, null, null);

        Assert.Equal((status, status, open, closed), (record.Status, record.EffectiveStatus, record.IsOpen, record.IsClosed));
    }

    [Fact]
    public void AReviewsRecordsHoldEachItemsOwnValuesInOrder()
    {
        var text = new StringBuilder("incident_summary:\n  id: INC-2026-0042\naction_items:\n");
        text.Append("  - description: Pin the model version\n    owner: Ana Silva\n    priority: p1_this_week\n    due_date: 2026-04-02\n    status: closed\n    closed_date: 2026-04-05\n");
        text.Append("  - description: Add an eval for refusals\n    owner: Bo Chen\n    priority: p2_this_quarter\n    due_date: not a date\n    ticket_url: https://tracker.example/issues/12\n");
        text.Append("  - description: \"\"\n    owner: Cy Obi\n    priority: p3_backlog\n    due_date: 2026-06-30\n    status: in_progress\n");
        var result = new PirLintEngine().Lint("r.pir.yaml", text.ToString(), PirLintOptions.Default);
        var lines = text.ToString().Split('\n');

        var items = result.ActionItems;
        Assert.Equal(3, items.Count);
        Assert.Equal(new[] { 1, 2, 3 }, items.Select(i => i.Index));
        Assert.All(items, i => Assert.Equal(("r.pir.yaml", "INC-2026-0042"), (i.Path, i.ReviewId)));
        Assert.Equal(new[] { "Pin the model version", "Add an eval for refusals", null }, items.Select(i => i.Description)); // an empty value is a missing one
        Assert.Equal(new[] { "Ana Silva", "Bo Chen", "Cy Obi" }, items.Select(i => i.Owner));
        Assert.Equal(new[] { "p1_this_week", "p2_this_quarter", "p3_backlog" }, items.Select(i => i.Priority));
        Assert.Equal(new[] { "2026-04-02", "not a date", "2026-06-30" }, items.Select(i => i.DueDateText));
        Assert.Equal(new DateTime?[] { new DateTime(2026, 4, 2), null, new DateTime(2026, 6, 30) }, items.Select(i => i.DueDate));
        Assert.Equal(new[] { "closed", null, "in_progress" }, items.Select(i => i.Status));
        Assert.Equal(new[] { null, "https://tracker.example/issues/12", null }, items.Select(i => i.TicketUrl));
        Assert.Equal(new[] { "2026-04-05", null, null }, items.Select(i => i.ClosedDateText));
        Assert.Equal(new DateTime?[] { new DateTime(2026, 4, 5), null, null }, items.Select(i => i.ClosedDate));
        Assert.Equal(new[] { "    due_date: 2026-04-02", "    due_date: not a date", "    due_date: 2026-06-30" }, items.Select(i => lines[i.DueDateSpan!.Value.StartLine - 1]));
        Assert.Equal(new[] { "    status: closed", null, "    status: in_progress" }, items.Select(i => i.StatusSpan is { } s ? lines[s.StartLine - 1] : null));
        Assert.Equal(new[] { "  - description: Pin the model version", "  - description: Add an eval for refusals", "  - description: \"\"" }, items.Select(i => lines[i.ItemSpan.StartLine - 1]));
        Assert.Equal(new[] { true, false, false }, items.Select(i => i.IsClosedLate));
        Assert.Throws<ArgumentOutOfRangeException>(() => items[3]);
        Assert.Throws<ArgumentOutOfRangeException>(() => items[-1]);
    }
}
