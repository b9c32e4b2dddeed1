using System;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace PirLint.Documents.Yaml;

internal enum YamlEventKind
{
    DocumentStart,
    MappingStart,
    SequenceStart,
    Scalar,
    Alias,
    CollectionEnd,
}

/// <summary>
/// One event of a YAML parse, with the offsets YamlDotNet gives it: what <see cref="YamlTreeBuilder"/> reads,
/// from YamlDotNet's parser or from <see cref="BlockYamlScanner"/>.
/// </summary>
internal readonly struct YamlEvent : IEquatable<YamlEvent>
{
    public YamlEvent(YamlEventKind kind, int start, int end, string? value = null, bool quoted = false, bool inQuotes = false, string? anchor = null)
    {
        Kind = kind;
        Start = start;
        End = end;
        Value = value;
        Quoted = quoted;
        InQuotes = inQuotes;
        Anchor = anchor;
    }

    public YamlEventKind Kind { get; }

    public int Start { get; }

    public int End { get; }

    /// <summary>A scalar's value, or an alias's name.</summary>
    public string? Value { get; }

    /// <summary>A scalar that is not plain: quoted or a block scalar.</summary>
    public bool Quoted { get; }

    /// <summary>True for a single- or double-quoted scalar, whose value sits between the first and last character of its span.</summary>
    public bool InQuotes { get; }

    public string? Anchor { get; }

    /// <summary>The event the builder reads for <paramref name="parsingEvent"/>; null for events it does not need.</summary>
    public static YamlEvent? From(ParsingEvent parsingEvent)
    {
        var start = (int)parsingEvent.Start.Index;
        var end = (int)parsingEvent.End.Index;
        return parsingEvent switch
        {
            DocumentStart => new YamlEvent(YamlEventKind.DocumentStart, start, end),
            Scalar scalar => new YamlEvent(YamlEventKind.Scalar, start, end, scalar.Value, scalar.Style != ScalarStyle.Plain,
                scalar.Style == ScalarStyle.SingleQuoted || scalar.Style == ScalarStyle.DoubleQuoted, AnchorOf(scalar)),
            AnchorAlias alias => new YamlEvent(YamlEventKind.Alias, start, end, alias.Value.ToString()),
            MappingStart mapping => new YamlEvent(YamlEventKind.MappingStart, start, end, anchor: AnchorOf(mapping)),
            SequenceStart sequence => new YamlEvent(YamlEventKind.SequenceStart, start, end, anchor: AnchorOf(sequence)),
            MappingEnd or SequenceEnd => new YamlEvent(YamlEventKind.CollectionEnd, start, end),
            _ => null,
        };
    }

    public bool Equals(YamlEvent other) =>
        Kind == other.Kind && Start == other.Start && End == other.End && Value == other.Value &&
        Quoted == other.Quoted && InQuotes == other.InQuotes && Anchor == other.Anchor;

    public override bool Equals(object? obj) => obj is YamlEvent other && Equals(other);

    public override int GetHashCode() => ((int)Kind * 397) ^ (Start * 31) ^ End;

    public override string ToString() => $"{Kind} {Start}-{End}{(Value != null ? " '" + Value + "'" : "")}{(Quoted ? " quoted" : "")}{(InQuotes ? " in-quotes" : "")}{(Anchor != null ? " &" + Anchor : "")}";

    private static string? AnchorOf(NodeEvent nodeEvent) => nodeEvent.Anchor.IsEmpty ? null : nodeEvent.Anchor.ToString();
}
