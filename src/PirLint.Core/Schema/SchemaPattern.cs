using System.Text.RegularExpressions;

namespace PirLint.Schema;

/// <summary>
/// A schema's <c>pattern</c>, ready to match. A pattern entirely in <see cref="PatternParser"/>'s subset (the
/// built-in schema's is) runs on <see cref="PatternAutomaton"/>, with the same results as Regex and without loading
/// the regex engine, which costs a one-file check several milliseconds; any other pattern is a .NET Regex as before.
/// </summary>
internal abstract class SchemaPattern
{
    /// <summary>Whether the pattern is matched by .NET's Regex (outside the subset) rather than the automaton.</summary>
    public abstract bool UsesRegex { get; }

    /// <summary>The pattern ready to match.</summary>
    /// <exception cref="System.ArgumentException">The pattern is not a valid .NET regular expression (Regex's own error).</exception>
    public static SchemaPattern Create(string pattern)
    {
        var tree = PatternParser.TryParse(pattern);
        var automaton = tree != null ? PatternAutomaton.TryBuild(tree) : null;
        return automaton != null ? new AutomatonPattern(automaton) : new RegexPattern(pattern);
    }

    /// <summary>Whether <paramref name="value"/> matches (anywhere, as Regex.IsMatch); null when the match ran out of time.</summary>
    public abstract bool? IsMatch(string value);

    private sealed class AutomatonPattern : SchemaPattern
    {
        private readonly PatternAutomaton _automaton;

        public AutomatonPattern(PatternAutomaton automaton) => _automaton = automaton;

        public override bool UsesRegex => false;

        public override bool? IsMatch(string value) => _automaton.IsMatch(value);
    }

    // In its own class, so that the regex engine is loaded only for a pattern that needs it.
    private sealed class RegexPattern : SchemaPattern
    {
        private readonly Regex _regex;

        public RegexPattern(string pattern) => _regex = new Regex(pattern, RegexOptions.CultureInvariant, SchemaLoader.PatternTimeout);

        public override bool UsesRegex => true;

        public override bool? IsMatch(string value)
        {
            try
            {
                return _regex.IsMatch(value);
            }
            catch (RegexMatchTimeoutException)
            {
                return null;
            }
        }
    }
}
