using System;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using PirLint.Fuzz.Tests;

namespace PirLint.LanguageServer.Tests;

/// <summary>Bad input gets a JSON-RPC error or a PIR001, never a crash or a hang, and the server keeps serving.</summary>
public sealed class BadInputTests
{
    /// <summary>The server still answers: a hover on an open review comes back.</summary>
    private static async Task AssertStillServing(LspTestClient client)
    {
        var uri = "file:///tmp/still-serving/INC-2026-0317.pir.yaml";
        await client.OpenAsync(uri, Reviews.CleanYaml);
        var symbols = (JsonArray)(await client.RequestAsync("textDocument/documentSymbol", new JsonObject { ["textDocument"] = LspTestClient.TextDocument(uri) }))!;
        Assert.Equal("incident_summary", symbols[0]!["name"]!.GetValue<string>());
    }

    private static Func<JsonObject, bool> ErrorWithNullId(int code) =>
        m => m["id"] is null && m["error"]?["code"]?.GetValue<int>() == code;

    [Fact]
    public async Task AMessageThatIsNotJsonGetsAParseErrorWithANullId()
    {
        var (client, _) = await LspTestClient.StartInitializedAsync();
        await using var _c = client;
        await client.WriteRawAsync(LspTestClient.Frame(Encoding.UTF8.GetBytes("{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":")));
        var error = await client.WaitForUnmatchedAsync(ErrorWithNullId(-32700));
        Assert.StartsWith("Parse error", error["error"]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        await AssertStillServing(client);
    }

    [Fact]
    public async Task ABatchOrAMessageWithoutAMethodIsAnInvalidRequest()
    {
        var (client, _) = await LspTestClient.StartInitializedAsync();
        await using var _c = client;
        await client.WriteRawAsync(LspTestClient.Frame(Encoding.UTF8.GetBytes("[{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"shutdown\"}]")));
        await client.WaitForUnmatchedAsync(ErrorWithNullId(-32600));
        await client.WriteRawAsync(LspTestClient.Frame(Encoding.UTF8.GetBytes("{\"jsonrpc\":\"2.0\",\"id\":\"x-9\",\"params\":{}}")));
        await client.WaitForUnmatchedAsync(m => m["id"]?.GetValue<string>() == "x-9" && m["error"]?["code"]?.GetValue<int>() == -32600);
        await AssertStillServing(client);
    }

    [Fact]
    public async Task AHeaderWithoutContentLengthAndJsonNestedTooDeeplyAreParseErrors()
    {
        var (client, _) = await LspTestClient.StartInitializedAsync();
        await using var _c = client;
        await client.WriteRawAsync(Encoding.ASCII.GetBytes("Content-Type: application/vscode-jsonrpc\r\n\r\n"));
        await client.WaitForUnmatchedAsync(ErrorWithNullId(-32700));
        var deep = "{\"jsonrpc\":\"2.0\",\"method\":\"x\",\"params\":{\"a\":" + new string('[', 10_000) + new string(']', 10_000) + "}}";
        await client.WriteRawAsync(LspTestClient.Frame(Encoding.UTF8.GetBytes(deep)));
        await client.WaitForUnmatchedAsync(m => m["id"] is null && m["error"]?["code"]?.GetValue<int>() == -32700 && m["error"]!["message"]!.GetValue<string>().Contains("depth", StringComparison.OrdinalIgnoreCase));
        await AssertStillServing(client);
    }

    [Fact]
    public async Task ParamsOfTheWrongShapeAreInvalidParams()
    {
        var (client, _) = await LspTestClient.StartInitializedAsync();
        await using var _c = client;
        var uri = "file:///tmp/shapes/a.pir.yaml";
        await client.OpenAsync(uri, Reviews.CleanYaml);
        var error = await Assert.ThrowsAsync<LspErrorException>(() => client.RequestAsync("textDocument/hover", new JsonObject
        {
            ["textDocument"] = LspTestClient.TextDocument(uri),
            ["position"] = new JsonObject { ["line"] = "three", ["character"] = -1 },
        }));
        Assert.Equal(-32602, error.Code);
        error = await Assert.ThrowsAsync<LspErrorException>(() => client.RequestAsync("textDocument/completion", new JsonObject { ["textDocument"] = 42 }));
        Assert.Equal(-32602, error.Code);

        // Notifications of a wrong shape cannot be answered: they are dropped and the server goes on.
        await client.NotifyAsync("textDocument/didOpen", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = uri } });
        await client.NotifyAsync("textDocument/didChange", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = uri }, ["contentChanges"] = "all of it" });
        await client.NotifyAsync("$/cancelRequest", new JsonObject { ["id"] = 987654 });
        await AssertStillServing(client);
    }

    [Fact]
    public async Task AFiftyMegabyteBufferIsOnePir001AndTheOtherDocumentsAreStillServed()
    {
        var (client, _) = await LspTestClient.StartInitializedAsync();
        await using var _c = client;
        var uri = "file:///tmp/huge/INC-2026-0001.pir.yaml";
        var huge = "incident_summary:\n  title: \"" + new string('x', 50 * 1024 * 1024) + "\"\n";
        var started = DateTime.UtcNow;
        await client.OpenAsync(uri, huge);
        var diagnostic = Assert.Single((JsonArray)(await client.WaitForDiagnosticsAsync(uri, d => d.Count > 0, TimeSpan.FromSeconds(60)))["diagnostics"]!)!;
        Assert.Equal("PIR001", diagnostic["code"]!.GetValue<string>());
        Assert.Contains("over the limit", diagnostic["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(30), "a 50 MB buffer took " + (DateTime.UtcNow - started));
        await AssertStillServing(client);
    }

    [Fact]
    public async Task EveryHostileShapeOfTheFuzzCorpusIsAPir001AtItsPlace()
    {
        var (client, _) = await LspTestClient.StartInitializedAsync();
        await using var _c = client;
        foreach (var hostile in HostileDocuments.Classes.Where(h => h.Name != "bad-utf8"))
        {
            var uri = "file:///tmp/hostile/" + hostile.FileName;
            var text = Encoding.UTF8.GetString(hostile.Content);
            await client.OpenAsync(uri, text);
            var diagnostics = (JsonArray)(await client.WaitForDiagnosticsAsync(uri, d => d.Count > 0))["diagnostics"]!;
            var pir001 = Assert.Single(diagnostics, d => d!["code"]!.GetValue<string>() == "PIR001")!;
            Assert.True(hostile.Line - 1 == pir001["range"]!["start"]!["line"]!.GetValue<int>(), hostile.Name);
            Assert.True(hostile.Column - 1 == pir001["range"]!["start"]!["character"]!.GetValue<int>(), hostile.Name);
            var symbols = (JsonArray)(await client.RequestAsync("textDocument/documentSymbol", new JsonObject { ["textDocument"] = LspTestClient.TextDocument(uri) }))!;
            Assert.Empty(symbols);
            await client.RequestAsync("textDocument/completion", new JsonObject { ["textDocument"] = LspTestClient.TextDocument(uri), ["position"] = LspTestClient.Position(0, 1) });
            await client.RequestAsync("textDocument/hover", new JsonObject { ["textDocument"] = LspTestClient.TextDocument(uri), ["position"] = LspTestClient.Position(0, 1) });
        }

        await AssertStillServing(client);
    }

    [Fact]
    public async Task ABufferThatWasNotValidUtf8OnDiskIsLintedAsTheTextTheEditorShows()
    {
        var (client, _) = await LspTestClient.StartInitializedAsync();
        await using var _c = client;
        var hostile = HostileDocuments.Classes.Single(h => h.Name == "bad-utf8");
        var uri = "file:///tmp/hostile/" + hostile.FileName;
        await client.OpenAsync(uri, Encoding.UTF8.GetString(hostile.Content));
        var diagnostics = (JsonArray)(await client.WaitForDiagnosticsAsync(uri, d => d.Count > 0))["diagnostics"]!;
        Assert.DoesNotContain(diagnostics, d => d!["code"]!.GetValue<string>() == "PIR001");
        await AssertStillServing(client);
    }
}
