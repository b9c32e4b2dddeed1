using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using PirLint.Configuration;
using PirLint.Diagnostics;
using PirLint.Documents;
using PirLint.Documents.Loading;
using PirLint.Engine;
using PirLint.Model;
using PirLint.Rules;
using PirLint.Schema;
using PirLint.Text;
using YamlDotNet.Core;

namespace PirLint.Benchmarks;

/// <summary><c>stages [ROUNDS]</c>: where the engine's time goes, stage by stage, over the corpus's YAML documents (best of ROUNDS each).</summary>
internal static class Stages
{
    public static void Run(string[] args)
    {
        var rounds = args.Length > 1 ? int.Parse(args[1]) : 20;
        var documents = Corpus.Load(1000, ".pir.yaml");
        var schema = PirSchema.Default;
        var texts = new List<string>();
        var loaded = new List<PirDocument>();
        foreach (var document in documents)
        {
            var text = DocumentLoader.Decode(document.Bytes, new DiagnosticBag(document.Path))!;
            texts.Add(text);
            loaded.Add(DocumentLoader.Load(document.Path, text, schema.ListFields, new DiagnosticBag(document.Path))!);
        }

        Time("bare YamlStream (decode + Load)", rounds, () => { foreach (var d in documents) Baseline.Parse(d.Bytes); });
        Time("YamlDotNet Parser events only", rounds, () =>
        {
            foreach (var text in texts)
            {
                var parser = new Parser(new StringReader(text));
                while (parser.MoveNext())
                {
                }
            }
        });
        Time("decode (validate + UTF-8)", rounds, () => { foreach (var d in documents) DocumentLoader.Decode(d.Bytes, new DiagnosticBag(d.Path)); });
        Time("LineMap", rounds, () => { foreach (var text in texts) new LineMap(text); });
        Time("load (LineMap + tree + comments)", rounds, () =>
        {
            for (var i = 0; i < texts.Count; i++) DocumentLoader.Load(documents[i].Path, texts[i], schema.ListFields, new DiagnosticBag(documents[i].Path));
        });
        Time("schema validation", rounds, () => { foreach (var d in loaded) SchemaValidator.Validate(d.Root, schema, new DiagnosticBag(d.Path)); });
        Time("Review model", rounds, () => { foreach (var d in loaded) new Review(d); });
        foreach (var rule in ReviewRules.All)
        {
            var reviews = loaded.ConvertAll(d => new Review(d));
            Time("rule " + rule.Descriptor.Id + " " + rule.GetType().Name, rounds, () =>
            {
                foreach (var review in reviews) rule.Analyze(new ReviewContext(review, PirLintOptions.Default, new DiagnosticBag(review.Document.Path)));
            });
        }

        var reviewsForValues = loaded.ConvertAll(d => new Review(d));
        Time("PirDateTime on timeline times", rounds, () =>
        {
            foreach (var r in reviewsForValues) foreach (var e in r.Timeline) if (e.Time != null) PirLint.Values.PirDateTime.TryParse(e.Time.Value, out _, out _);
        });
        Time("PirDuration on durations", rounds, () =>
        {
            foreach (var r in reviewsForValues) { if (r.Duration != null) PirLint.Values.PirDuration.TryParse(r.Duration.Value, out _); if (r.DetectionDelay != null) PirLint.Values.PirDuration.TryParse(r.DetectionDelay.Value, out _); }
        });
        Time("PirDate on dates", rounds, () =>
        {
            foreach (var r in reviewsForValues) { if (r.ReviewDate != null) PirLint.Values.PirDate.TryParse(r.ReviewDate.Value, out _); foreach (var a in r.ActionItems) if (a.DueDate != null) PirLint.Values.PirDate.TryParse(a.DueDate.Value, out _); }
        });
        Time("Uri on ticket urls", rounds, () =>
        {
            foreach (var r in reviewsForValues) foreach (var a in r.ActionItems) if (a.TicketUrl != null) Uri.TryCreate(a.TicketUrl.Value.Trim(), UriKind.Absolute, out _);
        });
        var blameTexts = new List<string>();
        foreach (var r in reviewsForValues) foreach (var f in new[] { "root_causes", "contributing_factors", "what_went_poorly" }) foreach (var t in r.StringList(f)) blameTexts.Add(t.Value);
        var words = new List<string>();
        foreach (var r in reviewsForValues.GetRange(0, 1)) foreach (var a in r.Attendees) words.AddRange(a.Value.Split('.', '-', '_', ' '));
        words.AddRange(new[] { "human", "careless", "negligent", "should", "should've", "forgot", "at", "fault", "to" });
        Console.WriteLine($"{blameTexts.Count} texts, {words.Count} words");
        Time("IndexOf OrdinalIgnoreCase texts x words", rounds, () =>
        {
            foreach (var t in blameTexts) foreach (var w in words) t.IndexOf(w, 0, StringComparison.OrdinalIgnoreCase);
        });
        Time("IndexOf Ordinal texts x words", rounds, () =>
        {
            foreach (var t in blameTexts) foreach (var w in words) t.IndexOf(w, 0, StringComparison.Ordinal);
        });
        var engine = new PirLintEngine();
        Time("engine.Lint(bytes) whole", rounds, () => { foreach (var d in documents) engine.Lint(d.Path, d.Bytes, PirLintOptions.Default); });
    }

    private static void Time(string name, int rounds, Action action)
    {
        var best = double.MaxValue;
        for (var i = 0; i < rounds; i++)
        {
            var watch = Stopwatch.StartNew();
            action();
            best = Math.Min(best, watch.Elapsed.TotalMilliseconds);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        action();
        var bytes = GC.GetAllocatedBytesForCurrentThread() - before;
        Console.WriteLine($"{best,8:F2} ms {bytes / 1024.0 / 1024.0,8:F2} MB  {name}");
    }
}
