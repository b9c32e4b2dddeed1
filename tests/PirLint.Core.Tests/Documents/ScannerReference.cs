using System;
using System.Collections.Generic;
using System.IO;
using PirLint.Documents;
using PirLint.Documents.Yaml;
using YamlDotNet.Core;

namespace PirLint.Tests.Documents;

/// <summary>Compares <see cref="BlockYamlScanner"/> with YamlDotNet's parser; linked into the fuzz tests too.</summary>
internal static class ScannerReference
{
    /// <summary>YamlDotNet's events for <paramref name="yaml"/>, as the tree builder reads them; null when it rejects the text.</summary>
    public static List<YamlEvent>? YamlDotNetEvents(string yaml)
    {
        var events = new List<YamlEvent>();
        try
        {
            var parser = new Parser(new StringReader(yaml));
            while (parser.MoveNext())
            {
                if (YamlEvent.From(parser.Current!) is { } yamlEvent)
                {
                    events.Add(yamlEvent);
                }
            }
        }
        catch (YamlException)
        {
            return null;
        }

        return events;
    }

    /// <summary>Null when the scanner agrees with YamlDotNet on <paramref name="yaml"/> (or leaves it to YamlDotNet), else what differs.</summary>
    public static string? Disagreement(string yaml, out bool scanned)
    {
        var events = new YamlEventList();
        scanned = BlockYamlScanner.TryScan(yaml, events);
        var fast = events.ToArray();
        if (!scanned)
        {
            return null;
        }

        var reference = YamlDotNetEvents(yaml);
        if (reference == null)
        {
            return "the scanner read a text YamlDotNet rejects";
        }

        return FirstDifference(fast, reference, "event", "YamlDotNet");
    }

    /// <summary>The first element (by its text) where the scanner's list and the reference's differ, or null when they are equal.</summary>
    public static string? FirstDifference<T>(IReadOnlyList<T> scanned, IReadOnlyList<T> reference, string element, string referenceName)
    {
        for (var i = 0; i < Math.Max(scanned.Count, reference.Count); i++)
        {
            var mine = i < scanned.Count ? scanned[i]!.ToString() : "(none)";
            var theirs = i < reference.Count ? reference[i]!.ToString() : "(none)";
            if (mine != theirs)
            {
                return $"{element} {i}: scanner {mine}, {referenceName} {theirs}";
            }
        }

        return null;
    }

    /// <summary>Asserts that the scanner reads every one of <paramref name="paths"/> itself, exactly as the reference does.</summary>
    public static void AssertAllScannedAlike(IEnumerable<string> paths, Func<string, (bool Scanned, string? Problem)> compare, string referenceName)
    {
        var unscanned = new List<string>();
        var disagreements = new List<string>();
        foreach (var path in paths)
        {
            var (scanned, problem) = compare(path);
            if (!scanned)
            {
                unscanned.Add(path);
            }

            if (problem != null)
            {
                disagreements.Add(path + ": " + problem);
            }
        }

        Xunit.Assert.True(disagreements.Count == 0, string.Join(Environment.NewLine, disagreements));
        Xunit.Assert.True(unscanned.Count == 0, "left to " + referenceName + ": " + string.Join(", ", unscanned));
    }
}
