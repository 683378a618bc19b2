namespace GovDisclosure.Rules.Benchmarks;

public static class Throughput
{
    public const int DefaultCount = 100_000;

    public static int Run(int count, System.IO.TextWriter output)
    {
        output.WriteLine(count);
        return 0;
    }
}
