using System.IO;
using System.Text;
using YamlDotNet.RepresentationModel;

namespace PirLint.Benchmarks;

/// <summary>
/// The yardstick: what a bare YamlDotNet parse of a review costs. The same bytes are decoded to text (UTF-8, BOM
/// skipped) and loaded into a <see cref="YamlStream"/>, YamlDotNet's own node tree; no validation, no rules.
/// </summary>
internal static class Baseline
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static int Parse(byte[] bytes)
    {
        var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        var text = Utf8.GetString(bytes, start, bytes.Length - start);
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        return stream.Documents.Count;
    }
}
