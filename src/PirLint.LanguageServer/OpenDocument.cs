using System;
using System.Collections.Generic;
using System.Threading;
using PirLint.Diagnostics;
using PirLint.Documents;
using PirLint.Engine;

namespace PirLint.LanguageServer;

/// <summary>A buffer the client has open: its text as the client last sent it, and its latest lint.</summary>
internal sealed class OpenDocument
{
    public OpenDocument(string uri, string path, bool isReview, int version, string text)
    {
        Uri = uri;
        Path = path;
        IsReview = isReview;
        Version = version;
        Text = text;
    }

    /// <summary>The URI exactly as the client sent it, so that what is published matches.</summary>
    public string Uri { get; }

    /// <summary>The file path the policy and the engine see.</summary>
    public string Path { get; }

    /// <summary>False for a file that is not a review by its name: kept in sync, never linted.</summary>
    public bool IsReview { get; }

    public int Version { get; set; }

    public string Text { get; set; }

    public CancellationTokenSource? PendingLint { get; set; }

    public LintSnapshot? Snapshot { get; set; }

    /// <summary>What was last published for it, to send only what changed.</summary>
    public IReadOnlyList<PirDiagnostic>? Published { get; set; }

    public int PublishedVersion { get; set; } = -1;
}

/// <summary>One lint of one version of a buffer: what the engine read and reported, and the positions of that text.</summary>
internal sealed class LintSnapshot
{
    public LintSnapshot(int version, string text, DocumentResult result, PirDocument? document, PirLintEngine engine, IReadOnlyList<PirDiagnostic> own, TextPositions positions)
    {
        Version = version;
        Text = text;
        Result = result;
        Document = document;
        Engine = engine;
        Own = own;
        Positions = positions;
        _index = new Lazy<ReviewIndex?>(() => document == null ? null : ReviewIndex.Build(document, engine.Schema));
    }

    private readonly Lazy<ReviewIndex?> _index;

    public int Version { get; }

    public string Text { get; }

    public DocumentResult Result { get; }

    public PirDocument? Document { get; }

    public PirLintEngine Engine { get; }

    /// <summary>The document's own diagnostics and PIR901 at today's date, hidden ones dropped; PIR006 is added when published.</summary>
    public IReadOnlyList<PirDiagnostic> Own { get; }

    public TextPositions Positions { get; }

    public ReviewIndex? Index => _index.Value;

    /// <summary>The engine's offsets count from after a byte order mark, which the buffer may still hold.</summary>
    public int OffsetShift => Text.Length > 0 && Text[0] == '\uFEFF' ? 1 : 0;
}
