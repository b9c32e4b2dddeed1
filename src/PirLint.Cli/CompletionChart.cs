using System;
using System.Globalization;
using System.Security;
using PirLint.Engine;

namespace PirLint.Cli;

/// <summary>The completion rate against the target as a small picture: an SVG file, or a bar of characters.</summary>
internal static class CompletionChart
{
    private const int TextBarWidth = 20;

    /// <summary><c>██████████████░░░░░░</c> for 70%: one block a 5%, rounded down so a bar is full only at 100%.</summary>
    public static string TextBar(double rate, double target)
    {
        var filled = (int)Math.Floor(Math.Max(0, Math.Min(1, rate)) * TextBarWidth);
        return new string('█', filled) + new string('░', TextBarWidth - filled);
    }

    /// <summary>A 360x56 bar: the on-time completion rate of the items due filled (green on target, amber under it, red under 80%), the target as a line.</summary>
    public static string Svg(FollowUpSummary summary)
    {
        const int x = 8, y = 8, width = 344, height = 20;
        var rate = summary.CompletionRate ?? 0;
        var filled = Math.Round(width * Math.Max(0, Math.Min(1, rate)), 1);
        var targetX = Math.Round(x + width * Math.Max(0, Math.Min(1, summary.Target)), 1);
        var color = rate >= summary.Target ? "#2e7d32" : rate < CompletionRateRule.ErrorBelow ? "#c62828" : "#ef8f00";
        var caption = summary.CompletionRate == null
            ? summary.Total == 0 ? "no action items" : "no action item due yet"
            : $"{CompletionRateRule.Percent(rate)} on time ({summary.ClosedOnTime} of {summary.Due} due), {summary.ClosedLate} late, target {CompletionRateRule.Percent(summary.Target)}, {summary.Overdue} overdue";
        return
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"360\" height=\"56\" viewBox=\"0 0 360 56\" role=\"img\" " +
            $"aria-label=\"{Escape(caption)}\">\n" +
            $"  <title>{Escape(caption)}</title>\n" +
            $"  <rect x=\"{x}\" y=\"{y}\" width=\"{width}\" height=\"{height}\" rx=\"3\" fill=\"#e0e0e0\"/>\n" +
            $"  <rect x=\"{x}\" y=\"{y}\" width=\"{Number(filled)}\" height=\"{height}\" rx=\"3\" fill=\"{color}\"/>\n" +
            $"  <line x1=\"{Number(targetX)}\" y1=\"4\" x2=\"{Number(targetX)}\" y2=\"32\" stroke=\"#212121\" stroke-width=\"2\"/>\n" +
            $"  <text x=\"{x}\" y=\"48\" font-family=\"sans-serif\" font-size=\"13\" fill=\"#212121\">{Escape(caption)}</text>\n" +
            "</svg>\n";
    }

    private static string Number(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    private static string Escape(string text) => SecurityElement.Escape(text) ?? string.Empty;
}
