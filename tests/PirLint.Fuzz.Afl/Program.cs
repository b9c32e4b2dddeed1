using System.IO;
using PirLint.Configuration;
using PirLint.Engine;
using SharpFuzz;

namespace PirLint.Fuzz.Afl;

/// <summary>
/// AFL++ feeds one input a run (SharpFuzz keeps the process alive between runs): the engine lints it as YAML and as
/// Markdown. Any exception that escapes is a crash for AFL; a run over AFL's time limit is a hang.
/// </summary>
public static class Program
{
    public static void Main()
    {
        // Instrumented code may run only inside Run, once SharpFuzz has set up AFL's shared memory: the engine is made there.
        PirLintEngine? engine = null;
        Fuzzer.OutOfProcess.Run(stream =>
        {
            engine ??= new PirLintEngine();
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            var bytes = buffer.ToArray();
            engine.Lint("afl.pir.yaml", bytes, PirLintOptions.Default);
            engine.Lint("afl.pir.md", bytes, PirLintOptions.Default);
        });
    }
}
