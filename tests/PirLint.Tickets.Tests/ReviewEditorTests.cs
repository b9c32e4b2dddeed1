using System.Collections.Generic;
using System.IO;
using System.Linq;
using PirLint.Cli.Tickets;

namespace PirLint.Tickets.Tests;

/// <summary>The write-back on its own: the bytes it adds, and the ones it must keep.</summary>
public sealed class ReviewEditorTests
{
    private const string Header = "incident_summary:\n  id: INC-2026-0001\n  title: t\n  severity: sev3\n  category: infrastructure\n";

    private static (string Text, List<(ItemEdit Edit, string Reason)> Refused) Edit(string name, string text, params (string Key, string Value)[] fields)
    {
        var folder = Path.Combine(Path.GetTempPath(), "pirlint-editor-" + System.Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            File.WriteAllText(Path.Combine(folder, name), text);
            var review = LoadedReview.LoadAll(new[] { Path.Combine(folder, name) }, null, null, folder, TextWriter.Null, out _).Single();
            var edits = review.Review.ActionItems.Select((item, i) => new ItemEdit(item.Node, i + 1, fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value)).ToList())).Take(1).ToList();
            var refused = new List<(ItemEdit Edit, string Reason)>();
            return (review.Prefix + ReviewEditor.Apply(review, edits, refused), refused);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void A_last_item_without_a_final_line_break_gets_its_line_after_one()
    {
        var text = Header + "action_items:\n  - description: d\n    owner: a-b\n    due_date: 2026-01-02";

        var (edited, refused) = Edit("r.pir.yaml", text, ("ticket_url", "https://t/1"));

        Assert.Empty(refused);
        Assert.Equal(text + "\n    ticket_url: https://t/1", edited);
    }

    [Fact]
    public void An_empty_key_is_filled_and_a_byte_order_mark_kept()
    {
        var text = "\uFEFF" + Header + "action_items:\n  - description: d\n    ticket_url:   # to do\n    owner: a-b\n";

        var (edited, _) = Edit("r.pir.yaml", text, ("ticket_url", "https://t/1"));

        Assert.Equal("\uFEFF" + Header + "action_items:\n  - description: d\n    ticket_url: https://t/1   # to do\n    owner: a-b\n", edited);
    }

    [Fact]
    public void A_quoted_value_is_replaced_inside_its_quotes_and_a_value_that_needs_quotes_gets_them()
    {
        var text = Header + "action_items:\n  - description: d\n    status: 'open'\n";

        Assert.Equal(Header + "action_items:\n  - description: d\n    status: 'closed'\n", Edit("r.pir.yaml", text, ("status", "closed")).Text);
        Assert.Equal(Header + "action_items:\n  - description: d\n    status: 'open'\n    ticket_url: \"https://t/a b\"\n", Edit("r.pir.yaml", text, ("ticket_url", "https://t/a b")).Text);
    }

    [Fact]
    public void A_flow_mapping_item_is_refused_and_left_as_it_is()
    {
        var text = Header + "action_items:\n  - {description: d, owner: a-b}\n";

        var (edited, refused) = Edit("r.pir.yaml", text, ("ticket_url", "https://t/1"));

        Assert.Equal(text, edited);
        Assert.Equal("the item is a flow mapping ({ ... }); add the key by hand", Assert.Single(refused).Reason);
    }

    [Fact]
    public void A_table_without_outer_pipes_gets_its_column_in_the_same_style_and_a_pipe_is_escaped()
    {
        var text = "---\n" + Header + "---\n\n## Action items\n\nDescription | Owner\n--- | ---\nd | a-b\ne | c-d\n\n## Notes\n\nx | y\n";

        var (edited, refused) = Edit("r.pir.md", text, ("ticket_url", "https://t/1?a|b"));

        Assert.Empty(refused);
        Assert.Equal("---\n" + Header + "---\n\n## Action items\n\nDescription | Owner | Ticket URL\n--- | --- | ---\nd | a-b | https://t/1?a\\|b\ne | c-d | \n\n## Notes\n\nx | y\n", edited);
    }

    [Fact]
    public void Table_rows_shorter_than_the_header_are_padded_up_to_the_ticket_cell()
    {
        var text = "---\n" + Header + "---\n\n## Action items\n\n| Description | Ticket URL | Owner |\n|---|---|---|\n| d |\r\n";

        var (edited, _) = Edit("r.pir.md", text, ("ticket_url", "https://t/1"));

        Assert.Equal("---\n" + Header + "---\n\n## Action items\n\n| Description | Ticket URL | Owner |\n|---|---|---|\n| d | https://t/1 |\r\n", edited);
    }
}
