using System;
using System.Collections.Generic;
using System.IO;
using PirLint.Documents;
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
        var fast = new List<YamlEvent>();
        scanned = BlockYamlScanner.TryScan(yaml, fast);
        if (!scanned)
        {
            return null;
        }

        var reference = YamlDotNetEvents(yaml);
        if (reference == null)
        {
            return "the scanner read a text YamlDotNet rejects";
        }

        for (var i = 0; i < Math.Max(fast.Count, reference.Count); i++)
        {
            var mine = i < fast.Count ? fast[i].ToString() : "(none)";
            var theirs = i < reference.Count ? reference[i].ToString() : "(none)";
            if (mine != theirs)
            {
                return $"event {i}: scanner {mine}, YamlDotNet {theirs}";
            }
        }

        return null;
    }
}
