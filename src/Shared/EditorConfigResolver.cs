using System;
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
    // Collections under a lock rather than concurrent ones: a one-file check then does not load System.Collections.Concurrent.
    private readonly Dictionary<string, ConfigSet?> _setsByFolder = new(StringComparer.Ordinal);
    private readonly HashSet<string> _warned = new(StringComparer.Ordinal);
    private readonly List<string> _warnings = new();
    private ConfigSet.ParsedFiles? _parsed;

    public EditorConfigResolver(string? explicitConfig, string currentDirectory)
    {
        _explicitConfig = explicitConfig;
        _currentDirectory = currentDirectory;
    }

    /// <summary>Warnings about keys that would silently do nothing found since the last call, in the order they were found.</summary>
    public string[] TakeWarnings()
    {
        lock (_warnings)
        {
            var warnings = _warnings.ToArray();
            _warnings.Clear();
            return warnings;
        }
    }

    public PirLintOptions OptionsFor(string file)
    {
        var folder = _explicitConfig != null ? string.Empty : Path.GetDirectoryName(file) ?? _currentDirectory;
        ConfigSet? set;
        lock (_setsByFolder)
        {
            if (!_setsByFolder.TryGetValue(folder, out set))
            {
                set = CreateSet(folder);
                _setsByFolder[folder] = set;
            }
        }

        return set == null ? PirLintOptions.Default : set.OptionsFor(file, _warned, _warnings);
    }

    /// <summary>The config files that apply in <paramref name="folder"/>; null when there are none, so a run without any never loads Roslyn.</summary>
    private ConfigSet? CreateSet(string folder)
    {
        var files = new List<KeyValuePair<string, string>>();
        if (_explicitConfig != null)
        {
            files.Add(new KeyValuePair<string, string>(_explicitConfig, Path.Combine(_currentDirectory, ReviewFiles.EditorConfigFileName)));
        }
        else
        {
            for (var current = new DirectoryInfo(folder); current != null; current = current.Parent)
            {
                var global = Path.Combine(current.FullName, ReviewFiles.GlobalConfigFileName);
                if (IsRegularFile(global))
                {
                    files.Add(new KeyValuePair<string, string>(global, global));
                }

                var editorConfig = Path.Combine(current.FullName, ReviewFiles.EditorConfigFileName);
                if (IsRegularFile(editorConfig))
                {
                    files.Add(new KeyValuePair<string, string>(editorConfig, editorConfig));
                    if (IsRoot(editorConfig))
                    {
                        break;
                    }
                }
            }
        }

        if (files.Count == 0)
        {
            return null;
        }

        // Called under the lock of _setsByFolder: the parsed files need no lock of their own.
        _parsed ??= new ConfigSet.ParsedFiles();
        return ConfigSet.Create(files, _parsed);
    }

    /// <summary>A config file that is a FIFO or a device is not read (the read could block forever).</summary>
    private static bool IsRegularFile(string path) => FileProbe.Kind(path) is FileKind.Regular or FileKind.Unknown;

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
        catch (UnauthorizedAccessException)
        {
        }

        return false;
    }

    /// <summary>
    /// The parsed config files of one folder, with the compiler's own parser and section matching. Every use of
    /// Roslyn's types is in this class, so that its assembly is loaded only when a config file exists.
    /// </summary>
    private sealed class ConfigSet
    {
        private readonly AnalyzerConfigSet _set;

        private ConfigSet(AnalyzerConfigSet set) => _set = set;

        /// <param name="files">Each config file with the path its sections are matched against.</param>
        /// <returns>Null when none of the files could be read.</returns>
        public static ConfigSet? Create(List<KeyValuePair<string, string>> files, ParsedFiles parsed)
        {
            var configs = new List<AnalyzerConfig>();
            foreach (var file in files)
            {
                if (parsed.Load(file.Key, file.Value) is { } config)
                {
                    configs.Add(config);
                }
            }

            return configs.Count == 0 ? null : new ConfigSet(AnalyzerConfigSet.Create(configs));
        }

        /// <param name="warned">The keys already warned about in this run; each is warned about once.</param>
        /// <param name="warnings">Where a warning goes; it is also the lock of both.</param>
        public PirLintOptions OptionsFor(string file, HashSet<string> warned, List<string> warnings)
        {
            var result = _set.GetOptionsForSourcePath(file);
            var pairs = new List<KeyValuePair<string, string>>();
            foreach (var pair in _set.GlobalConfigOptions.AnalyzerOptions)
            {
                pairs.Add(pair);
            }

            foreach (var pair in _set.GlobalConfigOptions.TreeOptions)
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
                    !(_set.GlobalConfigOptions.TreeOptions.TryGetValue(pair.Key, out var global) && global == pair.Value))
                {
                    lock (warnings)
                    {
                        if (warned.Add(pair.Key))
                        {
                            var id = pair.Key.ToUpperInvariant();
                            warnings.Add($"warning: '{OptionKeys.DiagnosticSeverityKey(id)}' in an .editorconfig section does not apply to review files; write '{OptionKeys.SeverityKey(id)}' there, or put the dotnet_diagnostic key in a .globalconfig");
                        }
                    }
                }
            }

            return pairs.Count == 0 ? PirLintOptions.Default : PirLintOptions.FromConfig(pairs);
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

        /// <summary>Each config file parsed once per run, whichever folders it applies to (used under the resolver's lock).</summary>
        public sealed class ParsedFiles
        {
            private readonly Dictionary<string, AnalyzerConfig?> _configs = new(StringComparer.Ordinal);

            public AnalyzerConfig? Load(string file, string pathForSections)
            {
                var key = file + "|" + pathForSections;
                if (!_configs.TryGetValue(key, out var config))
                {
                    config = Parse(file, pathForSections);
                    _configs[key] = config;
                }

                return config;
            }

            private static AnalyzerConfig? Parse(string file, string pathForSections)
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
            }
        }
    }
}
