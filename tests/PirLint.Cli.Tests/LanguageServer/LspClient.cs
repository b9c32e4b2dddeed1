using System;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;

namespace PirLint.Cli.Tests.LanguageServer;

/// <summary>
/// A minimal Language Server Protocol client over a server's stdio: JSON-RPC messages with Content-Length framing.
/// It answers the server's own requests (workspace/configuration with <see cref="Settings"/>, anything else with null),
/// bounds every wait, and kills the server when disposed.
/// </summary>
internal sealed class LspClient : IDisposable
{
    private readonly Process _process;
    private readonly Stream _input;
    private readonly BlockingCollection<JsonObject> _messages = new();
    private readonly StringBuilder _stderr = new();
    private readonly Thread _reader;
    private int _nextId;

    public LspClient(string fileName, params string[] arguments)
    {
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        _process = Process.Start(start) ?? throw new InvalidOperationException("could not start " + fileName);
        _input = _process.StandardInput.BaseStream;
        _process.ErrorDataReceived += (_, e) =>
        {
            lock (_stderr)
            {
                _stderr.AppendLine(e.Data);
            }
        };
        _process.BeginErrorReadLine();
        _reader = new Thread(ReadMessages) { IsBackground = true, Name = "lsp-reader" };
        _reader.Start();
    }

    /// <summary>What the client answers to <c>workspace/configuration</c> for the section <c>yaml</c>.</summary>
    public JsonObject Settings { get; set; } = new();

    public string Stderr
    {
        get
        {
            lock (_stderr)
            {
                return _stderr.ToString();
            }
        }
    }

    public JsonNode? Request(string method, JsonNode? parameters, TimeSpan timeout)
    {
        var id = Interlocked.Increment(ref _nextId);
        Send(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method, ["params"] = parameters });
        var response = WaitFor(m => m["id"] is JsonValue v && v.TryGetValue<int>(out var got) && got == id && m["method"] == null, timeout, method);
        if (response["error"] is JsonNode error)
        {
            throw new InvalidOperationException($"{method} failed: {error.ToJsonString()}");
        }

        return response["result"];
    }

    public void Notify(string method, JsonNode? parameters) =>
        Send(new JsonObject { ["jsonrpc"] = "2.0", ["method"] = method, ["params"] = parameters });

    /// <summary>The first message (from now on, or kept from before) that matches; the server's requests are answered meanwhile.</summary>
    public JsonObject WaitFor(Func<JsonObject, bool> match, TimeSpan timeout, string what)
    {
        var deadline = DateTime.UtcNow + timeout;
        var skipped = new System.Collections.Generic.List<JsonObject>();
        try
        {
            while (true)
            {
                var left = deadline - DateTime.UtcNow;
                if (left <= TimeSpan.Zero || !_messages.TryTake(out var message, left))
                {
                    throw new TimeoutException($"no answer for {what} within {timeout.TotalSeconds} s; server stderr: {Stderr}");
                }

                if (message["method"] != null && message["id"] != null)
                {
                    Answer(message);
                    continue;
                }

                if (match(message))
                {
                    return message;
                }

                skipped.Add(message);
            }
        }
        finally
        {
            foreach (var message in skipped)
            {
                _messages.Add(message);
            }
        }
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(10_000);
            }
        }
        catch (InvalidOperationException)
        {
        }

        _process.Dispose();
    }

    private void Answer(JsonObject request)
    {
        JsonNode? result = null;
        if (request["method"]!.GetValue<string>() == "workspace/configuration")
        {
            var answers = new JsonArray();
            foreach (var item in request["params"]?["items"]?.AsArray() ?? new JsonArray())
            {
                answers.Add(item?["section"]?.GetValue<string>() == "yaml" ? Settings.DeepClone() : new JsonObject());
            }

            result = answers;
        }

        Send(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = request["id"]!.DeepClone(), ["result"] = result });
    }

    private void Send(JsonObject message)
    {
        var body = Encoding.UTF8.GetBytes(message.ToJsonString());
        var header = Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n");
        lock (_input)
        {
            _input.Write(header);
            _input.Write(body);
            _input.Flush();
        }
    }

    private void ReadMessages()
    {
        var output = _process.StandardOutput.BaseStream;
        try
        {
            while (true)
            {
                var length = -1;
                string? line;
                while ((line = ReadHeaderLine(output)) != null && line.Length > 0)
                {
                    if (line.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
                    {
                        length = int.Parse(line.Substring("Content-Length:".Length).Trim(), System.Globalization.CultureInfo.InvariantCulture);
                    }
                }

                if (line == null || length < 0)
                {
                    return;
                }

                var body = new byte[length];
                var read = 0;
                while (read < length)
                {
                    var n = output.Read(body, read, length - read);
                    if (n == 0)
                    {
                        return;
                    }

                    read += n;
                }

                if (JsonNode.Parse(body) is JsonObject message)
                {
                    _messages.Add(message);
                }
            }
        }
        catch (Exception exception) when (exception is IOException or ObjectDisposedException or JsonException)
        {
        }
    }

    /// <summary>One header line without its CRLF; null at the end of the stream.</summary>
    private static string? ReadHeaderLine(Stream stream)
    {
        var bytes = new System.Collections.Generic.List<byte>();
        while (true)
        {
            var b = stream.ReadByte();
            if (b < 0)
            {
                return null;
            }

            if (b == '\n')
            {
                return Encoding.ASCII.GetString(bytes.ToArray()).TrimEnd('\r');
            }

            bytes.Add((byte)b);
        }
    }
}
