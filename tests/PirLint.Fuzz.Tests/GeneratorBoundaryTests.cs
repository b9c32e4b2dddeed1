using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace PirLint.Fuzz.Tests;

/// <summary>
/// The generator as a security boundary, as a property over random schemas and reviews: whatever the field names, enum
/// values, descriptions and string values, the generated code compiles without a diagnostic (documentation comments
/// checked too), holds no code but the generator's own, and gives back every value exactly.
/// </summary>
public class GeneratorBoundaryTests
{
    /// <summary>Names a C# generator must not emit as they are: keywords, reserved and inherited member names, non-identifiers.</summary>
    private static readonly string[] HostileNames =
    {
        "class", "namespace", "static", "value", "var", "async", "await", "record", "global", "_", "__", "", " ", "123", "1st", "a-b", "a_b",
        "a b", "A.B", "@x", "é", "Ünïcödé", "PostIncidentReview", "PirCatalog", "PirCatalogData", "All", "ToString", "GetHashCode",
        "Equals", "GetType", "MemberwiseClone", "Finalize", "value__", "None", "IncidentSummary", "incident_summary_", "\"quoted\"",
        "x\u2028y", "tab\tname", "#if", "*/", "<T>",
    };

    private static readonly string[] HostilePieces =
    {
        "\"", "\\", "\"\"\"", "*/", "/*", "//", "{0}", "{", "}", "\\u0041", "\\n", "@\"", "$\"", "#error boom", "\n#error boom\n", "\r\n", "\r", "\n",
        "\t", "\u2028", "\u2029", "\u0085", "\u0000".Replace("\u0000", "\u0001"), "\u007F", "\u00A0", "\uFEFF", "\u202E", "😀", "é", "<summary>", "</summary>",
        "&amp;", "<![CDATA[", "]]>", "\" + System.Environment.Exit(1) + \"", "'", "`", " ", "null", "~", "#", ": ", "- ",
    };

    [Fact]
    public void RandomNamesAndStringsCompileCleanlyAndRoundTripExactly()
    {
        var trials = Math.Max(20, FuzzSettings.Cases / 50);
        var first = FuzzSettings.OnlyCase ?? 0;
        for (var trial = first; trial < first + (FuzzSettings.OnlyCase == null ? trials : 1); trial++)
        {
            var random = FuzzSettings.CaseRandom(FuzzSettings.Seed, trial, harness: 4);
            var fields = RandomDistinct(random, 3 + random.Next(6), () => RandomName(random));
            var enumValues = RandomDistinct(random, 1 + random.Next(6), () => RandomName(random));
            var values = fields.ToDictionary(f => f, _ => RandomValue(random), StringComparer.Ordinal);
            var listValues = Enumerable.Range(0, random.Next(4)).Select(_ => RandomValue(random)).ToArray();
            // A blank value counts as missing, so the review picks a value that is not blank.
            enumValues.Add(enumValues.Contains("chosen") ? "chosen2" : "chosen");
            var choices = Enumerable.Range(0, enumValues.Count).Where(i => enumValues[i].Trim().Length > 0).ToArray();
            var chosen = choices[random.Next(choices.Length)];
            AssertGeneratesAndRoundTrips(random, fields, enumValues, values, listValues, chosen, $"trial {trial} of seed {FuzzSettings.Seed} (rerun with PIRLINT_FUZZ_CASE={trial})");
        }
    }

    /// <summary>Found by the trials above: "é" and "ü" become "@_" and "_2", which a field "2" also becomes.</summary>
    [Fact]
    public void NamesThatSanitiseToOneIdentifierGetDistinctNames()
    {
        var fields = new List<string> { "é", "ü", "2", "_2", "Equals", "class", "@class", "ToString" };
        var values = fields.ToDictionary(f => f, f => "value of " + f, StringComparer.Ordinal);
        AssertGeneratesAndRoundTrips(new Random(1), fields, new List<string> { "_", "é", "value__", "ToString", "2" }, values, new[] { "a" }, 2, "fixed names");
    }

    private static void AssertGeneratesAndRoundTrips(
        Random random, List<string> fields, List<string> enumValues, Dictionary<string, string> values, string[] listValues, int chosen, string trialName)
    {
        {
            var schema = new StringBuilder("type: object\nrequired: [incident_summary]\nproperties:\n")
                .Append("  incident_summary:\n    type: object\n    required: [id]\n    properties:\n      id: { type: string }\n")
                .Append("  the_list:\n    type: array\n    description: ").Append(Quote(RandomString(random))).Append("\n    items: { type: string }\n")
                .Append("  the_choice:\n    description: ").Append(Quote(RandomString(random))).Append("\n    type: string\n    enum: [")
                .Append(string.Join(", ", enumValues.Select(Quote))).Append("]\n");
            foreach (var field in fields)
            {
                schema.Append("  ").Append(Quote(field)).Append(":\n    type: string\n    description: ").Append(Quote(RandomString(random))).Append('\n');
            }

            var review = new StringBuilder("incident_summary:\n  id: \"X-1\"\nthe_list: [").Append(string.Join(", ", listValues.Select(Quote))).Append("]\n")
                .Append("the_choice: ").Append(Quote(enumValues[chosen])).Append('\n');
            foreach (var field in fields)
            {
                review.Append(Quote(field)).Append(": ").Append(Quote(values[field])).Append('\n');
            }

            var context = $"{trialName}\nschema:\n{schema}\nreview:\n{review}";
            var files = new[]
            {
                RoslynHost.File("/p/pir.schema.yaml", Encoding.UTF8.GetBytes(schema.ToString()), singleByteFallback: false),
                RoslynHost.File("/p/x.pir.yaml", Encoding.UTF8.GetBytes(review.ToString()), singleByteFallback: false),
            };
            var (result, output, generatorDiagnostics) = RoslynHost.Generate(files, RoslynHost.Compilation(DocumentationMode.Diagnose));
            var diagnostics = generatorDiagnostics.AddRange(output.GetDiagnostics().Where(d => d.Location.SourceTree?.FilePath.EndsWith(".g.cs", StringComparison.Ordinal) != false));
            Assert.True(diagnostics.IsEmpty, context + "\n" + string.Join("\n", diagnostics) + "\n" + string.Join("\n", result.GeneratedTrees.Select(t => t.ToString())));
            AssertOnlyGeneratorCode(result, values.Values.Concat(listValues), context);

            var item = ((IEnumerable)Load(output).GetType("Consumer.PirCatalog")!.GetProperty("All")!.GetValue(null)!).Cast<object>().Single();
            var strings = item.GetType().GetProperties().Where(p => p.PropertyType == typeof(string)).Select(p => (string?)p.GetValue(item)).ToList();
            Assert.True(values.Values.OrderBy(v => v, StringComparer.Ordinal).SequenceEqual(strings.OrderBy(v => v, StringComparer.Ordinal)), context);
            var list = (IEnumerable<string>?)item.GetType().GetProperties().Single(p => p.PropertyType == typeof(IReadOnlyList<string>)).GetValue(item);
            Assert.Equal(listValues.Length == 0 ? null : listValues, list?.ToArray());
            var choice = item.GetType().GetProperties().Single(p => Nullable.GetUnderlyingType(p.PropertyType)?.IsEnum == true).GetValue(item)!;
            Assert.Equal(enumValues.Count, Enum.GetValues(choice.GetType()).Length);
            Assert.Equal(chosen, Convert.ToInt32(choice, CultureInfo.InvariantCulture));
        }
    }

    /// <summary>
    /// The generated files declare types, properties and enum members, and read each review's values from one string
    /// literal with the generator's own reader: every call is to a plain (qualified) name the generator wrote, no value
    /// of the review appears outside a string literal, and no directive but the generator's own.
    /// </summary>
    private static void AssertOnlyGeneratorCode(GeneratorDriverRunResult result, IEnumerable<string> reviewValues, string context)
    {
        var values = reviewValues.Where(v => v.Length >= 3).ToList();
        foreach (var tree in result.GeneratedTrees)
        {
            var root = tree.GetRoot();
            var invoked = root.DescendantNodes().OfType<InvocationExpressionSyntax>().Select(i => i.Expression.ToString())
                .Where(e => !PlainName.IsMatch(e));
            Assert.True(!invoked.Any(), context + "\n" + string.Join("\n", invoked));
            var outsideLiterals = root.DescendantTokens().Where(t => !t.IsKind(SyntaxKind.StringLiteralToken)).Select(t => t.Text);
            var leaked = outsideLiterals.Where(text => values.Any(v => text.Contains(v, StringComparison.Ordinal)));
            Assert.True(!leaked.Any(), context + "\n" + string.Join("\n", leaked));
            var directives = root.DescendantTrivia().Where(t => t.IsDirective).Select(t => t.ToString());
            Assert.True(directives.All(d => d is "#nullable enable" or "#pragma warning disable CS1591"), context + "\n" + string.Join("\n", directives));
        }
    }

    private static readonly System.Text.RegularExpressions.Regex PlainName = new(@"^[A-Za-z_@][A-Za-z0-9_@]*(?:(?:\.|::)[A-Za-z_@][A-Za-z0-9_@]*)*(?:<[A-Za-z0-9_.:@, ]+>)?$");

    private static Assembly Load(Compilation output)
    {
        using var stream = new System.IO.MemoryStream();
        var emitted = output.Emit(stream);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        return Assembly.Load(stream.ToArray());
    }

    private static List<string> RandomDistinct(Random random, int count, Func<string> next)
    {
        var names = new List<string>();
        while (names.Count < count)
        {
            var name = next();
            if (!names.Contains(name) && name is not ("incident_summary" or "the_list" or "the_choice"))
            {
                names.Add(name);
            }
        }

        return names;
    }

    private static string RandomName(Random random) =>
        random.Next(3) == 0 ? HostileNames[random.Next(HostileNames.Length)] : RandomString(random, 1 + random.Next(12));

    private static string RandomString(Random random) => RandomString(random, random.Next(40));

    /// <summary>A value to round-trip: a blank value counts as missing (README, Decisions), so it holds a non-blank character.</summary>
    private static string RandomValue(Random random) => RandomString(random) is var text && text.Trim().Length > 0 ? text : "v" + text;

    private static string RandomString(Random random, int length)
    {
        var builder = new StringBuilder();
        while (builder.Length < length)
        {
            switch (random.Next(4))
            {
                case 0:
                    builder.Append(HostilePieces[random.Next(HostilePieces.Length)]);
                    break;
                case 1:
                    builder.Append(char.ConvertFromUtf32(random.Next(2) == 0 ? random.Next(0x20, 0xD800) : random.Next(0x10000, 0x110000)));
                    break;
                default:
                    builder.Append((char)random.Next(0x20, 0x7F));
                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>A YAML double-quoted scalar holding exactly <paramref name="text"/>: everything but printable ASCII escaped.</summary>
    private static string Quote(string text)
    {
        var builder = new StringBuilder("\"");
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '"' || c == '\\')
            {
                builder.Append('\\').Append(c);
            }
            else if (c >= ' ' && c <= '~')
            {
                builder.Append(c);
            }
            else if (char.IsHighSurrogate(c) && i + 1 < text.Length)
            {
                builder.Append("\\U").Append(char.ConvertToUtf32(c, text[++i]).ToString("X8", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
        }

        return builder.Append('"').ToString();
    }
}
