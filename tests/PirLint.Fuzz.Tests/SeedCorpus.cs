using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using PirLint.TestSupport;

namespace PirLint.Fuzz.Tests;

internal sealed record SeedDocument(string Path, byte[] Content)
{
    public bool IsMarkdown => Path.EndsWith(".md", StringComparison.Ordinal);
}

/// <summary>
/// The documents the fuzzer starts from: the samples, 40 documents of the project's corpus (<see cref="CorpusGenerator"/>, seed 1, format v1.1, both
/// forms, with and without defects), Markdown written as people write it (<see cref="MarkdownAsWritten"/>) and the regression
/// cases under <c>regressions/</c>. Read once per test run, in a fixed order.
/// </summary>
internal static class SeedCorpus
{
    private static readonly Lazy<IReadOnlyList<SeedDocument>> Documents = new(Load);

    public static IReadOnlyList<SeedDocument> All => Documents.Value;

    /// <summary>The regression cases: inputs that once broke a property, kept as files.</summary>
    public static IEnumerable<SeedDocument> Regressions()
    {
        var folder = System.IO.Path.Combine(AppContext.BaseDirectory, "regressions");
        if (!Directory.Exists(folder))
        {
            return Array.Empty<SeedDocument>();
        }

        return Directory.GetFiles(folder).OrderBy(f => f, StringComparer.Ordinal)
            .Where(f => !f.EndsWith(".txt", StringComparison.Ordinal))
            .Select(f => new SeedDocument("regressions/" + System.IO.Path.GetFileName(f), File.ReadAllBytes(f)));
    }

    /// <summary>Block scalars of every kind the block scanner reads: both styles, the three chompings, blank and more-indented lines, in mappings and list items.</summary>
    private const string BlockScalars =
        "incident_summary:\n  id: INC-2024-0117\n  title: HR policy assistant answered with outdated rules\n  severity: sev3\n" +
        "summary: >\n  This review covers the sev3 incident of 17 January 2024. The HR policy assistant behaved\n" +
        "  incorrectly for 14 h 31 min before mitigation.\n\n" +
        "notes: |\n  line one\n  line two\n\n    indented: # not a comment\n  last line\n" +
        "detail: >-\n  folded and\n  stripped\n\n  second paragraph\n      more indented\n  end\n\n\n" +
        "log: |+\n  kept\n\n" +
        "root_causes:\n- >\n  A folded cause\n  over two lines\n- |-\n  A literal cause\n- Plain cause\n" +
        "action_items:\n  - description: >\n      Pin the model version\n      in the gateway\n    owner: lsato\n" +
        "  - description: |\n      Add an eval run\n    owner: mkim\n" +
        "empty: >\n" +
        "last: |\n  end of file\n";

    /// <summary>
    /// A Markdown review with what format v1.1 reads and the Markdown scanner reads itself: nested bullet items at two
    /// and four spaces, <c>*</c> and <c>-</c> bullets, a numbered list, a wrapped item, a blank line between two items,
    /// one-line HTML comments between blocks and right after a list, code spans in table cells.
    /// </summary>
    private const string MarkdownAsWritten =
        "---\nincident_summary:\n  id: INC-2026-0001\n  title: Seed\n  severity: sev2\n---\n\n# INC-2026-0001: Seed\n\n" +
        "## Summary\n\nOne paragraph\nover two lines.\n\n1. First step\n2. Second step\n   - with a note\n\n## 4. Root causes:\n\n<!-- exported from the incident tool -->\n\n" +
        "- A prompt change that went out\n  without review\n  - Raised by support during the review\n  - Confirmed by replaying conversations\n" +
        "- No eval suite\n    - Mentioned by several responders\n      * Covered by an action item below\n\n" +
        "## What went well\n\n* Rollback was quick\n  * Worth keeping\n\n* Clear handover\n<!-- pirlint-disable-next-line PIR401 -->\n" +
        "* Flag allowed mitigation\n\n### Notes\n\nProse between lists.\n\n## Action items\n\n" +
        "| Description | Owner | Priority | Due date | Status |\n|---|---|---|---|---|\n" +
        "| Add an `eval` suite | maya-suzuki | `p0_immediate` | 2026-03-20 | `closed` |\n" +
        "| Log `refund_amount` and `inputs` | noor-sharma | p1_this_week | 2026-03-25 | open |\n\n" +
        "<!-- keep in sync with the tracker -->\n";

    private static IReadOnlyList<SeedDocument> Load()
    {
        var root = TestPaths.RepositoryRoot;
        var documents = new List<SeedDocument>();
        var samples = System.IO.Path.Combine(root, "samples", "reviews");
        foreach (var file in Directory.GetFiles(samples, "*.pir.*", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal))
        {
            documents.Add(new SeedDocument("samples/" + System.IO.Path.GetRelativePath(samples, file).Replace('\\', '/'), File.ReadAllBytes(file)));
        }

        var corpus = CorpusGenerator.Generate(new CorpusOptions(40) { Spec = CorpusSpec.V1_1, MarkdownShare = 0.4, CrlfShare = 0.1, BomShare = 0.1 });
        documents.AddRange(corpus.Select(d => new SeedDocument("corpus/" + d.Path, d.Content)));

        documents.Add(new SeedDocument("seeds/as-written.pir.md", Encoding.UTF8.GetBytes(MarkdownAsWritten)));
        documents.Add(new SeedDocument("seeds/as-written-crlf.pir.md", Encoding.UTF8.GetBytes(MarkdownAsWritten.Replace("\n", "\r\n"))));
        documents.AddRange(Regressions());
        documents.Add(new SeedDocument("seeds/aliases.pir.yaml", Encoding.UTF8.GetBytes(
            "a: &a [x, x, x]\nb: &b [*a, *a, *a]\nc: &c {k: *b, l: *b}\nincident_summary: *c\n")));
        documents.Add(new SeedDocument("seeds/block-scalars.pir.yaml", Encoding.UTF8.GetBytes(BlockScalars)));
        documents.Add(new SeedDocument("seeds/block-scalars-crlf.pir.yaml", Encoding.UTF8.GetBytes(BlockScalars.Replace("\n", "\r\n"))));
        documents.Add(new SeedDocument("seeds/block-scalars.pir.md", Encoding.UTF8.GetBytes(
            "---\n" + BlockScalars + "---\n\n## Timeline\n\n- 2024-01-17T09:12Z Alert fires\n")));
        return documents;
    }
}
