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
/// forms, with and without defects) and the regression cases under <c>regressions/</c>. Read once per test run, in a fixed order.
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
