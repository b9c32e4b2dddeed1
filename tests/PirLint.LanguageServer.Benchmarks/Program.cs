using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using PirLint.LanguageServer;
using PirLint.LanguageServer.Tests;

namespace PirLint.LanguageServer.Benchmarks;

/// <summary>
/// The language server's speed, as docs/language-server.md reports it:
/// <c>dotnet run -c Release --project tests/PirLint.LanguageServer.Benchmarks -- [samples/reviews/INC-2026-0317.pir.yaml]</c>.
/// didChange to publishDiagnostics on a 300-line review (median, p99, engine time), memory with 1,000 open reviews and
/// what one change re-lints, and start-up to the first diagnostics against <c>pirlint check</c> of one file.
/// </summary>
public static class Program
{
    private const int Changes = 400;
    private const int OpenReviews = 1000;
    private const int StartRuns = 5;

    public static async Task<int> Main(string[] args)
    {
        var sample = args.Length > 0 ? args[0] : Path.Combine(FindRoot(), "samples", "reviews", "INC-2026-0317.pir.yaml");
        var review = Grow(File.ReadAllText(sample).Replace("\r\n", "\n", StringComparison.Ordinal), 300);
        Console.WriteLine($"{Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, .NET {Environment.Version}");
        await ChangeToDiagnostics(review);
        await ManyOpenReviews(review);
        StartUp(review);
        return 0;
    }

    private static async Task ChangeToDiagnostics(string review)
    {
        var engine = new List<double>();
        var options = new LanguageServerOptions { Debounce = TimeSpan.Zero, LintTimed = t => { lock (engine) { engine.Add(t.TotalMilliseconds); } } };
        var (client, _) = await LspTestClient.StartInitializedAsync(options: options);
        await using var _c = client;
        var uri = "file:///bench/INC-2026-0317.pir.yaml";
        await client.OpenAsync(uri, review);
        await client.WaitForDiagnosticsAsync(uri);
        var broken = review.Replace("severity: \"sev2\"", "severity: SEV2", StringComparison.Ordinal);
        var latencies = new List<double>();
        for (var version = 2; version < Changes + 2; version++)
        {
            var watch = Stopwatch.StartNew();
            await client.ChangeAsync(uri, version, version % 2 == 0 ? broken : review);
            await client.WaitForNotificationAsync("textDocument/publishDiagnostics", p => p["version"]?.GetValue<int>() == version);
            latencies.Add(watch.Elapsed.TotalMilliseconds);
        }

        var warm = latencies.Skip(Changes / 10).ToList();
        List<double> lints;
        lock (engine)
        {
            lints = engine.Skip(Changes / 10).ToList();
        }

        Console.WriteLine($"didChange -> publishDiagnostics, {review.Split('\n').Length}-line review, debounce 0, {warm.Count} changes after warm-up: " +
                          $"median {Percentile(warm, 50):F2} ms, p99 {Percentile(warm, 99):F2} ms; engine time median {Percentile(lints, 50):F2} ms, p99 {Percentile(lints, 99):F2} ms");
    }

    private static async Task ManyOpenReviews(string review)
    {
        var lints = 0;
        var options = new LanguageServerOptions { Debounce = TimeSpan.Zero, LintTimed = _ => Interlocked.Increment(ref lints) };
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var (client, _) = await LspTestClient.StartInitializedAsync(options: options);
        await using var _c = client;
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < OpenReviews; i++)
        {
            var text = review.Replace("INC-2026-0317", $"INC-2026-{i:D4}", StringComparison.Ordinal);
            await client.OpenAsync($"file:///bench/many/INC-2026-{i:D4}.pir.yaml", text);
        }

        await client.WaitForDiagnosticsAsync($"file:///bench/many/INC-2026-{OpenReviews - 1:D4}.pir.yaml");
        while (Volatile.Read(ref lints) < OpenReviews)
        {
            await Task.Delay(20);
        }

        while (client.Notifications("textDocument/publishDiagnostics").Count < OpenReviews)
        {
            await Task.Delay(20);
        }

        var opened = watch.Elapsed;
        var after = GC.GetTotalMemory(forceFullCollection: true);
        var workingSet = Process.GetCurrentProcess().WorkingSet64;
        var published = client.Notifications("textDocument/publishDiagnostics").Count;
        var lintsBefore = Volatile.Read(ref lints);
        var changed = review.Replace("INC-2026-0317", "INC-2026-0001", StringComparison.Ordinal).Replace("facilitator: \"sam-lee\"", "facilitator: \"TBD\"", StringComparison.Ordinal);
        await client.ChangeAsync("file:///bench/many/INC-2026-0001.pir.yaml", 2, changed);
        await client.WaitForNotificationAsync("textDocument/publishDiagnostics", p => p["version"]?.GetValue<int>() == 2);
        await Task.Delay(500);
        Console.WriteLine($"{OpenReviews} open reviews: linted and published in {opened.TotalSeconds:F1} s; managed heap +{(after - before) / 1048576.0:F0} MB " +
                          $"(process working set {workingSet / 1048576.0:F0} MB, client and server in one process); " +
                          $"one change re-linted {Volatile.Read(ref lints) - lintsBefore} review(s) and published {client.Notifications("textDocument/publishDiagnostics").Count - published} time(s)");
    }

    private static void StartUp(string review)
    {
        var folder = Path.Combine(Path.GetTempPath(), "pirlint-lsp-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, "INC-2026-0317.pir.yaml");
        File.WriteAllText(file, review);
        var pirlint = Path.Combine(AppContext.BaseDirectory, "pirlint.dll");
        var server = new List<double>();
        var check = new List<double>();
        for (var run = 0; run < StartRuns; run++)
        {
            server.Add(FirstDiagnostics(pirlint, file, folder));
            var watch = Stopwatch.StartNew();
            using var process = Process.Start(new ProcessStartInfo("dotnet") { ArgumentList = { pirlint, "check", file }, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false })!;
            process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            check.Add(watch.Elapsed.TotalMilliseconds);
        }

        Directory.Delete(folder, recursive: true);
        Console.WriteLine($"start-up, median of {StartRuns}: 'pirlint lsp' spawned to the first publishDiagnostics of an opened review {Percentile(server, 50):F0} ms; " +
                          $"'pirlint check FILE' {Percentile(check, 50):F0} ms (both 'dotnet pirlint.dll', IL only)");
    }

    /// <summary>Spawns the server, initializes, opens the review, and times until its first diagnostics arrive.</summary>
    private static double FirstDiagnostics(string pirlint, string file, string folder)
    {
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(new ProcessStartInfo("dotnet") { ArgumentList = { pirlint, "lsp" }, RedirectStandardInput = true, RedirectStandardOutput = true, UseShellExecute = false })!;
        var input = process.StandardInput.BaseStream;
        void Send(JsonObject message)
        {
            var body = Encoding.UTF8.GetBytes(message.ToJsonString());
            input.Write(Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n"));
            input.Write(body);
            input.Flush();
        }

        var uri = new Uri(file).AbsoluteUri;
        Send(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = 1, ["method"] = "initialize", ["params"] = new JsonObject { ["rootUri"] = new Uri(folder).AbsoluteUri, ["capabilities"] = new JsonObject() } });
        Send(new JsonObject { ["jsonrpc"] = "2.0", ["method"] = "initialized", ["params"] = new JsonObject() });
        Send(new JsonObject { ["jsonrpc"] = "2.0", ["method"] = "textDocument/didOpen", ["params"] = new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = uri, ["languageId"] = "yaml", ["version"] = 1, ["text"] = File.ReadAllText(file) } } });
        var output = process.StandardOutput.BaseStream;
        var seen = new StringBuilder();
        var buffer = new byte[65536];
        while (!seen.ToString().Contains("textDocument/publishDiagnostics", StringComparison.Ordinal))
        {
            var read = output.Read(buffer);
            if (read == 0)
            {
                break;
            }

            seen.Append(Encoding.UTF8.GetString(buffer, 0, read));
        }

        var elapsed = watch.Elapsed.TotalMilliseconds;
        Send(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = 2, ["method"] = "shutdown" });
        Send(new JsonObject { ["jsonrpc"] = "2.0", ["method"] = "exit" });
        process.WaitForExit(10000);
        return elapsed;
    }

    /// <summary>The review with timeline events added until it has about <paramref name="lines"/> lines.</summary>
    private static string Grow(string review, int lines)
    {
        var anchor = "timeline:\n";
        var at = review.IndexOf(anchor, StringComparison.Ordinal) + anchor.Length;
        var builder = new StringBuilder(review.Substring(0, at));
        var count = review.Split('\n').Length;
        for (var minute = 1; count < lines; minute++, count += 5)
        {
            builder.Append($"  - time: \"2026-03-15T14:{minute % 60:D2}Z\"\n    event: \"Another event of the incident, number {minute}\"\n    actor: \"engineer-b\"\n    source: \"pagerduty\"\n\n");
        }

        return builder.Append(review.Substring(at)).ToString();
    }

    private static double Percentile(List<double> values, int percentile)
    {
        var sorted = values.OrderBy(v => v).ToList();
        return sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(percentile / 100.0 * sorted.Count) - 1)];
    }

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder != null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "PirLint.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("PirLint.sln not found");
    }
}
