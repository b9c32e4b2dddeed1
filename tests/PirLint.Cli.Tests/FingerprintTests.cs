using PirLint.Diagnostics;
using PirLint.Text;

namespace PirLint.Cli.Tests;

/// <summary>The fingerprint shared by SARIF and GitLab: SHA-256 of rule, file and key path, its first 16 bytes in hex.</summary>
public class FingerprintTests
{
    private static PirDiagnostic At(string id, string path, int line, string? keyPath) =>
        new PirDiagnostic(id, PirSeverity.Error, "message " + line, path, new SourceSpan(line * 10, line * 10 + 3, line, 1, line, 4)).WithKeyPath(keyPath);

    [Fact]
    public void FingerprintIsTheHashOfRuleFileAndKeyPathWhateverTheLineOrMessage()
    {
        var fingerprints = DiagnosticFingerprints.Compute(new[]
        {
            At("PIR101", "reviews/a.pir.yaml", 40, "action_items[3].owner"),
            At("PIR101", "reviews\\b.pir.yaml", 7, "action_items[3].owner"),
        });

        // sha256("PIR101\nreviews/a.pir.yaml\naction_items[3].owner"), computed independently.
        Assert.Equal("c3490d2bb1775dbfbb7f097a8aaffe2e", fingerprints[0]);
        Assert.Equal(fingerprints[0], DiagnosticFingerprints.Compute(new[] { At("PIR101", "reviews/a.pir.yaml", 90, "action_items[3].owner") })[0]);
        Assert.NotEqual(fingerprints[0], fingerprints[1]);
    }

    [Fact]
    public void SameRuleAtTheSameKeyPathIsToldApartByItsOrder()
    {
        var fingerprints = DiagnosticFingerprints.Compute(new[]
        {
            At("PIR101", "reviews/a.pir.yaml", 40, "action_items[3].owner"),
            At("PIR101", "reviews/a.pir.yaml", 41, "action_items[3].owner"),
            At("PIR001", "reviews/a.pir.yaml", 1, null),
        });

        Assert.Equal("c3490d2bb1775dbfbb7f097a8aaffe2e", fingerprints[0]);
        Assert.Equal("ca2ba7a8061d7b45f797a3a5ebe90b72", fingerprints[1]);
        Assert.Equal("11be4315b7f6385593c109057232ae6c", fingerprints[2]);
    }

    [Fact]
    public void SeverityChangesKeepTheKeyPath() =>
        Assert.Equal("timeline[2].time", At("PIR202", "a.pir.yaml", 3, "timeline[2].time").WithSeverity(PirSeverity.Warning).KeyPath);
}
