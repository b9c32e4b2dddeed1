using System;
using System.Globalization;
using System.IO;

namespace PirLint.Fuzz.Tests;

/// <summary>What a fuzz run did: the cases, how many were invalid, the slowest case. Also appended to a report file for long runs.</summary>
internal sealed class FuzzStats
{
    private readonly string _harness;
    private readonly DateTime _started = DateTime.UtcNow;

    public FuzzStats(string harness) => _harness = harness;

    public int Cases { get; private set; }

    public int Invalid { get; private set; }

    public long Bytes { get; private set; }

    public TimeSpan Slowest { get; private set; }

    public int SlowestCase { get; private set; } = -1;

    public int LargestInput { get; private set; }

    public void Add(int caseNumber, byte[] content, TimeSpan elapsed, bool invalid)
    {
        Cases++;
        Bytes += content.Length;
        LargestInput = Math.Max(LargestInput, content.Length);
        if (invalid)
        {
            Invalid++;
        }

        if (elapsed > Slowest)
        {
            Slowest = elapsed;
            SlowestCase = caseNumber;
        }
    }

    /// <summary>The summary line, also appended to the file PIRLINT_FUZZ_REPORT names, if any.</summary>
    public string Report()
    {
        var line = ToString();
        if (Environment.GetEnvironmentVariable("PIRLINT_FUZZ_REPORT") is { Length: > 0 } report)
        {
            File.AppendAllText(report, line + Environment.NewLine);
        }

        return line;
    }

    public override string ToString() =>
        string.Format(CultureInfo.InvariantCulture,
            "{0}: seed {1}, {2:N0} cases ({3:N0} invalid by the oracle), {4:N1} MB, largest input {5:N0} bytes, slowest case {6} at {7:N1} ms, {8:N1} s in all",
            _harness, FuzzSettings.Seed, Cases, Invalid, Bytes / 1e6, LargestInput, SlowestCase, Slowest.TotalMilliseconds, (DateTime.UtcNow - _started).TotalSeconds);
}
