using System;
using System.Text;
using System.Text.RegularExpressions;
using PirLint.Documents.Markdown;
using Xunit;

namespace PirLint.Tests.Documents;

public class MarkdownHeadingNumberTests
{
    // The expression the hand-written reader replaced; the reference for the comparison below.
    private static readonly Regex LeadingNumber = new(@"^(?:\d+(?:\.\d+)*[.)]?|[IVXLC]+[.)])\s+", RegexOptions.CultureInvariant);

    [Theory]
    [InlineData("6. Action items", "Action items")]
    [InlineData("6) Action items", "Action items")]
    [InlineData("6.2.1 Timeline", "Timeline")]
    [InlineData("6.2. Timeline", "Timeline")]
    [InlineData("VI. Lessons", "Lessons")]
    [InlineData("IV) Impact", "Impact")]
    [InlineData("Impact", "Impact")]
    [InlineData("I. Impact", "Impact")]
    [InlineData("Lessons learned", "Lessons learned")]
    [InlineData("2024 retro", "retro")]
    [InlineData("6.x Timeline", "6.x Timeline")]
    [InlineData("٣. Timeline", "Timeline")]
    [InlineData("6.\u00A0Timeline", "Timeline")]
    [InlineData("CI pipeline", "CI pipeline")]
    [InlineData("6", "6")]
    public void A_leading_number_and_its_space_are_stripped(string heading, string stripped) =>
        Assert.Equal(stripped, MarkdownHeadings.Strip(heading));

    [Fact]
    public void The_reader_finds_the_number_the_regular_expression_finds()
    {
        var random = new Random(20261201);
        var pieces = new[] { "1", "23", "٣", ".", ")", " ", "\t", "\u00A0", "\u2003", "I", "V", "X", "L", "C", "i", "a", "Impact", "-", "(" };
        for (var round = 0; round < 200_000; round++)
        {
            var text = new StringBuilder();
            for (var count = random.Next(0, 7); count > 0; count--)
            {
                text.Append(pieces[random.Next(pieces.Length)]);
            }

            var value = text.ToString();
            var match = LeadingNumber.Match(value);
            Assert.True(
                (match.Success ? match.Length : 0) == MarkdownHeadings.LeadingNumberLength(value),
                $"'{value}': expression {(match.Success ? match.Length : 0)}, reader {MarkdownHeadings.LeadingNumberLength(value)}");
        }
    }
}
