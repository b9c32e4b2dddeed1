using PirLint.Text;

namespace PirLint.Documents;

/// <summary>A key and its value in a mapping, a front matter or a Markdown section.</summary>
public sealed class PirProperty
{
    public PirProperty(string key, SourceSpan keySpan, PirNode value)
    {
        Key = key;
        KeySpan = keySpan;
        Value = value;
    }

    public string Key { get; }

    public SourceSpan KeySpan { get; }

    public PirNode Value { get; }
}
