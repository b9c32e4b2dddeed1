using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.RegularExpressions;
using PirLint.Diagnostics;
using PirLint.Rules;

namespace PirLint.Cli;

/// <summary>The rule pages (rules/PIRnnn.md, embedded in the tool): the help SARIF gives code scanning for each rule.</summary>
internal static class RulePages
{
    private static readonly Regex RelativeLink = new(@"\]\((PIR\d{3}\.md)\)", RegexOptions.CultureInvariant);
    private static readonly Regex Link = new(@"\[([^\]]+)\]\([^)]+\)", RegexOptions.CultureInvariant);

    /// <summary>The page's "What it checks" as plain text and, with its failing and passing examples, as Markdown.</summary>
    public static (string Text, string Markdown) Help(RuleDescriptor rule)
    {
        var page = Read(rule.Id);
        var checks = Section(page, "What it checks") ?? rule.Description;
        var markdown = new StringBuilder(RelativeLink.Replace(checks, match => "](" + RuleCatalog.HelpBaseUri + match.Groups[1].Value + ")"));
        foreach (var example in new[] { "Failing example", "Passing example" })
        {
            if (Section(page, example) is { } body)
            {
                markdown.Append("\n\n**").Append(example).Append("**\n\n").Append(body);
            }
        }

        var text = Link.Replace(checks, match => match.Groups[1].Value).Replace("`", string.Empty);
        return (text, markdown.ToString());
    }

    private static string Read(string id)
    {
        using var stream = typeof(RulePages).Assembly.GetManifestResourceStream("rules/" + id + ".md");
        if (stream == null)
        {
            return string.Empty;
        }

        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd().Replace("\r\n", "\n");
    }

    /// <summary>The text under <c>## heading</c> up to the next <c>## </c> heading, trimmed; null when absent.</summary>
    private static string? Section(string page, string heading)
    {
        var start = page.IndexOf("\n## " + heading + "\n", StringComparison.Ordinal);
        if (start < 0)
        {
            return null;
        }

        start += heading.Length + 5;
        var end = page.IndexOf("\n## ", start, StringComparison.Ordinal);
        var body = (end < 0 ? page.Substring(start) : page.Substring(start, end - start)).Trim();
        return body.Length == 0 ? null : body;
    }
}
