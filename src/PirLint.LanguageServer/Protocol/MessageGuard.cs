using System;
using System.Buffers;
using System.IO;
using System.IO.Pipelines;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace PirLint.LanguageServer.Protocol;

/// <summary>
/// Reads the client's messages (Content-Length framing) and passes on only well-formed JSON-RPC objects. JSON-RPC
/// libraries drop the connection on a message they cannot parse; here such a message gets its JSON-RPC error
/// (-32700 parse error, -32600 invalid request) and the server reads on.
/// </summary>
internal static class MessageGuard
{
    /// <summary>The largest message read: a 50 MB buffer fits, a hostile length does not fill memory.</summary>
    public const int MaxMessageBytes = 128 * 1024 * 1024;

    private const int MaxHeaderLineBytes = 4096;

    public static async Task PumpAsync(Stream input, PipeWriter toRpc, FrameOutput output, CancellationToken cancellationToken)
    {
        var reader = PipeReader.Create(input, new StreamPipeReaderOptions(bufferSize: 64 * 1024));
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                var header = await ReadHeaderAsync(reader, cancellationToken).ConfigureAwait(false);
                if (header == null)
                {
                    break;
                }

                if (header.Value.Error is { } headerError)
                {
                    await output.WriteMessageAsync(ErrorJson(null, -32700, "Parse error: " + headerError), cancellationToken).ConfigureAwait(false);
                    if (header.Value.Length is not { } skip)
                    {
                        continue;
                    }

                    if (!await SkipAsync(reader, skip, cancellationToken).ConfigureAwait(false))
                    {
                        break;
                    }

                    continue;
                }

                var length = header.Value.Length!.Value;
                var result = await reader.ReadAtLeastAsync(length, cancellationToken).ConfigureAwait(false);
                if (result.Buffer.Length < length)
                {
                    break;
                }

                var body = result.Buffer.Slice(0, length);
                var problem = Check(body, out var id);
                if (problem == null)
                {
                    await toRpc.WriteAsync(Encoding.ASCII.GetBytes($"Content-Length: {length}\r\n\r\n"), cancellationToken).ConfigureAwait(false);
                    foreach (var segment in body)
                    {
                        await toRpc.WriteAsync(segment, cancellationToken).ConfigureAwait(false);
                    }

                    reader.AdvanceTo(body.End);
                    await toRpc.FlushAsync(cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    reader.AdvanceTo(body.End);
                    await output.WriteMessageAsync(ErrorJson(id, problem.Value.Code, problem.Value.Message), cancellationToken).ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (IOException)
        {
        }
        finally
        {
            await reader.CompleteAsync().ConfigureAwait(false);
            await toRpc.CompleteAsync().ConfigureAwait(false);
        }
    }

    /// <summary>Null for a message to pass on; else its error, with the id when the message had a usable one.</summary>
    internal static (int Code, string Message)? Check(ReadOnlySequence<byte> body, out string? idJson)
    {
        idJson = null;
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException exception)
        {
            return (-32700, "Parse error: the message is not JSON (" + exception.Message + ")");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (-32600, "Invalid Request: a message is one JSON object (batches are not used by LSP)");
            }

            var hasId = root.TryGetProperty("id", out var id);
            if (hasId && id.ValueKind is JsonValueKind.String or JsonValueKind.Number)
            {
                idJson = id.GetRawText();
            }

            if (!root.TryGetProperty("jsonrpc", out var version) || version.ValueKind != JsonValueKind.String || version.GetString() != "2.0")
            {
                return (-32600, "Invalid Request: 'jsonrpc' must be \"2.0\"");
            }

            if (hasId && id.ValueKind is not (JsonValueKind.String or JsonValueKind.Number or JsonValueKind.Null))
            {
                return (-32600, "Invalid Request: 'id' must be a number or a string");
            }

            if (root.TryGetProperty("method", out var method))
            {
                if (method.ValueKind != JsonValueKind.String)
                {
                    return (-32600, "Invalid Request: 'method' must be a string");
                }

                if (root.TryGetProperty("params", out var parameters) && parameters.ValueKind is not (JsonValueKind.Object or JsonValueKind.Array or JsonValueKind.Null))
                {
                    return (-32600, "Invalid Request: 'params' must be an object or an array");
                }
            }
            else if (!hasId || !(root.TryGetProperty("result", out _) || root.TryGetProperty("error", out _)))
            {
                return (-32600, "Invalid Request: a message needs a 'method', or an 'id' with a 'result' or an 'error'");
            }

            return null;
        }
    }

    private static string ErrorJson(string? idJson, int code, string message) =>
        $"{{\"jsonrpc\":\"2.0\",\"id\":{idJson ?? "null"},\"error\":{{\"code\":{code},\"message\":{JsonSerializer.Serialize(message)}}}}}";

    /// <summary>The Content-Length of the next message; null at the end of the input.</summary>
    private static async Task<(int? Length, string? Error)?> ReadHeaderAsync(PipeReader reader, CancellationToken cancellationToken)
    {
        int? length = null;
        string? error = null;
        var sawLine = false;
        while (true)
        {
            var result = await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            var buffer = result.Buffer;
            var newline = buffer.PositionOf((byte)'\n');
            if (newline == null)
            {
                if (result.IsCompleted)
                {
                    reader.AdvanceTo(buffer.End);
                    return null;
                }

                if (buffer.Length > MaxHeaderLineBytes)
                {
                    // A header line this long is garbage: drop it and go on reading.
                    reader.AdvanceTo(buffer.End);
                    error ??= "a header line is too long";
                    sawLine = true;
                    continue;
                }

                reader.AdvanceTo(buffer.Start, buffer.End);
                continue;
            }

            var lineBytes = buffer.Slice(0, newline.Value);
            var line = Encoding.ASCII.GetString(lineBytes.Length > MaxHeaderLineBytes ? lineBytes.Slice(0, MaxHeaderLineBytes) : lineBytes).TrimEnd('\r');
            reader.AdvanceTo(buffer.GetPosition(1, newline.Value));
            if (line.Length == 0)
            {
                if (!sawLine)
                {
                    continue;
                }

                if (error == null && length == null)
                {
                    error = "no Content-Length header";
                }

                return (length, error);
            }

            sawLine = true;
            var colon = line.IndexOf(':');
            if (colon <= 0)
            {
                error ??= "a header line without a ':'";
                continue;
            }

            if (line.Substring(0, colon).Trim().Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
            {
                if (int.TryParse(line.Substring(colon + 1).Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value))
                {
                    length = value;
                    if (value > MaxMessageBytes)
                    {
                        error ??= $"the message is {value:N0} bytes, over the server's limit of {MaxMessageBytes:N0}";
                    }
                }
                else
                {
                    error ??= "the Content-Length is not a whole number";
                }
            }
        }
    }

    private static async Task<bool> SkipAsync(PipeReader reader, long count, CancellationToken cancellationToken)
    {
        while (count > 0)
        {
            var result = await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            var take = Math.Min(count, result.Buffer.Length);
            reader.AdvanceTo(result.Buffer.GetPosition(take));
            count -= take;
            if (take == 0 && result.IsCompleted)
            {
                return false;
            }
        }

        return true;
    }
}
