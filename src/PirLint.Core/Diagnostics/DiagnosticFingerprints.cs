using System;
using System.Collections.Generic;
using System.Security.Cryptography;
using System.Text;

namespace PirLint.Diagnostics;

/// <summary>
/// Fingerprints that follow one finding through commits, for code scanning (SARIF) and GitLab Code Quality: a hash of
/// the rule, the file (with '/' separators) and the key path, never the line, so an edit elsewhere in the file keeps
/// them. Findings of one rule at the same key path in one file are told apart by their order there.
/// </summary>
public static class DiagnosticFingerprints
{
    /// <summary>The name of the fingerprint in a SARIF result's <c>partialFingerprints</c>.</summary>
    public const string SarifName = "pirlintKeyPath/v1";

    /// <summary>One fingerprint per diagnostic, in the same order: 32 lowercase hex digits.</summary>
    public static IReadOnlyList<string> Compute(IReadOnlyList<PirDiagnostic> diagnostics)
    {
        var result = new string[diagnostics.Count];
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        using var sha = SHA256.Create();
        for (var i = 0; i < diagnostics.Count; i++)
        {
            var d = diagnostics[i];
            var basis = d.Id + "\n" + d.Path.Replace('\\', '/') + "\n" + (d.KeyPath ?? string.Empty);
            seen.TryGetValue(basis, out var earlier);
            seen[basis] = earlier + 1;
            if (earlier > 0)
            {
                basis += "\n" + earlier.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            var hash = sha.ComputeHash(Encoding.UTF8.GetBytes(basis));
            var text = new StringBuilder(32);
            for (var b = 0; b < 16; b++)
            {
                text.Append(hash[b].ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
            }

            result[i] = text.ToString();
        }

        return result;
    }
}
