using PirLint.Text;

namespace PirLint.Engine;

public readonly struct IncidentIdOccurrence
{
    public IncidentIdOccurrence(string value, SourceSpan span)
    {
        Value = value;
        Span = span;
    }

    public string Value { get; }

    public SourceSpan Span { get; }
}
