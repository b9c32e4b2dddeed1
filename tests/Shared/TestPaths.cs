using System;
using System.IO;

namespace PirLint.TestSupport;

/// <summary>Where the repository and the shared folder beside it are, seen from a test's output folder.</summary>
internal static class TestPaths
{
    private static readonly Lazy<string> RootFolder = new(FindRoot);

    /// <summary>The folder holding PirLint.sln.</summary>
    public static string RepositoryRoot => RootFolder.Value;

    /// <summary>The <c>shared</c> folder beside the repository (the contract, the corpus generator, the peers).</summary>
    public static string SharedFolder => Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared"));

    /// <summary>The shared corpus generator, <c>../shared/bench/make-corpus</c>.</summary>
    public static string MakeCorpusScript => Path.Combine(SharedFolder, "bench", "make-corpus");

    /// <summary>The first folder holding PirLint.sln above the output folder, else above the current folder (a benchmark's generated project runs elsewhere).</summary>
    private static string FindRoot()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var folder = new DirectoryInfo(start); folder != null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, "PirLint.sln")))
                {
                    return folder.FullName;
                }
            }
        }

        throw new InvalidOperationException("PirLint.sln not found above " + AppContext.BaseDirectory + " or " + Environment.CurrentDirectory);
    }
}
