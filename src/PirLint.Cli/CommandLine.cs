using System;
using System.Collections.Generic;

namespace PirLint.Cli;

/// <summary>Splits a command's arguments into <c>--name value</c> options and positional paths.</summary>
internal sealed class CommandLine
{
    private readonly Dictionary<string, string> _options = new(StringComparer.Ordinal);

    private CommandLine()
    {
    }

    public List<string> Paths { get; } = new();

    public static CommandLine Parse(string[] args, params string[] valueOptions) => ParseWithFlags(args, Array.Empty<string>(), valueOptions);

    /// <param name="flags">Options without a value, such as <c>--force</c>.</param>
    public static CommandLine ParseWithFlags(string[] args, string[] flags, params string[] valueOptions)
    {
        var result = new CommandLine();
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                var name = arg;
                string? value = null;
                var equals = arg.IndexOf('=');
                if (equals > 0)
                {
                    name = arg.Substring(0, equals);
                    value = arg.Substring(equals + 1);
                }

                if (Array.IndexOf(flags, name) >= 0 && value == null)
                {
                    result._options[name] = string.Empty;
                    continue;
                }

                if (Array.IndexOf(valueOptions, name) < 0)
                {
                    throw new UsageException($"unknown option '{name}'");
                }

                if (value == null)
                {
                    if (i + 1 >= args.Length)
                    {
                        throw new UsageException($"option '{name}' needs a value");
                    }

                    value = args[++i];
                }

                result._options[name] = value;
            }
            else
            {
                result.Paths.Add(arg);
            }
        }

        return result;
    }

    public string? Get(string name) => _options.TryGetValue(name, out var value) ? value : null;

    public bool Has(string name) => _options.ContainsKey(name);

    /// <summary><c>--today YYYY-MM-DD</c>, for the follow-up rules and the dated commands; the local date by default.</summary>
    public DateTime GetToday()
    {
        if (Get("--today") is not { } text)
        {
            return DateTime.Today;
        }

        return PirLint.Values.PirDate.TryParse(text, out var today) ? today : throw new UsageException($"--today '{text}' is not a date; write YYYY-MM-DD");
    }
}
