using System;
using System.IO;
using System.Linq;
using System.Text;
using PirLint.Configuration;
using PirLint.Diagnostics;
using PirLint.Engine;
using PirLint.Schema;
using PirLint.Text;

namespace PirLint.Tests.Rules;

/// <summary>Edits of the fixtures for the v1.1 rules, each asserting that it happened, and the text a span covers.</summary>
internal static class AgentFixtures
{
    /// <summary><paramref name="text"/> with the one occurrence of <paramref name="needle"/> replaced; fails when it is missing or repeated.</summary>
    public static string ReplaceOnce(this string text, string needle, string replacement)
    {
        var at = text.IndexOf(needle, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{needle}' is not in the fixture");
        Assert.True(text.IndexOf(needle, at + 1, StringComparison.Ordinal) < 0, $"'{needle}' is in the fixture more than once");
        return text.Substring(0, at) + replacement + text.Substring(at + needle.Length);
    }

    /// <summary>The YAML fixture without its <c>ai_agent</c> block (the last field).</summary>
    public static string YamlWithoutAgent()
    {
        var at = Fixtures.ValidYaml.IndexOf("ai_agent:\n", StringComparison.Ordinal);
        Assert.True(at > 0);
        return Fixtures.ValidYaml.Substring(0, at);
    }

    /// <summary>The Markdown fixture without its <c>ai_agent</c> flow mapping (two lines of the front matter).</summary>
    public static string MarkdownWithoutAgent() =>
        Fixtures.ValidMarkdown.ReplaceOnce(
            "ai_agent: {name: refund-assistant, autonomy: acts_autonomously, models: [{id: gpt-4o-2024-08-06, provider: openai}],\n  prompt_version: refunds-v14, previous_prompt_version: refunds-v13}\n",
            string.Empty);

    /// <summary>The text of <paramref name="text"/> that a one-line span covers.</summary>
    public static string Covered(string text, SourceSpan span)
    {
        Assert.Equal(span.StartLine, span.EndLine);
        var line = text.Replace("\r\n", "\n").Split('\n')[span.StartLine - 1];
        return line.Substring(span.StartColumn - 1, span.EndColumn - span.StartColumn);
    }

    /// <summary>1-based number of the first line of <paramref name="text"/> that is exactly <paramref name="line"/>.</summary>
    public static int LineOf(string text, string line)
    {
        var index = text.Split('\n').ToList().IndexOf(line);
        Assert.True(index >= 0, $"no line '{line}'");
        return index + 1;
    }

    /// <summary>A team schema exported from format v1.0: no <c>ai_agent</c>, no <c>closed_date</c>.</summary>
    public static PirSchema V10Schema()
    {
        var path = Path.Combine(CorpusTests.RepositoryRoot(), "tests", "PirLint.Core.Tests", "Schemas", "v1.0.pir.schema.yaml");
        var diagnostics = new DiagnosticBag(path);
        var schema = SchemaLoader.Load(path, File.ReadAllText(path), diagnostics);
        Assert.Empty(diagnostics.Items);
        return schema!;
    }

    public static System.Collections.Generic.IReadOnlyList<PirDiagnostic> LintWith(PirSchema schema, string path, string text) =>
        new PirLintEngine(schema).Lint(path, Encoding.UTF8.GetBytes(text), PirLintOptions.Default).Diagnostics;
}
