using System.Text.Json;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace PirLint.LanguageServer.Protocol;

/// <summary>Reads the members of an incoming message's params without trusting their shape: a wrong shape is an InvalidParams error.</summary>
internal static class JsonParams
{
    public static JsonElement? Member(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;

    public static JsonElement? Path(this JsonElement element, params string[] names)
    {
        JsonElement? current = element;
        foreach (var name in names)
        {
            current = current?.Member(name);
        }

        return current;
    }

    public static string? String(this JsonElement element, string name) =>
        element.Member(name) is { ValueKind: JsonValueKind.String } value ? value.GetString() : null;

    public static int? Int(this JsonElement element, string name) =>
        element.Member(name) is { ValueKind: JsonValueKind.Number } value && value.TryGetInt32(out var number) ? number : null;

    public static string RequiredString(this JsonElement element, string name) =>
        element.String(name) ?? throw Invalid($"'{name}' is missing or not a string");

    public static JsonElement Required(this JsonElement element, string name) =>
        element.Member(name) ?? throw Invalid($"'{name}' is missing");

    /// <summary>The <c>textDocument.uri</c> of a request.</summary>
    public static string DocumentUri(this JsonElement element) =>
        element.Required("textDocument").RequiredString("uri");

    /// <summary>A position's line and character; negative or missing numbers are InvalidParams.</summary>
    public static (int Line, int Character) Position(this JsonElement element)
    {
        var line = element.Int("line");
        var character = element.Int("character");
        if (line is not >= 0 || character is not >= 0)
        {
            throw Invalid("a position needs a 'line' and a 'character', both whole numbers from 0");
        }

        return (line.Value, character.Value);
    }

    public static LocalRpcException Invalid(string message) =>
        new("invalid params: " + message) { ErrorCode = (int)JsonRpcErrorCode.InvalidParams };
}
