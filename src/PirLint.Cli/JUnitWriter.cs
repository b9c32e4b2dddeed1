using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Xml;
using PirLint.Diagnostics;

namespace PirLint.Cli;

/// <summary>
/// JUnit XML as Jenkins, GitLab and Azure Pipelines read it: one test suite for the run, one test case per review file.
/// A file with errors fails with one <c>failure</c> element that lists every error (rule id, place, message): readers
/// such as Jenkins keep only a test case's first failure element. Warnings and infos go to the test case's
/// <c>system-out</c>, so they are seen without failing the file; with <c>--junit-warnings</c> warnings fail it too.
/// </summary>
internal static class JUnitWriter
{
    public static string Write(IReadOnlyList<PirDiagnostic> diagnostics, IReadOnlyList<string> files, bool warningsFail)
    {
        var byFile = new Dictionary<string, List<PirDiagnostic>>();
        foreach (var d in diagnostics)
        {
            if (!byFile.TryGetValue(d.Path, out var list))
            {
                byFile[d.Path] = list = new List<PirDiagnostic>();
            }

            list.Add(d);
        }

        // A diagnostic in a file that was not named (none today) still gets a test case.
        var names = new List<string>(files);
        foreach (var path in byFile.Keys)
        {
            if (!names.Contains(path))
            {
                names.Add(path);
            }
        }

        var failed = 0;
        foreach (var name in names)
        {
            if (byFile.TryGetValue(name, out var list) && list.Exists(d => Fails(d, warningsFail)))
            {
                failed++;
            }
        }

        var text = new StringWriter();
        using (var xml = XmlWriter.Create(text, new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false), NewLineChars = "\n" }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("testsuites");
            xml.WriteAttributeString("name", "pirlint");
            xml.WriteAttributeString("tests", Number(names.Count));
            xml.WriteAttributeString("failures", Number(failed));
            xml.WriteAttributeString("errors", "0");
            xml.WriteStartElement("testsuite");
            xml.WriteAttributeString("name", "pirlint check");
            xml.WriteAttributeString("tests", Number(names.Count));
            xml.WriteAttributeString("failures", Number(failed));
            xml.WriteAttributeString("errors", "0");
            xml.WriteAttributeString("skipped", "0");
            foreach (var name in names)
            {
                var list = byFile.TryGetValue(name, out var found) ? found : new List<PirDiagnostic>();
                WriteCase(xml, name, list, warningsFail);
            }

            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        return text.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"") + "\n";
    }

    private static void WriteCase(XmlWriter xml, string path, List<PirDiagnostic> diagnostics, bool warningsFail)
    {
        xml.WriteStartElement("testcase");
        xml.WriteAttributeString("classname", "pirlint");
        xml.WriteAttributeString("name", RemoveInvalidXml(path.Replace('\\', '/')));
        xml.WriteAttributeString("file", RemoveInvalidXml(path.Replace('\\', '/')));
        var failures = diagnostics.FindAll(d => Fails(d, warningsFail));
        if (failures.Count > 0)
        {
            var first = failures[0];
            xml.WriteStartElement("failure");
            xml.WriteAttributeString("type", first.Id);
            xml.WriteAttributeString("message", RemoveInvalidXml(failures.Count == 1
                ? $"{first.Id}: {first.Message}"
                : $"{failures.Count} problems, the first {first.Id}: {first.Message}"));
            xml.WriteString(Lines(failures));
            xml.WriteEndElement();
        }

        var others = diagnostics.FindAll(d => !Fails(d, warningsFail));
        if (others.Count > 0)
        {
            xml.WriteElementString("system-out", Lines(others));
        }

        xml.WriteEndElement();
    }

    private static bool Fails(PirDiagnostic d, bool warningsFail) =>
        d.Severity == PirSeverity.Error || (warningsFail && d.Severity == PirSeverity.Warning);

    /// <summary>One line per diagnostic, as the text form writes it: PATH(L,C,EL,EC): severity ID: message.</summary>
    private static string Lines(List<PirDiagnostic> diagnostics)
    {
        var lines = new StringBuilder();
        foreach (var d in diagnostics)
        {
            lines.Append(OutputWriter.Location(d)).Append(": ").Append(OutputWriter.SeverityName(d.Severity))
                .Append(' ').Append(d.Id).Append(": ").Append(d.Message).Append('\n');
        }

        return RemoveInvalidXml(lines.ToString());
    }

    /// <summary>Characters XML 1.0 cannot hold (control characters a review may quote) as U+FFFD.</summary>
    private static string RemoveInvalidXml(string text)
    {
        var clean = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                clean.Append(c).Append(text[++i]);
            }
            else
            {
                clean.Append(XmlConvert.IsXmlChar(c) ? c : '\uFFFD');
            }
        }

        return clean.ToString();
    }

    private static string Number(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
