using System;
using System.Collections.Generic;
using System.Runtime.ExceptionServices;
using System.Threading;
using PirLint.Engine;

namespace PirLint.Hosting;

/// <summary>
/// The files of a run, linted on up to <c>workers</c> threads (the caller's among them) as they come: files offered
/// while the walk goes on, then the walk's list. Each path is linted once. Plain threads rather than Parallel.For:
/// the task library's start-up (its assemblies, its event source, the thread pool) costs a one-file check more than
/// the lint. The first exception stops the other threads from taking new files and is rethrown by <see cref="Finish"/>.
/// </summary>
internal sealed class LintQueue
{
    private readonly int _workers;
    private readonly Func<string, DocumentResult> _lint;
    private readonly object _gate = new();
    private readonly List<string> _pending = new();
    private readonly HashSet<string> _taken = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DocumentResult> _results = new(StringComparer.Ordinal);
    private readonly List<Thread> _threads = new();
    private int _next;
    private bool _complete;
    private Exception? _failure;

    public LintQueue(int workers, Func<string, DocumentResult> lint)
    {
        _workers = Math.Max(1, workers);
        _lint = lint;
    }

    /// <summary>A file to lint now, before the list is complete; the helper threads start with the first one.</summary>
    public void Offer(string path)
    {
        lock (_gate)
        {
            _pending.Add(path);
            Monitor.Pulse(_gate);
        }

        StartHelpers(_workers - 1);
    }

    /// <summary>Lints what <paramref name="files"/> adds to what was offered, and returns their results in their order.</summary>
    public DocumentResult[] Finish(IReadOnlyList<string> files)
    {
        lock (_gate)
        {
            foreach (var file in files)
            {
                _pending.Add(file);
            }

            _complete = true;
            Monitor.PulseAll(_gate);
        }

        // One file is linted on this thread alone: no thread to start for it.
        StartHelpers(Math.Min(_workers, files.Count) - 1);
        Drain();
        foreach (var thread in _threads)
        {
            thread.Join();
        }

        if (_failure != null)
        {
            ExceptionDispatchInfo.Capture(_failure).Throw();
        }

        var results = new DocumentResult[files.Count];
        for (var i = 0; i < results.Length; i++)
        {
            results[i] = _results[files[i]];
        }

        return results;
    }

    /// <summary>The list will not come (the walk failed): the helpers stop after the file each is linting.</summary>
    public void Abandon()
    {
        lock (_gate)
        {
            StopTaking();
        }

        foreach (var thread in _threads)
        {
            thread.Join();
        }
    }

    private void StartHelpers(int count)
    {
        while (_threads.Count < count)
        {
            var thread = new Thread(Drain) { IsBackground = true, Name = "pirlint lint" };
            _threads.Add(thread);
            thread.Start();
        }
    }

    private void Drain()
    {
        try
        {
            while (Take() is { } path)
            {
                var result = _lint(path);
                lock (_gate)
                {
                    _results[path] = result;
                }
            }
        }
        catch (Exception exception)
        {
            lock (_gate)
            {
                _failure ??= exception;
                StopTaking();
            }
        }
    }

    /// <summary>No thread takes another file; each stops after the one it is linting. The caller holds the gate.</summary>
    private void StopTaking()
    {
        _complete = true;
        _next = _pending.Count;
        Monitor.PulseAll(_gate);
    }

    /// <summary>The next file no thread has taken; null when the list is complete and all are taken.</summary>
    private string? Take()
    {
        lock (_gate)
        {
            while (true)
            {
                while (_next < _pending.Count)
                {
                    var path = _pending[_next++];
                    if (_taken.Add(path))
                    {
                        return path;
                    }
                }

                if (_complete)
                {
                    return null;
                }

                Monitor.Wait(_gate);
            }
        }
    }
}
