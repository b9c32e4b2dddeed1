using System;
using System.Linq;
using System.Threading;
using PirLint.Documents;

namespace PirLint.Fuzz.Tests;

/// <summary>The analyzer honours the compiler's cancellation: an OperationCanceledException, never a crash or an AD0001.</summary>
public class CancellationTests
{
    [Fact]
    public void AlreadyCancelledAnalysisThrowsOperationCanceled()
    {
        var files = Enumerable.Range(0, 4).Select(i => Review(i, 4096)).ToArray();
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => RoslynHost.Analyze(files, cancelled.Token));
    }

    [Fact]
    public void AnalysisCancelledWhileItLintsLargeReviewsStopsWithOperationCanceled()
    {
        // The token fires when the analyzer reads the third of 60 large reviews: in the middle of the analysis, whatever the machine's speed.
        using var source = new CancellationTokenSource();
        var reads = 0;
        var files = Enumerable.Range(0, 60)
            .Select(i => new CancellingText(Review(i, PirLimits.MaxBytes / 2), () =>
            {
                if (Interlocked.Increment(ref reads) == 3)
                {
                    source.Cancel();
                }
            }))
            .ToArray();
        Assert.ThrowsAny<OperationCanceledException>(() => RoslynHost.Analyze(files, source.Token));
        Assert.True(reads >= 3);
    }

    private static Microsoft.CodeAnalysis.AdditionalText Review(int number, int size)
    {
        var (_, content) = HostileDocuments.Large("timeline-events", size);
        return RoslynHost.File($"/p/r{number:D3}.pir.yaml", content, singleByteFallback: false);
    }

    /// <summary>A review that calls <c>onRead</c> each time its text is read.</summary>
    private sealed class CancellingText : Microsoft.CodeAnalysis.AdditionalText
    {
        private readonly Microsoft.CodeAnalysis.AdditionalText _inner;
        private readonly Action _onRead;

        public CancellingText(Microsoft.CodeAnalysis.AdditionalText inner, Action onRead)
        {
            _inner = inner;
            _onRead = onRead;
        }

        public override string Path => _inner.Path;

        public override Microsoft.CodeAnalysis.Text.SourceText? GetText(CancellationToken cancellationToken = default)
        {
            _onRead();
            return _inner.GetText(cancellationToken);
        }
    }
}
