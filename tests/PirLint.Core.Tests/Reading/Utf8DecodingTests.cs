using System;
using System.Text;
using PirLint.Diagnostics;
using PirLint.Documents.Loading;
using Xunit;

namespace PirLint.Tests.Reading;

public class Utf8DecodingTests
{
    [Theory]
    [InlineData(new byte[] { 0x61, 0x0A, 0x62, 0xFF }, "(2,2): the file is not valid UTF-8 (byte 0xFF at offset 3); save it as UTF-8")]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF, 0xC0, 0x80 }, "(1,1): the file is not valid UTF-8 (byte 0xC0 at offset 3); save it as UTF-8")]
    [InlineData(new byte[] { 0x61, 0xED, 0xA0, 0x80 }, "(1,2): the file is not valid UTF-8 (byte 0xED at offset 1); save it as UTF-8")]
    [InlineData(new byte[] { 0x61, 0x62, 0xE2, 0x82 }, "(1,3): the file is not valid UTF-8 (byte 0xE2 at offset 2); save it as UTF-8")]
    public void An_invalid_byte_is_named_at_its_place(byte[] bytes, string expected)
    {
        var diagnostics = new DiagnosticBag("r.pir.yaml");
        Assert.Null(DocumentLoader.Decode(bytes, diagnostics));
        var only = Assert.Single(diagnostics.Items);
        Assert.Equal("PIR001", only.Id);
        Assert.Equal(expected, $"({only.Span.StartLine},{only.Span.StartColumn}): {only.Message}");
    }

    [Fact]
    public void Decoding_refuses_exactly_the_bytes_the_validator_refuses()
    {
        var random = new Random(20261201);
        var alphabet = new byte[] { 0x61, 0x0A, 0x7F, 0x80, 0xBF, 0xC0, 0xC2, 0xDF, 0xE0, 0xA0, 0xED, 0x9F, 0xEF, 0xF0, 0x90, 0xF4, 0x8F, 0xF5, 0xFF };
        for (var round = 0; round < 100_000; round++)
        {
            var bytes = new byte[random.Next(0, 9)];
            for (var i = 0; i < bytes.Length; i++)
            {
                bytes[i] = alphabet[random.Next(alphabet.Length)];
            }

            var diagnostics = new DiagnosticBag("r.pir.yaml");
            var text = DocumentLoader.Decode(bytes, diagnostics);
            var valid = Utf8Validator.FindInvalid(bytes, 0) < 0;
            Assert.True(valid == (text != null), BitConverter.ToString(bytes));
            if (valid)
            {
                Assert.Equal(new UTF8Encoding(false).GetString(bytes).TrimStart('\uFEFF'), text!.TrimStart('\uFEFF'));
                Assert.Empty(diagnostics.Items);
            }
        }
    }
}
