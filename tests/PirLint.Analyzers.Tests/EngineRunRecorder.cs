using System;
using System.Collections.Concurrent;

namespace PirLint.Analyzers.Tests;

/// <summary>
/// Records, while it lives, each review the analyzer's engine lints under <c>folder</c> (paths relative to it), so a
/// test sees only its own reviews: other tests lint in parallel and raise the same event.
/// </summary>
internal sealed class EngineRunRecorder : IDisposable
{
    private readonly string _folder;

    public EngineRunRecorder(string folder)
    {
        _folder = folder;
        PirLintAnalyzer.EngineRan += Record;
    }

    public ConcurrentQueue<string> Runs { get; } = new();

    public void Dispose() => PirLintAnalyzer.EngineRan -= Record;

    private void Record(string path)
    {
        if (path.StartsWith(_folder, StringComparison.Ordinal))
        {
            Runs.Enqueue(path.Substring(_folder.Length));
        }
    }
}
