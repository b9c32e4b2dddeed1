using System;

namespace PirLint.Values;

/// <summary>The <c>uri</c> form: an absolute <c>http</c> or <c>https</c> URI as RFC 3986 writes it, nothing before or after it.</summary>
public static class PirUri
{
    /// <summary>
    /// True for <c>https://tracker.example.com/OPS-311</c>; false for text after the address
    /// (<c>https://x/OPS-311 (split)</c>), white space, control characters, and the ASCII characters RFC 3986 never
    /// allows in a URI (<c>"</c> <c>&lt;</c> <c>&gt;</c> <c>\</c> <c>^</c> <c>`</c> <c>{</c> <c>|</c> <c>}</c>).
    /// Other non-ASCII characters are left to <see cref="Uri"/>, which reads them as an IRI does.
    /// </summary>
    public static bool IsAbsoluteHttp(string value)
    {
        var text = value.Trim();
        foreach (var c in text)
        {
            if (c <= ' ' || c == '\u007F' || char.IsWhiteSpace(c) || char.IsControl(c) || "\"<>\\^`{|}".IndexOf(c) >= 0)
            {
                return false;
            }
        }

        return Uri.TryCreate(text, UriKind.Absolute, out var uri) &&
               (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) &&
               uri.Host.Length > 0;
    }
}
