using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;

namespace PirLint.Benchmarks;

/// <summary>
/// One job of modest length (the machine is small and often shared): 1 launch, BenchmarkDotNet's adaptive warm-up (the
/// engine's code tiers up over thousands of documents; a fixed 3 warm-ups measured it still cooling, 133 to 109 us), iterations
/// of at least 250 ms, 15 measured.
/// </summary>
public sealed class BenchmarkConfig : ManualConfig
{
    public BenchmarkConfig()
    {
        AddJob(Job.Default.WithLaunchCount(1).WithIterationCount(15).WithMinIterationTime(Perfolizer.Horology.TimeInterval.FromMilliseconds(250)));
        AddColumn(StatisticColumn.Median);
        SummaryStyle = BenchmarkDotNet.Reports.SummaryStyle.Default.WithRatioStyle(RatioStyle.Trend);
    }
}
