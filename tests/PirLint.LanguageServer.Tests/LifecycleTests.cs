using System.Text.Json.Nodes;
using System.Threading.Tasks;

namespace PirLint.LanguageServer.Tests;

public sealed class LifecycleTests
{
    [Fact]
    public async Task InitializeAnnouncesTheCapabilitiesAndUtf16ByDefault()
    {
        var (client, result) = await LspTestClient.StartInitializedAsync();
        await using var _ = client;
        var capabilities = result["capabilities"]!;
        Assert.Equal("utf-16", capabilities["positionEncoding"]!.GetValue<string>());
        Assert.Equal(2, capabilities["textDocumentSync"]!["change"]!.GetValue<int>());
        Assert.True(capabilities["hoverProvider"]!.GetValue<bool>());
        Assert.True(capabilities["documentSymbolProvider"]!.GetValue<bool>());
        Assert.Equal("quickfix", capabilities["codeActionProvider"]!["codeActionKinds"]![0]!.GetValue<string>());
        Assert.NotNull(capabilities["completionProvider"]);
        Assert.True(capabilities["diagnosticProvider"]!["interFileDependencies"]!.GetValue<bool>());
        Assert.Equal("pirlint", result["serverInfo"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task Utf8IsChosenWhenTheClientOffersIt()
    {
        var (client, result) = await LspTestClient.StartInitializedAsync(encodings: new[] { "utf-8", "utf-16" });
        await using var _ = client;
        Assert.Equal("utf-8", result["capabilities"]!["positionEncoding"]!.GetValue<string>());
    }

    [Fact]
    public async Task ShutdownThenExitEndsTheServerWithCodeZero()
    {
        var (client, _) = await LspTestClient.StartInitializedAsync();
        await using var __ = client;
        Assert.Equal(0, await client.ShutdownAsync());
    }

    [Fact]
    public async Task ExitWithoutShutdownEndsTheServerWithCodeOne()
    {
        var (client, _) = await LspTestClient.StartInitializedAsync();
        await using var __ = client;
        await client.NotifyAsync("exit", null);
        Assert.Equal(1, await client.Server.WaitAsync(System.TimeSpan.FromSeconds(30)));
    }

    [Fact]
    public async Task RequestsBeforeInitializeAreRefusedWithServerNotInitialized()
    {
        await using var client = LspTestClient.Start();
        var error = await Assert.ThrowsAsync<LspErrorException>(() => client.RequestAsync("textDocument/hover", new JsonObject
        {
            ["textDocument"] = LspTestClient.TextDocument("file:///x.pir.yaml"),
            ["position"] = LspTestClient.Position(0, 0),
        }));
        Assert.Equal(-32002, error.Code);
    }

    [Fact]
    public async Task AnUnknownMethodIsMethodNotFoundAndTheServerKeepsServing()
    {
        var (client, _) = await LspTestClient.StartInitializedAsync();
        await using var __ = client;
        var error = await Assert.ThrowsAsync<LspErrorException>(() => client.RequestAsync("textDocument/frobnicate", new JsonObject()));
        Assert.Equal(-32601, error.Code);
        await client.NotifyAsync("$/unknownNotification", new JsonObject());
        Assert.Equal(0, await client.ShutdownAsync());
    }

    [Fact]
    public async Task ARequestForADocumentThatIsNotOpenIsInvalidParams()
    {
        var (client, _) = await LspTestClient.StartInitializedAsync();
        await using var __ = client;
        var error = await Assert.ThrowsAsync<LspErrorException>(() => client.RequestAsync("textDocument/diagnostic", new JsonObject
        {
            ["textDocument"] = LspTestClient.TextDocument("file:///nowhere/INC-1.pir.yaml"),
        }));
        Assert.Equal(-32602, error.Code);
        Assert.Contains("not open", error.Message, System.StringComparison.Ordinal);
    }
}
