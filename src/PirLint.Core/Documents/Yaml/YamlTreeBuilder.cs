using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using PirLint.Diagnostics;
using PirLint.Text;
using YamlDotNet.Core;

namespace PirLint.Documents.Yaml;

/// <summary>
/// Builds the node tree from YamlDotNet's event stream without recursion: nesting is bounded by
/// <see cref="PirLimits.MaxDepth"/> and aliases are counted, never copied.
/// </summary>
internal sealed class YamlTreeBuilder
{
    private const int MaxKeptEvents = 4096;

    [ThreadStatic]
    private static YamlEventList? t_scannedEvents;

    private readonly LineMap _lines;
    private readonly DiagnosticBag _diagnostics;
    private readonly Stack<Frame> _stack = new();

    /// <summary>Frames of closed collections, for the next one to open: a review opens dozens, but few at once.</summary>
    private readonly Stack<Frame> _spareFrames = new();
    private readonly Dictionary<string, PirNode> _anchors = new(StringComparer.Ordinal);
    private int _aliasExpansion;
    private PirNode? _root;
    private int _documents;
    private int _lastIndex;

    private YamlTreeBuilder(LineMap lines, DiagnosticBag diagnostics)
    {
        _lines = lines;
        _diagnostics = diagnostics;
    }

    /// <summary>Reads <paramref name="yaml"/>, whose offsets are those of <paramref name="lines"/>; null after a PIR001.</summary>
    public static PirNode? Build(string yaml, LineMap lines, DiagnosticBag diagnostics, out bool empty)
    {
        var builder = new YamlTreeBuilder(lines, diagnostics);
        var root = builder.Run(yaml);
        empty = builder._documents == 0 || (root is ScalarNode scalar && scalar.IsEmpty && scalar.Kind == ScalarKind.Plain);
        return root;
    }

    private PirNode? Run(string yaml)
    {
        var events = t_scannedEvents ??= new YamlEventList();
        try
        {
            if (BlockYamlScanner.TryScan(yaml, events))
            {
                for (var i = 0; i < events.Count; i++)
                {
                    if (!Handle(events[i]))
                    {
                        return null;
                    }
                }

                return _root;
            }
        }
        finally
        {
            // Kept for the next review on this thread, unless a huge one grew it.
            events.Clear();
            if (events.Capacity > MaxKeptEvents)
            {
                t_scannedEvents = null;
            }
        }

        return ReadWithYamlDotNet(yaml);
    }

    /// <summary>The text outside the scanner's subset, read by YamlDotNet; a method of its own, so YamlDotNet is not even loaded for the rest.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private PirNode? ReadWithYamlDotNet(string yaml)
    {
        try
        {
            var parser = new Parser(new StringReader(yaml));
            while (parser.MoveNext())
            {
                if (YamlEvent.From(parser.Current!) is { } parsed && !Handle(parsed))
                {
                    return null;
                }
            }

            return _root;
        }
        catch (YamlException exception)
        {
            var start = (int)Math.Min(Math.Max(exception.Start.Index, exception.End.Index), yaml.Length);
            if (exception.Message.IndexOf("tab", StringComparison.OrdinalIgnoreCase) >= 0)
            {
                start = IndentationTabAtOrAfter(yaml, start);
            }

            var span = _lines.Span(start, start);
            _diagnostics.Report(RuleCatalog.PIR001, WidenToLineEnd(span), "YAML syntax error: " + CleanMessage(exception.Message) + "; fix the YAML at this place");
            return null;
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            _diagnostics.Report(RuleCatalog.PIR001, WidenToLineEnd(_lines.Span(_lastIndex, _lastIndex)),
                "YAML syntax error after this place (" + exception.GetType().Name + "); check for an unclosed bracket, brace or quote");
            return null;
        }
    }

    private bool Handle(in YamlEvent yamlEvent)
    {
        _lastIndex = yamlEvent.Start;
        switch (yamlEvent.Kind)
        {
            case YamlEventKind.DocumentStart:
                _documents++;
                if (_documents > 1)
                {
                    var at = SpanOf(yamlEvent);
                    _diagnostics.Report(RuleCatalog.PIR001, WidenToLineEnd(at), "a review file holds one YAML document; remove the second document marker '---' and what follows it, or merge them");
                    return false;
                }

                return true;
            case YamlEventKind.Scalar:
                if (yamlEvent.Anchor == null && _stack.Count > 0 && _stack.Peek() is { IsMapping: true, PendingKey: null } keyed)
                {
                    // A key: its text and place are all that is kept, so no node is made for it.
                    keyed.Size++;
                    keyed.PendingKey = new PendingKey(yamlEvent.Value, SpanOf(yamlEvent));
                    return true;
                }

                return Add(CreateScalar(yamlEvent), yamlEvent.Anchor);
            case YamlEventKind.Alias:
                return AddAlias(yamlEvent);
            case YamlEventKind.MappingStart:
                return Open(NewFrame(isMapping: true, yamlEvent.Anchor, SpanOf(yamlEvent)));
            case YamlEventKind.SequenceStart:
                return Open(NewFrame(isMapping: false, yamlEvent.Anchor, SpanOf(yamlEvent)));
            default:
                return Close(yamlEvent);
        }
    }

    private ScalarNode CreateScalar(in YamlEvent scalar)
    {
        var span = SpanOf(scalar);
        var valueSpan = span;
        var kind = scalar.Quoted ? ScalarKind.Quoted : ScalarKind.Plain;
        if (scalar.InQuotes && span.Length >= 2)
        {
            valueSpan = _lines.Span(span.Start + 1, span.End - 1);
        }

        return new ScalarNode(scalar.Value!, kind, span, valueSpan);
    }

    private Frame NewFrame(bool isMapping, string? anchorName, SourceSpan start)
    {
        var frame = _spareFrames.Count > 0 ? _spareFrames.Pop() : new Frame();
        frame.Reset(isMapping, anchorName, start);
        return frame;
    }

    private bool Open(Frame frame)
    {
        if (_stack.Count >= PirLimits.MaxDepth)
        {
            _diagnostics.Report(RuleCatalog.PIR001, WidenToLineEnd(_lines.Span(frame.Start.Start, frame.Start.Start)),
                $"the review nests deeper than {PirLimits.MaxDepth} levels; a review needs only a few levels, flatten this value");
            return false;
        }

        if (_stack.Count > 0)
        {
            var parent = _stack.Peek();
            if (parent.IsMapping && parent.PendingKey == null)
            {
                _diagnostics.Report(RuleCatalog.PIR003, frame.Start, "a key must be a plain name, not a list or mapping; write the field name as text");
                frame.DiscardAsKey = true;
            }
            else if (parent.IsMapping && parent.PendingKey != null)
            {
                frame.Anchor = parent.PendingKey.Value.KeySpan;
            }
        }

        _stack.Push(frame);
        return true;
    }

    private bool Close(in YamlEvent end)
    {
        var frame = _stack.Pop();
        var span = _lines.Span(frame.Start.Start, Math.Max(frame.Start.Start, end.End));
        PirNode node;
        if (frame.IsMapping)
        {
            var anchor = frame.Anchor ?? (frame.Properties.Count > 0 ? frame.Properties[0].KeySpan : frame.Start);
            node = new MappingNode(frame.Properties.ToArray(), span, anchor);
        }
        else
        {
            node = new SequenceNode(frame.Items.ToArray(), span);
        }

        node.Size = frame.Size;
        var discardAsKey = frame.DiscardAsKey;
        var anchorName = frame.AnchorName;
        var start = frame.Start;
        _spareFrames.Push(frame);
        if (discardAsKey)
        {
            _stack.Peek().PendingKey = new PendingKey(null, start);
            return true;
        }

        return Add(node, anchorName);
    }

    private bool AddAlias(in YamlEvent alias)
    {
        var name = alias.Value!;
        if (!_anchors.TryGetValue(name, out var target))
        {
            _diagnostics.Report(RuleCatalog.PIR001, SpanOf(alias), $"the alias '*{name}' names no anchor defined before it; define '&{name}' first or write the value");
            return false;
        }

        _aliasExpansion += target.Size;
        if (_aliasExpansion > PirLimits.MaxAliasExpansion)
        {
            _diagnostics.Report(RuleCatalog.PIR001, SpanOf(alias),
                $"YAML aliases expand past {PirLimits.MaxAliasExpansion:N0} nodes; write the values out instead of nesting aliases");
            return false;
        }

        return Add(target, null);
    }

    private bool Add(PirNode node, string? anchorName)
    {
        if (anchorName != null)
        {
            _anchors[anchorName] = node;
        }

        if (_stack.Count == 0)
        {
            _root ??= node;
            return true;
        }

        var frame = _stack.Peek();
        frame.Size += node.Size;
        if (!frame.IsMapping)
        {
            frame.Items.Add(node);
            return true;
        }

        if (frame.PendingKey == null)
        {
            if (node is ScalarNode key)
            {
                frame.PendingKey = new PendingKey(key.Value, key.Span);
            }
            else
            {
                _diagnostics.Report(RuleCatalog.PIR003, node.Span, "a key must be a plain name, not a list or mapping; write the field name as text");
                frame.PendingKey = new PendingKey(null, node.Span);
            }

            return true;
        }

        var pending = frame.PendingKey.Value;
        frame.PendingKey = null;
        if (pending.Key == null)
        {
            return true;
        }

        if (frame.AddKey(pending.Key))
        {
            frame.Properties.Add(new PirProperty(pending.Key, pending.KeySpan, node));
        }
        else
        {
            _diagnostics.Report(RuleCatalog.PIR007, pending.KeySpan, $"the key '{pending.Key}' is given twice in this mapping; keep one (the first is used)");
        }

        return true;
    }

    private SourceSpan SpanOf(in YamlEvent yamlEvent) => _lines.Span(yamlEvent.Start, Math.Max(yamlEvent.Start, yamlEvent.End));

    private SourceSpan WidenToLineEnd(SourceSpan at)
    {
        var end = _lines.LineEnd(at.StartLine);
        return end > at.Start ? _lines.Span(at.Start, end) : at;
    }

    /// <summary>YamlDotNet reports a tab in indentation at the enclosing mapping; point at the tab itself.</summary>
    private static int IndentationTabAtOrAfter(string yaml, int start)
    {
        var lineStart = start;
        while (lineStart > 0 && yaml[lineStart - 1] != '\n')
        {
            lineStart--;
        }

        for (var i = lineStart; i < yaml.Length; i++)
        {
            if (yaml[i] != '\t')
            {
                continue;
            }

            var j = i;
            while (j > 0 && (yaml[j - 1] == ' ' || yaml[j - 1] == '\t'))
            {
                j--;
            }

            if (j == 0 || yaml[j - 1] == '\n' || yaml[j - 1] == '\r')
            {
                return i;
            }
        }

        return start;
    }

    private static string CleanMessage(string message)
    {
        var text = message;
        var close = text.IndexOf("): ", StringComparison.Ordinal);
        if (text.StartsWith("(", StringComparison.Ordinal) && close > 0)
        {
            text = text.Substring(close + 3);
        }

        return text.TrimEnd('.');
    }

    private struct PendingKey
    {
        public PendingKey(string? key, SourceSpan keySpan)
        {
            Key = key;
            KeySpan = keySpan;
        }

        public string? Key { get; }

        public SourceSpan KeySpan { get; }
    }

    private sealed class Frame
    {
        public bool IsMapping { get; private set; }

        /// <summary>The YAML anchor (<c>&amp;name</c>) this collection defines, if any.</summary>
        public string? AnchorName { get; private set; }

        public SourceSpan Start { get; private set; }

        public SourceSpan? Anchor { get; set; }

        public bool DiscardAsKey { get; set; }

        public PendingKey? PendingKey { get; set; }

        public int Size { get; set; }

        /// <summary>Makes this frame a new one; its lists are emptied for reuse (a node gets a copy of them).</summary>
        public void Reset(bool isMapping, string? anchorName, SourceSpan start)
        {
            IsMapping = isMapping;
            AnchorName = anchorName;
            Start = start;
            Anchor = null;
            DiscardAsKey = false;
            PendingKey = null;
            Size = 1;
            _properties?.Clear();
            _items?.Clear();
            _keys = null;
        }

        /// <summary>A mapping's properties; empty for a sequence.</summary>
        public List<PirProperty> Properties => _properties ??= new List<PirProperty>();

        /// <summary>A sequence's items; empty for a mapping.</summary>
        public List<PirNode> Items => _items ??= new List<PirNode>();

        private List<PirProperty>? _properties;

        private List<PirNode>? _items;

        /// <summary>The keys seen, once a mapping has more than <see cref="ScanLimit"/>: small mappings (nearly all) are scanned.</summary>
        private HashSet<string>? _keys;

        private const int ScanLimit = 16;

        /// <summary>False when the mapping already has <paramref name="key"/>.</summary>
        public bool AddKey(string key)
        {
            var properties = Properties;
            if (_keys == null)
            {
                for (var i = 0; i < properties.Count; i++)
                {
                    if (properties[i].Key == key)
                    {
                        return false;
                    }
                }

                if (properties.Count < ScanLimit)
                {
                    return true;
                }

                _keys = new HashSet<string>(StringComparer.Ordinal);
                foreach (var property in properties)
                {
                    _keys.Add(property.Key);
                }
            }

            return _keys.Add(key);
        }
    }
}
