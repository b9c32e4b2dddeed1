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
        // 60 reviews of 512 KiB take seconds to lint; the token fires after 100 ms, while the analyzer is in the middle.
        var files = Enumerable.Range(0, 60).Select(i => Review(i, PirLimits.MaxBytes / 2)).ToArray();
        using var source = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));
        Assert.ThrowsAny<OperationCanceledException>(() => RoslynHost.Analyze(files, source.Token));
    }

    private static Microsoft.CodeAnalysis.AdditionalText Review(int number, int size)
    {
        var (_, content) = HostileDocuments.Large("timeline-events", size);
        return RoslynHost.File($"/p/r{number:D3}.pir.yaml", content, singleByteFallback: false);
    }
}
