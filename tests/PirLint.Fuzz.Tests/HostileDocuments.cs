using System;
using System.IO;
using System.Linq;
using System.Text;
using PirLint.TestSupport;

namespace PirLint.Fuzz.Tests;

/// <param name="Line">The 1-based line of the one PIR001 the file must get.</param>
/// <param name="Column">Its 1-based column.</param>
internal sealed record HostileClass(string Name, string FileName, byte[] Content, int Line, int Column);

/// <summary>The hostile files of the resource tests and the end-to-end builds, and large documents of several shapes.</summary>
internal static class HostileDocuments
{
    public static readonly HostileClass[] Classes =
    {
        // 6 levels of 10 aliases: the 8th '*c' on line 4 (column 36) takes the expansion past 10,000 nodes.
        new("alias-bomb", "alias-bomb.pir.yaml", Utf8(
            "a: &a [x, x, x, x, x, x, x, x, x, x]\n" +
            "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n" +
            "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\n" +
            "d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n" +
            "e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\n" +
            "f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]\n" +
            "g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f, *f]\n" +
            "h: &h [*g, *g, *g, *g, *g, *g, *g, *g, *g, *g]\n" +
            "i: &i [*h, *h, *h, *h, *h, *h, *h, *h, *h, *h]\n"), 4, 36),

        // The root mapping is level 1: the 64th bracket is the 65th level.
        new("deep-nesting", "deep-nesting.pir.yaml", Utf8("a: " + new string('[', 100_000) + new string(']', 100_000) + "\n"), 1, 3 + 64),

        new("over-1-mib", "over-1-mib.pir.yaml", Utf8("a: b\n# " + new string('x', 1024 * 1024) + "\n"), 1, 1),

        // A Latin-1 'é' (0xE9) where UTF-8 needs two bytes, on line 2 after "  title: caf".
        new("bad-utf8", "bad-utf8.pir.yaml",
            Utf8("incident_summary:\n  title: caf").Concat(new byte[] { 0xE9 }).Concat(Utf8("\n  id: INC-1\n")).ToArray(), 2, 13),

        new("nul-bytes", "nul-bytes.pir.yaml", Utf8("incident_summary:\n  id: INC\0\0-1\n"), 2, 10),

        new("empty", "empty.pir.yaml", Array.Empty<byte>(), 1, 1),

        // The unclosed bracket on line 3 is reported where the parser gives up: the end of the front matter, line 4.
        new("front-matter-syntax-error", "front-matter-syntax-error.pir.md", Utf8("---\nincident_summary:\n  id: [INC-1\n---\n\n## Root causes\n\n- x\n"), 4, 1),
    };

    public static readonly string[] LargeShapes =
    {
        "timeline-events", "blamed-root-causes", "unknown-fields", "long-scalar", "duplicate-action-items", "markdown-table", "comments",
    };

    /// <summary>A review of about <paramref name="size"/> bytes (never more), grown in one of <see cref="LargeShapes"/>.</summary>
    public static (string Path, byte[] Content) Large(string shape, int size)
    {
        var yaml = Sample("INC-2026-0317.pir.yaml");
        var (path, text, anchor, unit) = shape switch
        {
            "timeline-events" => ("t.pir.yaml", yaml, "timeline:\n", "  - time: \"2026-03-15T14:05Z\"\n    event: \"Another event of the incident\"\n    actor: \"engineer-b\"\n"),
            "blamed-root-causes" => ("r.pir.yaml", yaml, "root_causes:\n", "  - \"Engineer B forgot the tests: human error, Sam Lee should have seen it\"\n"),
            "unknown-fields" => ("u.pir.yaml", yaml, "review_date:", "review_dat: \"2026-03-19\"\n"),
            "long-scalar" => ("l.pir.yaml", yaml, "  title: \"", "Customer support agent provided incorrect refund amounts "),
            "duplicate-action-items" => ("d.pir.yaml", yaml, "action_items:\n",
                "  - description: \"Add a regression eval suite\"\n    owner: \"priya-natarajan\"\n    priority: \"p2_this_quarter\"\n    due_date: \"2026-03-31\"\n"),
            "markdown-table" => ("m.pir.md", Sample("INC-2026-0317.pir.md"), "|---|---|---|---|---|---|\n",
                "| Add a regression eval suite | priya-natarajan | p2_this_quarter | 2026-03-31 | closed | |\n"),
            "comments" => ("c.pir.yaml", yaml, "root_causes:\n", "  # pirlint-disable-next-line PIR401 -- a reviewed exception\n"),
            _ => throw new ArgumentException(shape),
        };

        var at = text.IndexOf(anchor, StringComparison.Ordinal) + (anchor.EndsWith("\n", StringComparison.Ordinal) || anchor.EndsWith("\"", StringComparison.Ordinal) ? anchor.Length : 0);
        var copies = Math.Max(1, (size - Encoding.UTF8.GetByteCount(text)) / Encoding.UTF8.GetByteCount(unit));
        var grown = text.Substring(0, at) + new StringBuilder(unit.Length * copies).Insert(0, unit, copies) + text.Substring(at);
        return (path, Utf8(grown));
    }

    private static string Sample(string name) => File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "samples", "reviews", name));

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
