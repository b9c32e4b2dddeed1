using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;

namespace PirLint.TestSupport;

/// <summary>The contract version a generated corpus follows. v1.1 content and defect kinds are added beside v1.0's.</summary>
internal enum CorpusSpec
{
    V1_0,

    /// <summary>Format v1.1: the <c>ai_agent</c> block, eval action items, closed dates, the impact window, a top-level summary, and its defect kinds.</summary>
    V1_1,
}

/// <summary>What to generate; the defaults are those of the shared generator.</summary>
internal sealed record CorpusOptions(int Count)
{
    public int Seed { get; init; } = 1;

    public CorpusSpec Spec { get; init; } = CorpusSpec.V1_0;

    public double MarkdownShare { get; init; } = 0.3;

    public double DefectShare { get; init; } = 0.3;

    public double CrlfShare { get; init; } = 0.05;

    public double BomShare { get; init; } = 0.02;

    /// <summary>The rules to inject, spread evenly; null for every rule of <see cref="Spec"/>.</summary>
    public IReadOnlyList<string>? Rules { get; init; }
}

/// <summary>One generated review: its path relative to the corpus folder, its bytes, and the rule a linter must report (empty when clean).</summary>
internal sealed record CorpusDocument(string Path, byte[] Content, string ExpectedRule, string Note)
{
    public bool IsMarkdown => Path.EndsWith(".md", StringComparison.Ordinal);
}

/// <summary>
/// The project's own corpus of synthetic post-incident reviews, deterministic for a seed, with the verdict a correct
/// linter must give for each (the C# counterpart of <c>../shared/bench/make-corpus</c>, so the corpus tests run on a
/// fresh clone). A share of the documents carries exactly one injected defect, spread evenly over the rules of
/// <see cref="InjectedRules"/>; every other document passes every rule of the catalogue. Both forms (<c>.pir.yaml</c>
/// and <c>.pir.md</c>), CRLF line ends and a BOM occur; action items are all closed, so no rule that reads today's
/// date fires. <see cref="Write"/> lays the corpus out as the shared generator does: files under
/// <c>year/month/</c> and <c>expected.tsv</c> (<c>path TAB rule</c>, sorted by path).
/// </summary>
internal static partial class CorpusGenerator
{
    /// <summary>The rules a v1.0 corpus injects, one defect per defective document.</summary>
    public static readonly IReadOnlyList<string> InjectedRulesV10 = new[]
    {
        "PIR002", "PIR003", "PIR004", "PIR005", "PIR101", "PIR102", "PIR103", "PIR104", "PIR201", "PIR301", "PIR401",
    };

    /// <summary>The rules a v1.1 corpus injects: v1.0's and PIR107, PIR403, PIR404, PIR405.</summary>
    public static IReadOnlyList<string> InjectedRulesV11 => CorpusV11.InjectedRules;

    public static IReadOnlyList<string> InjectedRules(CorpusSpec spec) => spec switch
    {
        CorpusSpec.V1_0 => InjectedRulesV10,
        CorpusSpec.V1_1 => InjectedRulesV11,
        _ => throw new ArgumentOutOfRangeException(nameof(spec)),
    };

    public static IReadOnlyList<CorpusDocument> Generate(CorpusOptions options)
    {
        if (options.Count < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), "the count must be at least 1");
        }

        var rules = options.Rules ?? InjectedRules(options.Spec);
        var unknown = rules.Except(InjectedRules(options.Spec)).ToList();
        if (rules.Count == 0 || unknown.Count > 0)
        {
            throw new ArgumentException("rules not injected by this spec: " + string.Join(",", unknown), nameof(options));
        }

        var count = options.Count;
        var master = new CorpusRandom(options.Seed);
        var markdownCount = (int)Math.Round(count * options.MarkdownShare, MidpointRounding.AwayFromZero);
        var defectCount = (int)Math.Round(count * options.DefectShare, MidpointRounding.AwayFromZero);
        var forms = Enumerable.Range(0, count).Select(i => i < markdownCount).ToList();
        master.Shuffle(forms);
        var defectRules = Enumerable.Range(0, defectCount).Select(i => rules[i % rules.Count]).ToList();
        master.Shuffle(defectRules);
        var positions = Enumerable.Range(0, count).ToList();
        master.Shuffle(positions);
        var defectOf = new Dictionary<int, string>();
        for (var i = 0; i < defectCount; i++)
        {
            defectOf[positions[i]] = defectRules[i];
        }

        var crlf = new HashSet<int>(master.Sample(Enumerable.Range(0, count).ToList(), (int)Math.Round(count * options.CrlfShare, MidpointRounding.AwayFromZero)));
        var bom = new HashSet<int>(master.Sample(Enumerable.Range(0, count).ToList(), (int)Math.Round(count * options.BomShare, MidpointRounding.AwayFromZero)));

        var width = count <= 12000 ? 4 : count.ToString(CultureInfo.InvariantCulture).Length;
        var usedIds = new HashSet<string>(StringComparer.Ordinal);
        var documents = new List<CorpusDocument>();
        for (var i = 0; i < count; i++)
        {
            var random = new CorpusRandom(options.Seed * 1_000_003 + i);
            var (id, year) = UniqueId(random, width, usedIds);
            var first = new DateTime(Math.Max(FirstDay.Ticks, new DateTime(year, 1, 1).Ticks));
            var last = new DateTime(Math.Min(LastDay.Ticks, new DateTime(year, 12, 28).Ticks));
            var markdown = forms[i];
            defectOf.TryGetValue(i, out var rule);
            var review = CorpusBuilder.Build(random, id, first, last, options.Spec);
            var v11 = options.Spec == CorpusSpec.V1_1;
            while (v11 && !CorpusV11.Suits(review, rule))
            {
                review = CorpusBuilder.Build(random, id, first, last, options.Spec);
            }

            if (v11)
            {
                CorpusV11.AddContent(random, review, markdown);
            }

            review.AttendeesInFrontMatter = markdown && random.Chance(0.5);
            if (rule == "PIR201")
            {
                review.EnsureFourEvents();
            }

            var mapping = review.ToMapping();
            var before = mapping.Maps("action_items").Select(a => a.Text("description")).ToList();
            var note = rule == null ? string.Empty
                : rule is "PIR107" or "PIR403" or "PIR404" or "PIR405" ? CorpusV11.Inject(random, review, mapping, rule)
                : (v11 && rule == "PIR002" ? CorpusV11.InjectMissingAgentField(random, mapping) : null)
                  ?? (v11 && rule == "PIR101" ? CorpusV11.InjectOwner(random, mapping, markdown) : null)
                  ?? Inject(random, review, mapping, rule, markdown);
            if (v11 && rule is not null and not "PIR405")
            {
                CorpusV11.KeepEvalItem(random, review, mapping, before);
            }
            var text = markdown ? CorpusRendering.Markdown(review, mapping, random) : CorpusRendering.Yaml(review, mapping, random);
            if (crlf.Contains(i))
            {
                text = text.Replace("\n", "\r\n");
            }

            var bytes = Encoding.UTF8.GetBytes(text);
            if (bom.Contains(i))
            {
                bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(bytes).ToArray();
            }

            var start = review.Events[0].Time;
            var path = $"{start.Year}/{start.Month:00}/{id.ToLowerInvariant()}-{Slug(review.Title)}.pir.{(markdown ? "md" : "yaml")}";
            documents.Add(new CorpusDocument(path, bytes, rule ?? string.Empty, note));
        }

        return documents.OrderBy(d => d.Path, StringComparer.Ordinal).ToList();
    }

    /// <summary>Writes the corpus and its <c>expected.tsv</c> into <paramref name="folder"/> (created if missing) and returns the documents.</summary>
    public static IReadOnlyList<CorpusDocument> Write(string folder, CorpusOptions options)
    {
        var documents = Generate(options);
        foreach (var document in documents)
        {
            var path = System.IO.Path.Combine(folder, document.Path);
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, document.Content);
        }

        File.WriteAllText(
            System.IO.Path.Combine(folder, "expected.tsv"),
            string.Concat(documents.Select(d => d.Path + "\t" + d.ExpectedRule + "\n")),
            new UTF8Encoding(false));
        return documents;
    }

    private static readonly DateTime FirstDay = new(2024, 1, 8);
    private static readonly DateTime LastDay = new(2026, 10, 16);

    private static (string Id, int Year) UniqueId(CorpusRandom random, int width, HashSet<string> used)
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            var year = random.Between(FirstDay.Year, LastDay.Year);
            var prefix = random.Weighted(new[] { "INC", "AI-INC", "PIR" }, new[] { 85, 10, 5 });
            var number = random.Between(1, (int)Math.Pow(10, width) - 1).ToString(CultureInfo.InvariantCulture).PadLeft(width, '0');
            var id = $"{prefix}-{year}-{number}";
            if (used.Add(id))
            {
                return (id, year);
            }
        }

        throw new InvalidOperationException("could not find a unique incident id");
    }

    internal static string Slug(string title)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in CorpusNames.StripAccents(title).ToLowerInvariant() + " ")
        {
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
            {
                word.Append(c);
            }
            else if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }

        return words.Count == 0 ? "review" : string.Join("-", words.Take(6));
    }
}

/// <summary>A seeded random source (System.Random's seeded algorithm is fixed across .NET versions) with the choices the generator makes.</summary>
internal sealed class CorpusRandom
{
    private readonly Random random;

    public CorpusRandom(int seed) => random = new Random(seed);

    /// <summary>A whole number in [<paramref name="low"/>, <paramref name="high"/>].</summary>
    public int Between(int low, int high) => random.Next(low, high + 1);

    public bool Chance(double probability) => random.NextDouble() < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    public int Index(int count) => random.Next(count);

    public T Weighted<T>(IReadOnlyList<T> items, IReadOnlyList<int> weights)
    {
        var roll = random.Next(weights.Sum());
        for (var i = 0; i < items.Count; i++)
        {
            roll -= weights[i];
            if (roll < 0)
            {
                return items[i];
            }
        }

        return items[items.Count - 1];
    }

    public void Shuffle<T>(IList<T> items)
    {
        for (var i = items.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }

    /// <summary><paramref name="count"/> distinct items in random order.</summary>
    public List<T> Sample<T>(IReadOnlyList<T> items, int count)
    {
        var copy = items.ToList();
        Shuffle(copy);
        return copy.Take(count).ToList();
    }
}
