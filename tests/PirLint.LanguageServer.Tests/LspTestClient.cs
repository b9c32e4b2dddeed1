using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Nerdbank.Streams;
using PirLint.Cli;

namespace PirLint.LanguageServer.Tests;

/// <summary>A JSON-RPC error the server answered with.</summary>
internal sealed class LspErrorException : Exception
{
    public LspErrorException(int code, string message)
        : base($"{code}: {message}")
    {
        Code = code;
    }

    public int Code { get; }
}

/// <summary>
/// A language client for tests, over an in-process duplex stream to a server running in the same process: it frames
/// messages itself (so a test can also send bytes no client would), answers the server's requests, and records every
/// notification.
/// </summary>
internal sealed class LspTestClient : IAsyncDisposable
{
    private readonly Stream _stream;
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly ConcurrentDictionary<string, TaskCompletionSource<JsonObject>> _pending = new();
    private readonly List<JsonObject> _notifications = new();
    private readonly List<JsonObject> _unmatched = new();
    private readonly object _gate = new();
    private readonly Task _reader;
    private TaskCompletionSource _arrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _nextId;

    private LspTestClient(Stream stream, Task<int> server, PirLanguageServer instance)
    {
        _stream = stream;
        Server = server;
        Instance = instance;
        _reader = Task.Run(ReadLoop);
    }

    public Task<int> Server { get; }

    public PirLanguageServer Instance { get; }

    /// <summary>Starts a server (debounce 0 unless given) and a client connected to it; not yet initialized.</summary>
    public static LspTestClient Start(LanguageServerOptions? options = null)
    {
        var (clientSide, serverSide) = FullDuplexStream.CreatePair();
        var server = new PirLanguageServer(LspCommand.CreatePolicy(), options ?? new LanguageServerOptions { Debounce = TimeSpan.Zero });
        var running = Task.Run(() => server.RunAsync(serverSide, serverSide));
        return new LspTestClient(clientSide, running, server);
    }

    /// <summary>Starts and initializes: the workspace folder, the client's position encodings, pull support.</summary>
    public static async Task<(LspTestClient Client, JsonObject Result)> StartInitializedAsync(
        string? folder = null, string[]? encodings = null, bool pull = false, LanguageServerOptions? options = null)
    {
        var client = Start(options);
        var capabilities = new JsonObject
        {
            ["general"] = encodings == null ? new JsonObject() : new JsonObject { ["positionEncodings"] = new JsonArray(Array.ConvertAll(encodings, e => (JsonNode)JsonValue.Create(e)!)) },
            ["workspace"] = new JsonObject { ["didChangeWatchedFiles"] = new JsonObject { ["dynamicRegistration"] = true } },
        };
        if (pull)
        {
            capabilities["textDocument"] = new JsonObject { ["diagnostic"] = new JsonObject() };
        }

        var parameters = new JsonObject { ["processId"] = null, ["capabilities"] = capabilities };
        if (folder != null)
        {
            parameters["workspaceFolders"] = new JsonArray(new JsonObject { ["uri"] = new Uri(folder).AbsoluteUri, ["name"] = "w" });
        }

        var result = (JsonObject)(await client.RequestAsync("initialize", parameters))!;
        await client.NotifyAsync("initialized", new JsonObject());
        return (client, result);
    }

    public async Task<JsonNode?> RequestAsync(string method, JsonNode? parameters, TimeSpan? timeout = null)
    {
        var id = Interlocked.Increment(ref _nextId).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var response = await RequestRawAsync(id, method, parameters, timeout);
        if (response["error"] is JsonObject error)
        {
            throw new LspErrorException(error["code"]!.GetValue<int>(), error["message"]?.GetValue<string>() ?? string.Empty);
        }

        return response["result"];
    }

    /// <summary>Sends a request and returns the whole response object (result or error).</summary>
    public async Task<JsonObject> RequestRawAsync(string id, string method, JsonNode? parameters, TimeSpan? timeout = null)
    {
        var completion = new TaskCompletionSource<JsonObject>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = completion;
        var message = new JsonObject { ["jsonrpc"] = "2.0", ["id"] = int.Parse(id, System.Globalization.CultureInfo.InvariantCulture), ["method"] = method };
        if (parameters != null)
        {
            message["params"] = parameters;
        }

        await SendAsync(message);
        return await completion.Task.WaitAsync(timeout ?? TimeSpan.FromSeconds(30));
    }

    public Task NotifyAsync(string method, JsonNode? parameters)
    {
        var message = new JsonObject { ["jsonrpc"] = "2.0", ["method"] = method };
        if (parameters != null)
        {
            message["params"] = parameters;
        }

        return SendAsync(message);
    }

    public Task SendAsync(JsonObject message) => WriteRawAsync(Frame(Encoding.UTF8.GetBytes(message.ToJsonString())));

    public static byte[] Frame(byte[] body)
    {
        var header = Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n");
        var frame = new byte[header.Length + body.Length];
        header.CopyTo(frame, 0);
        body.CopyTo(frame, header.Length);
        return frame;
    }

    public async Task WriteRawAsync(byte[] bytes)
    {
        await _writeLock.WaitAsync();
        try
        {
            await _stream.WriteAsync(bytes);
            await _stream.FlushAsync();
        }
        finally
        {
            _writeLock.Release();
        }
    }

    /// <summary>A response the server sent without a request of ours (an error with id null, say).</summary>
    public async Task<JsonObject> WaitForUnmatchedAsync(Func<JsonObject, bool> match, TimeSpan? timeout = null) =>
        await WaitAsync(() =>
        {
            lock (_gate)
            {
                return _unmatched.Find(m => match(m));
            }
        }, timeout);

    public async Task<JsonObject> WaitForNotificationAsync(string method, Func<JsonObject, bool>? match = null, TimeSpan? timeout = null) =>
        await WaitAsync(() =>
        {
            lock (_gate)
            {
                return _notifications.Find(n => n["method"]?.GetValue<string>() == method && (match == null || match((JsonObject)n["params"]!)));
            }
        }, timeout);

    /// <summary>The params of the latest publishDiagnostics for a URI that <paramref name="match"/> accepts.</summary>
    public async Task<JsonObject> WaitForDiagnosticsAsync(string uri, Func<JsonArray, bool>? match = null, TimeSpan? timeout = null)
    {
        var found = await WaitAsync(() =>
        {
            lock (_gate)
            {
                var latest = _notifications.FindLast(n => n["method"]?.GetValue<string>() == "textDocument/publishDiagnostics" && n["params"]!["uri"]!.GetValue<string>() == uri);
                return latest != null && (match == null || match((JsonArray)latest["params"]!["diagnostics"]!)) ? latest : null;
            }
        }, timeout);
        return (JsonObject)found["params"]!;
    }

    public List<JsonObject> Notifications(string method)
    {
        lock (_gate)
        {
            return _notifications.FindAll(n => n["method"]?.GetValue<string>() == method).ConvertAll(n => (JsonObject)n["params"]!);
        }
    }

    public async Task OpenAsync(string uri, string text, int version = 1) =>
        await NotifyAsync("textDocument/didOpen", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = uri, ["languageId"] = uri.EndsWith(".md", StringComparison.Ordinal) ? "markdown" : "yaml", ["version"] = version, ["text"] = text },
        });

    public async Task ChangeAsync(string uri, int version, string text) =>
        await NotifyAsync("textDocument/didChange", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = uri, ["version"] = version },
            ["contentChanges"] = new JsonArray(new JsonObject { ["text"] = text }),
        });

    public static JsonObject Position(int line, int character) => new() { ["line"] = line, ["character"] = character };

    public static JsonObject TextDocument(string uri) => new() { ["uri"] = uri };

    public async Task<int> ShutdownAsync()
    {
        await RequestAsync("shutdown", null);
        await NotifyAsync("exit", null);
        return await Server.WaitAsync(TimeSpan.FromSeconds(30));
    }

    public async ValueTask DisposeAsync()
    {
        if (!Server.IsCompleted)
        {
            try
            {
                await NotifyAsync("exit", null);
                await Server.WaitAsync(TimeSpan.FromSeconds(10));
            }
            catch (Exception exception) when (exception is IOException or ObjectDisposedException or TimeoutException or InvalidOperationException)
            {
            }
        }

        _stream.Dispose();
        try
        {
            await _reader.WaitAsync(TimeSpan.FromSeconds(5));
        }
        catch (Exception exception) when (exception is IOException or ObjectDisposedException or TimeoutException or InvalidOperationException)
        {
        }
    }

    private async Task<JsonObject> WaitAsync(Func<JsonObject?> probe, TimeSpan? timeout)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (true)
        {
            var arrived = Volatile.Read(ref _arrived).Task;
            if (probe() is { } found)
            {
                return found;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("the expected message did not arrive");
            }

            // Woken by the next message, or after a while in case it slipped in between.
            await Task.WhenAny(arrived, Task.Delay(100));
        }
    }

    private async Task ReadLoop()
    {
        var buffer = new MemoryStream();
        var chunk = new byte[64 * 1024];
        try
        {
            while (true)
            {
                var read = await _stream.ReadAsync(chunk);
                if (read == 0)
                {
                    return;
                }

                buffer.Write(chunk, 0, read);
                while (TryTakeMessage(buffer, out var body))
                {
                    await HandleAsync((JsonObject)JsonNode.Parse(body)!);
                }
            }
        }
        catch (Exception exception) when (exception is IOException or ObjectDisposedException or OperationCanceledException or InvalidOperationException)
        {
        }
    }

    private static bool TryTakeMessage(MemoryStream buffer, out byte[] body)
    {
        body = Array.Empty<byte>();
        var bytes = buffer.GetBuffer();
        var length = (int)buffer.Length;
        var end = -1;
        for (var i = 0; i + 3 < length; i++)
        {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n' && bytes[i + 2] == '\r' && bytes[i + 3] == '\n')
            {
                end = i;
                break;
            }
        }

        if (end < 0)
        {
            return false;
        }

        var header = Encoding.ASCII.GetString(bytes, 0, end);
        var contentLength = 0;
        foreach (var line in header.Split("\r\n"))
        {
            if (line.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
            {
                contentLength = int.Parse(line.Substring(15).Trim(), System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        if (length < end + 4 + contentLength)
        {
            return false;
        }

        body = bytes.AsSpan(end + 4, contentLength).ToArray();
        var rest = bytes.AsSpan(end + 4 + contentLength, length - end - 4 - contentLength).ToArray();
        buffer.SetLength(0);
        buffer.Write(rest);
        return true;
    }

    private async Task HandleAsync(JsonObject message)
    {
        try
        {
            await RecordAsync(message);
        }
        finally
        {
            Interlocked.Exchange(ref _arrived, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
        }
    }

    private async Task RecordAsync(JsonObject message)
    {
        var hasMethod = message["method"] != null;
        var id = message["id"];
        if (hasMethod && id != null)
        {
            // A request of the server's (registerCapability, diagnostic refresh): record it and answer null.
            lock (_gate)
            {
                _notifications.Add(message);
            }

            await SendAsync(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id.DeepClone(), ["result"] = null });
        }
        else if (hasMethod)
        {
            lock (_gate)
            {
                _notifications.Add(message);
            }
        }
        else if (id != null && id.GetValueKind() != JsonValueKind.Null && _pending.TryRemove(id.ToJsonString().Trim('"'), out var completion))
        {
            completion.TrySetResult(message);
        }
        else
        {
            lock (_gate)
            {
                _unmatched.Add(message);
            }
        }
    }
}
