using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using Microsoft.CodeAnalysis;
using PirLint.Configuration;

namespace PirLint.Hosting;

/// <summary>
/// Shared by the CLI and the MSBuild task (linked into both).
/// The options of each review file, from the <c>.editorconfig</c> and <c>.globalconfig</c> files above it, with the
/// compiler's own parser and section matching (Roslyn's AnalyzerConfig), so a key means what it means in a build.
/// </summary>
internal sealed class EditorConfigResolver
{
    private readonly string? _explicitConfig;
    private readonly string _currentDirectory;
    private readonly ConcurrentDictionary<string, AnalyzerConfigSet?> _setsByFolder = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, AnalyzerConfig?> _configs = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _warned = new(StringComparer.Ordinal);

    public EditorConfigResolver(string? explicitConfig, string currentDirectory)
    {
        _explicitConfig = explicitConfig;
        _currentDirectory = currentDirectory;
    }

    /// <summary>Warnings about keys that would silently do nothing, in the order they were found.</summary>
    public ConcurrentQueue<string> Warnings { get; } = new();

    public PirLintOptions OptionsFor(string file)
    {
        var folder = Path.GetDirectoryName(file) ?? _currentDirectory;
        var set = _setsByFolder.GetOrAdd(_explicitConfig != null ? string.Empty : folder, CreateSet);
        if (set == null)
        {
            return PirLintOptions.Default;
        }

        var result = set.GetOptionsForSourcePath(file);
        var pairs = new List<KeyValuePair<string, string>>();
        foreach (var pair in set.GlobalConfigOptions.AnalyzerOptions)
        {
            pairs.Add(pair);
        }

        foreach (var pair in set.GlobalConfigOptions.TreeOptions)
        {
            pairs.Add(new KeyValuePair<string, string>(OptionKeys.DiagnosticSeverityKey(pair.Key), SeverityText(pair.Value)));
        }

        foreach (var pair in result.AnalyzerOptions)
        {
            pairs.Add(pair);
        }

        foreach (var pair in result.TreeOptions)
        {
            if (pair.Key.StartsWith("PIR", StringComparison.OrdinalIgnoreCase) &&
                !(set.GlobalConfigOptions.TreeOptions.TryGetValue(pair.Key, out var global) && global == pair.Value) &&
                _warned.TryAdd(pair.Key, true))
            {
                var id = pair.Key.ToUpperInvariant();
                Warnings.Enqueue($"warning: '{OptionKeys.DiagnosticSeverityKey(id)}' in an .editorconfig section does not apply to review files; write '{OptionKeys.SeverityKey(id)}' there, or put the dotnet_diagnostic key in a .globalconfig");
            }
        }

        return pairs.Count == 0 ? PirLintOptions.Default : PirLintOptions.FromConfig(pairs);
    }

    private AnalyzerConfigSet? CreateSet(string folder)
    {
        var configs = new List<AnalyzerConfig>();
        if (_explicitConfig != null)
        {
            if (LoadConfig(_explicitConfig, Path.Combine(_currentDirectory, ReviewFiles.EditorConfigFileName)) is { } config)
            {
                configs.Add(config);
            }
        }
        else
        {
            for (var current = new DirectoryInfo(folder); current != null; current = current.Parent)
            {
                var global = Path.Combine(current.FullName, ReviewFiles.GlobalConfigFileName);
                if (IsRegularFile(global) && LoadConfig(global, global) is { } globalConfig)
                {
                    configs.Add(globalConfig);
                }

                var editorConfig = Path.Combine(current.FullName, ReviewFiles.EditorConfigFileName);
                if (IsRegularFile(editorConfig) && LoadConfig(editorConfig, editorConfig) is { } config)
                {
                    configs.Add(config);
                    if (IsRoot(editorConfig))
                    {
                        break;
                    }
                }
            }
        }

        return configs.Count == 0 ? null : AnalyzerConfigSet.Create(configs);
    }

    /// <summary>A config file that is a FIFO or a device is not read (the read could block forever).</summary>
    private static bool IsRegularFile(string path) => FileProbe.Kind(path) is FileKind.Regular or FileKind.Unknown;

    private AnalyzerConfig? LoadConfig(string file, string pathForSections) =>
        _configs.GetOrAdd(file + "|" + pathForSections, _ =>
        {
            try
            {
                return AnalyzerConfig.Parse(File.ReadAllText(file), pathForSections);
            }
            catch (IOException)
            {
                return null;
            }
            catch (UnauthorizedAccessException)
            {
                return null;
            }
        });

    /// <summary>True for an .editorconfig whose preamble (before its first section) says <c>root = true</c>.</summary>
    private static bool IsRoot(string file)
    {
        try
        {
            foreach (var line in File.ReadLines(file))
            {
                var text = line.Trim();
                if (text.StartsWith("[", StringComparison.Ordinal))
                {
                    return false;
                }

                var equals = text.IndexOf('=');
                if (equals > 0 && text.Substring(0, equals).Trim().Equals("root", StringComparison.OrdinalIgnoreCase))
                {
                    return text.Substring(equals + 1).Trim().Equals("true", StringComparison.OrdinalIgnoreCase);
                }
            }
        }
        catch (IOException)
        {
        }

        return false;
    }

    private static string SeverityText(ReportDiagnostic severity) =>
        severity switch
        {
            ReportDiagnostic.Error => "error",
            ReportDiagnostic.Warn => "warning",
            ReportDiagnostic.Info => "suggestion",
            ReportDiagnostic.Hidden => "silent",
            ReportDiagnostic.Suppress => "none",
            _ => "default",
        };
}
