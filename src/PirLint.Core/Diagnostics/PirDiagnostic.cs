using System;
using PirLint.Text;

namespace PirLint.Diagnostics;

public sealed class PirDiagnostic : IEquatable<PirDiagnostic>
{
    public PirDiagnostic(string id, PirSeverity severity, string message, string path, SourceSpan span)
    {
        Id = id;
        Severity = severity;
        Message = message;
        Path = path;
        Span = span;
    }

    public string Id { get; }

    public PirSeverity Severity { get; }

    public string Message { get; }

    /// <summary>The file the diagnostic is in, as the host named it.</summary>
    public string Path { get; }

    public SourceSpan Span { get; }

    /// <summary>
    /// Where in the review's data the diagnostic is, such as <c>action_items[1].owner</c> (empty for the whole
    /// document); null when unknown. Unlike the span, it stays put when lines are added elsewhere in the file.
    /// </summary>
    public string? KeyPath { get; private set; }

    public PirDiagnostic WithSeverity(PirSeverity severity) => new(Id, severity, Message, Path, Span) { KeyPath = KeyPath };

    public PirDiagnostic WithKeyPath(string? keyPath) => new(Id, Severity, Message, Path, Span) { KeyPath = keyPath };

    public bool Equals(PirDiagnostic? other) =>
        other is not null && Id == other.Id && Severity == other.Severity && Message == other.Message &&
        Path == other.Path && Span.Equals(other.Span);

    public override bool Equals(object? obj) => Equals(obj as PirDiagnostic);

    public override int GetHashCode() => unchecked((Id.GetHashCode() * 397) ^ Span.GetHashCode() ^ Message.GetHashCode());

    public override string ToString() => $"{Path}{Span}: {Severity.ToString().ToLowerInvariant()} {Id}: {Message}";
}
