using System;
using System.Text.RegularExpressions;
using PirLint.Diagnostics;
using PirLint.Schema;
using PirLint.TestSupport;

namespace PirLint.Tests.Schemas;

/// <summary>Which schema patterns run without the regex engine, and that they match exactly what .NET's Regex matches.</summary>
public class SchemaPatternTests
{
    private const string Shipped = "^[A-Z][A-Z0-9]*(-[A-Za-z0-9]+)+$";

    [Theory]
    [InlineData(Shipped, "INC-2026-0317", true)]
    [InlineData(Shipped, "A-b", true)]
    [InlineData(Shipped, "INC-2026-0317\n", true)]
    [InlineData(Shipped, "INC-2026-0317\n\n", false)]
    [InlineData(Shipped, "\nINC-2026-0317", false)]
    [InlineData(Shipped, "inc-2026", false)]
    [InlineData(Shipped, "INC", false)]
    [InlineData(Shipped, "INC-", false)]
    [InlineData(Shipped, "INC-2026-", false)]
    [InlineData(Shipped, "INC-2026 0317", false)]
    [InlineData(Shipped, "INC-\u0663", false)]
    [InlineData(@"^\d+$", "\u0663\u0664", true)]
    [InlineData(@"^\d+$", "12", true)]
    [InlineData(@"^\d+$", "1a", false)]
    [InlineData(@"^\d+$", "", false)]
    [InlineData(@"^[\d]$", "\u0663", true)]
    [InlineData(@"^[0-9]$", "\u0663", false)]
    [InlineData("^a.c$", "abc", true)]
    [InlineData("^a.c$", "a\nc", false)]
    [InlineData("^a.c$", "a\rc", true)]
    [InlineData("^ab$", "ab\n", true)]
    [InlineData(@"^ab\Z", "ab\n", true)]
    [InlineData(@"^ab\Z", "ab\n\n", false)]
    [InlineData(@"^ab\z", "ab\n", false)]
    [InlineData(@"\Aab\z", "ab", true)]
    [InlineData(@"\Ab", "ab", false)]
    [InlineData("^$", "", true)]
    [InlineData("^$", "\n", true)]
    [InlineData("^$", "a", false)]
    [InlineData("", "", true)]
    [InlineData("", "anything", true)]
    [InlineData("a*", "", true)]
    [InlineData("x|", "", true)]
    [InlineData("()", "b", true)]
    [InlineData("(a|b)*c", "ababc", true)]
    [InlineData("(a|b)*c", "abab", false)]
    [InlineData("(a|b)*c", "xc", true)]
    [InlineData("^(a|b)*c$", "abac", true)]
    [InlineData("^(a|b)*c$", "abxc", false)]
    [InlineData("^a{0}$", "", true)]
    [InlineData("^a{0}$", "a", false)]
    [InlineData("^(ab){0}c$", "c", true)]
    [InlineData("^a|b$", "ax", true)]
    [InlineData("^a|b$", "xb", true)]
    [InlineData("^a|b$", "b\n", true)]
    [InlineData("^a|b$", "xa", false)]
    [InlineData("^a|b$", "bx", false)]
    [InlineData("^a{2,3}$", "a", false)]
    [InlineData("^a{2,3}$", "aa", true)]
    [InlineData("^a{2,3}$", "aaa", true)]
    [InlineData("^a{2,3}$", "aaaa", false)]
    [InlineData("^a{2,}$", "aaaaa", true)]
    [InlineData("^a{2,}$", "a", false)]
    [InlineData("^a+?$", "aaa", true)]
    [InlineData("^a{1,2}?b", "aab", true)]
    [InlineData("^a??b$", "b", true)]
    [InlineData("^[^a-c]$", "d", true)]
    [InlineData("^[^a-c]$", "b", false)]
    [InlineData("^[^a-c]$", "\n", true)]
    [InlineData(@"^[a\-z]+$", "-z", true)]
    [InlineData(@"^[a\-z]+$", "b", false)]
    [InlineData("^[-a]+$", "-a", true)]
    [InlineData("^[a-]+$", "a-", true)]
    [InlineData(@"^[\]\\]+$", "]\\", true)]
    [InlineData(@"^a\.b$", "a.b", true)]
    [InlineData(@"^a\.b$", "axb", false)]
    [InlineData(@"^\/x\n$", "/x\n", true)]
    [InlineData("^(?:ab)+$", "abab", true)]
    [InlineData("^(?:ab)+$", "aba", false)]
    [InlineData("^((a*)*b)*$", "aabab", true)]
    [InlineData("^((a*)*b)*$", "aaba", false)]
    public void MatchesExactlyAsRegexDoes(string pattern, string value, bool expected)
    {
        var compiled = SchemaPattern.Create(pattern);

        Assert.False(compiled.UsesRegex);
        Assert.Equal(expected, compiled.IsMatch(value));
        Assert.Equal(expected, new Regex(pattern, RegexOptions.CultureInvariant).IsMatch(value));
    }

    [Theory]
    [InlineData(@"^\w+$", "abc", true)]
    [InlineData(@"\s", "a b", true)]
    [InlineData(@"\bx", "a x", true)]
    [InlineData(@"^\p{Lu}+$", "AB", true)]
    [InlineData(@"^(a)\1$", "aa", true)]
    [InlineData("a(?=b)", "ab", true)]
    [InlineData("(?i)^a$", "A", true)]
    [InlineData("^(?<n>a)$", "a", true)]
    [InlineData("^a{,3}$", "a{,3}", true)]
    [InlineData("^a{200000}$", "a", false)]
    [InlineData("^(a{100}){200}$", "a", false)]
    [InlineData("^]$", "]", true)]
    [InlineData("^}$", "}", true)]
    [InlineData("^[]a]$", "]", true)]
    [InlineData("^[a-z-[m]]$", "m", false)]
    [InlineData("^*a", "a", true)]
    [InlineData(@"^\ $", " ", true)]
    [InlineData(@"^\x41$", "A", true)]
    [InlineData(@"^[\w]$", "_", true)]
    [InlineData(@"^\D$", "x", true)]
    public void LeavesEveryOtherPatternToRegex(string pattern, string value, bool expected)
    {
        var compiled = SchemaPattern.Create(pattern);

        Assert.True(compiled.UsesRegex);
        Assert.Equal(expected, compiled.IsMatch(value));
    }

    [Theory]
    [InlineData("[z-a]")]
    [InlineData("a{2,1}")]
    [InlineData("a**")]
    [InlineData("a{2}{3}")]
    [InlineData("a*??")]
    [InlineData("(a")]
    [InlineData("a)")]
    [InlineData("a\\")]
    [InlineData("*a")]
    [InlineData("a|*")]
    [InlineData("[a")]
    [InlineData("[^]")]
    [InlineData(@"[a-\d]")]
    [InlineData(@"\q")]
    public void AnInvalidPatternGivesRegexsOwnError(string pattern)
    {
        var expected = Assert.ThrowsAny<ArgumentException>(() => new Regex(pattern, RegexOptions.CultureInvariant));

        var actual = Assert.ThrowsAny<ArgumentException>(() => SchemaPattern.Create(pattern));

        Assert.Equal(expected.Message, actual.Message);
    }

    [Fact]
    public void AnInvalidTeamPatternIsReportedAsPir001WithRegexsMessage()
    {
        var regexMessage = Assert.ThrowsAny<ArgumentException>(() => new Regex("^[z-a]$", RegexOptions.CultureInvariant)).Message;
        var bag = new DiagnosticBag("pir.schema.yaml");
        var schemaText = SchemaLoader.DefaultText.ReplaceOnce("pattern: " + Shipped, "pattern: ^[z-a]$");

        SchemaLoader.Load("pir.schema.yaml", schemaText, bag);

        var d = Assert.Single(bag.Items);
        Assert.Equal("PIR001", d.Id);
        Assert.Equal("schema: the pattern is not a valid regular expression: " + regexMessage, d.Message);
    }

    [Fact]
    public void TheShippedSchemasPatternRunsWithoutTheRegexEngine()
    {
        var id = SchemaLoader.Default.Root.FindProperty("incident_summary")!.FindProperty("id")!;

        Assert.Equal(Shipped, id.Pattern);
        Assert.False(id.PatternMatcher!.UsesRegex);
    }

    [Fact]
    public void NestedQuantifiersOnALongValueAnswerWithoutBacktracking()
    {
        var compiled = SchemaPattern.Create("^(a+)+$");
        var value = new string('a', 20_000);

        Assert.False(compiled.UsesRegex);
        Assert.Equal(false, compiled.IsMatch(value + "!"));
        Assert.Equal(true, compiled.IsMatch(value));
    }
}
