using System;
using System.Runtime.ExceptionServices;
using System.Threading;

namespace GovDisclosure.Rules.Tests.Hostile;

/// <summary>Runs a piece of work over many items on many threads released at once, as a busy portal would.</summary>
internal static class OnManyThreads
{
    /// <summary>The results of <paramref name="work"/> for items 0 … count − 1, computed by <paramref name="threads"/> threads that take items as they go.</summary>
    internal static T[] Run<T>(int count, int threads, Func<int, T> work)
    {
        var results = new T[count];
        var next = -1;
        ExceptionDispatchInfo? failure = null;
        using var start = new Barrier(threads);
        var workers = new Thread[threads];
        for (var t = 0; t < threads; t++)
        {
            workers[t] = new Thread(() =>
            {
                start.SignalAndWait();
                try
                {
                    for (var i = Interlocked.Increment(ref next); i < count; i = Interlocked.Increment(ref next))
                    {
                        results[i] = work(i);
                    }
                }
                catch (Exception e)
                {
                    Interlocked.CompareExchange(ref failure, ExceptionDispatchInfo.Capture(e), null);
                }
            });
            workers[t].Start();
        }

        foreach (var worker in workers)
        {
            worker.Join();
        }

        failure?.Throw();
        return results;
    }
}
