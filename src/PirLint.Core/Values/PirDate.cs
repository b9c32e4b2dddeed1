using System;
using System.Globalization;

namespace PirLint.Values;

/// <summary>The contract's value forms: <c>date</c> is <c>YYYY-MM-DD</c>, a real calendar day.</summary>
public static class PirDate
{
    public static bool TryParse(string text, out DateTime date) =>
        DateTime.TryParseExact(text.Trim(), "yyyy'-'MM'-'dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date) && text.Trim().Length == 10;
}
