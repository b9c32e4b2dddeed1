using System;
using System.Collections.Generic;
using System.IO;
using PirLint.TestSupport;

namespace PirLint.EndToEnd.Tests;

internal sealed record ProcessResult(int ExitCode, string Output);

/// <summary>Runs the dotnet CLI as a user would, with a private NuGet cache and no lingering build servers.</summary>
internal static class DotnetRunner
{
    public static ProcessResult Run(string workingDirectory, string packagesFolder, params string[] args)
    {
        var environment = new Dictionary<string, string?>
        {
            ["NUGET_PACKAGES"] = packagesFolder,
            ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
            ["DOTNET_NOLOGO"] = "1",
            ["MSBUILDDISABLENODEREUSE"] = "1",
            ["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0",
            ["UseSharedCompilation"] = "false",
        };
        var result = ChildProcess.Run("dotnet", args, workingDirectory, TimeSpan.FromMinutes(5), environment);
        var output = result.Stdout + result.Stderr;
        if (result.TimedOut)
        {
            throw new TimeoutException("dotnet " + string.Join(" ", args) + " did not finish in 5 minutes:\n" + output);
        }

        return new ProcessResult(result.ExitCode, output);
    }
}
