using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Tasks;

namespace PirLint.LanguageServer.Tests;

/// <summary>Ranges after non-ASCII text on the same line, in UTF-16 (the default) and in UTF-8 (when the client offers it).</summary>
public sealed class PositionEncodingTests
{
    private const string FlowItem = "  - {description: \"Tomás and Łukasz 🚀 route prompt changes\", owner: \"TBD\", priority: P1, due_date: \"2026-03-25\", status: closed}";

    private static string YamlReview() => Reviews.YamlWith(
        "  - description: \"Route prompt changes through code review, with an approver from the support policy team for refund prompts\"\n    owner: \"marco-rossi\"\n    priority: \"p1_this_week\"\n    due_date: \"2026-03-25\"\n    status: \"closed\"\n    closed_date: \"2026-03-24\"\n    ticket_url: \"https://tracker.example.com/browse/AIOPS-414\"",
        FlowItem);

    private static string MarkdownReview() => Reviews.MarkdownWith(
        "| Route prompt changes through code review, with an approver from the support policy team for refund prompts | marco-rossi | p1_this_week |",
        "| Tomás and Łukasz 🚀 route prompt changes | TBD | P1 |");

    [Theory]
    [InlineData("utf-16", "yaml")]
    [InlineData("utf-8", "yaml")]
    [InlineData("utf-16", "md")]
    [InlineData("utf-8", "md")]
    public async Task TheValueAfterANonAsciiNameIsUnderlinedExactly(string encoding, string form)
    {
        using var workspace = new TempWorkspace();
        var (client, result) = await LspTestClient.StartInitializedAsync(workspace.Folder, encodings: encoding == "utf-8" ? new[] { "utf-8", "utf-16" } : null);
        await using var _ = client;
        Assert.Equal(encoding, result["capabilities"]!["positionEncoding"]!.GetValue<string>());
        var text = form == "yaml" ? YamlReview() : MarkdownReview();
        var uri = workspace.Uri("INC-2026-0317.pir." + form);
        await client.OpenAsync(uri, text);
        var diagnostics = (JsonArray)(await client.WaitForDiagnosticsAsync(uri, d => d.Count >= 2))["diagnostics"]!;

        foreach (var (code, value) in new[] { ("PIR004", "P1"), ("PIR101", form == "yaml" ? "\"TBD\"" : "TBD") })
        {
            var (line, utf16) = Reviews.Find(text, value, after: "Łukasz 🚀");
            var lineText = text.Split('\n')[line];
            var expected = encoding == "utf-8" ? Encoding.UTF8.GetByteCount(lineText.Substring(0, utf16)) : utf16;
            var length = value.Length;
            var diagnostic = Assert.Single(diagnostics, d => d!["code"]!.GetValue<string>() == code)!;
            Assert.Equal(line, diagnostic["range"]!["start"]!["line"]!.GetValue<int>());
            Assert.Equal(expected, diagnostic["range"]!["start"]!["character"]!.GetValue<int>());
            Assert.Equal(expected + length, diagnostic["range"]!["end"]!["character"]!.GetValue<int>());
        }
    }

    [Fact]
    public void Utf8AndUtf16PositionsMapBackToTheSameOffsets()
    {
        var text = "owner: Tomás 🚀 Łukasz\r\nnext: x\rlast";
        var utf16 = new TextPositions(text, PositionEncoding.Utf16);
        var utf8 = new TextPositions(text, PositionEncoding.Utf8);
        var offset = text.IndexOf("Łukasz", System.StringComparison.Ordinal);
        Assert.Equal(new Protocol.LspPosition(0, offset), utf16.PositionOf(offset));
        Assert.Equal(new Protocol.LspPosition(0, Encoding.UTF8.GetByteCount(text.Substring(0, offset))), utf8.PositionOf(offset));
        Assert.Equal(offset, utf8.OffsetOf(0, Encoding.UTF8.GetByteCount(text.Substring(0, offset))));
        Assert.Equal(text.IndexOf("next", System.StringComparison.Ordinal), utf16.OffsetOf(1, 0));
        Assert.Equal(text.IndexOf("last", System.StringComparison.Ordinal), utf8.OffsetOf(2, 0));
        Assert.Equal(3, utf16.LineCount);
    }
}
