using System;
using System.Collections.Generic;
using System.Runtime.ExceptionServices;
using System.Threading;

namespace GovDisclosure.Rules.Cli.Streaming;

/// <summary>
/// Work on many files on every core, results handed back one by one in the files' order, with at most a window of them
/// done or under way ahead of the one the caller takes next: file k + window is not started before the result of file k
/// has been taken. So a command writes each result as soon as those before it are out, and holds a window of results,
/// never all of them, however many files it is given.
/// </summary>
internal static class OrderedWork
{
    /// <summary>Enough results ahead to keep every core busy while one file is slow, few enough to be nothing in memory.</summary>
    public static int DefaultWindow => 8 * Math.Max(1, Environment.ProcessorCount);

    /// <summary>
    /// <paramref name="work"/>(0) … <paramref name="work"/>(<paramref name="count"/> − 1) on <paramref name="workers"/>
    /// threads, in index order. An exception in the work ends the enumeration and is thrown to the caller; so does
    /// leaving the loop early, which stops the workers after the file each has in hand.
    /// </summary>
    public static IEnumerable<T> Run<T>(int count, Func<int, T> work, int workers, int window)
    {
        if (count == 0)
        {
            yield break;
        }

        var state = new State<T>(count, work, Math.Max(1, window));
        var threads = new Thread[Math.Clamp(workers, 1, count)];
        for (var t = 0; t < threads.Length; t++)
        {
            threads[t] = new Thread(state.Work) { IsBackground = true, Name = "govdisclosure worker" };
            threads[t].Start();
        }

        try
        {
            for (var k = 0; k < count; k++)
            {
                yield return state.Take(k);
            }
        }
        finally
        {
            state.Stop();
            foreach (var thread in threads)
            {
                thread.Join();
            }
        }
    }

    private sealed class State<T>(int count, Func<int, T> work, int window)
    {
        private readonly object gate = new();
        private readonly T[] results = new T[window];
        private readonly bool[] ready = new bool[window];
        private int claimed = -1;
        private int taken;
        private bool stopped;

        // Who waits, so that a result wakes the caller only when it is the one the caller waits for, and taking one wakes
        // the workers only when the window held one back: a wake-up is a system call.
        private bool callerWaiting;
        private int workersWaiting;
        private ExceptionDispatchInfo? failure;

        public void Work()
        {
            while (true)
            {
                var i = Interlocked.Increment(ref claimed);
                if (i >= count)
                {
                    return;
                }

                lock (gate)
                {
                    // The window: file i waits until the result of file i − window has been taken.
                    while (!stopped && i >= taken + window)
                    {
                        workersWaiting++;
                        Monitor.Wait(gate);
                        workersWaiting--;
                    }

                    if (stopped)
                    {
                        return;
                    }
                }

                T result;
                try
                {
                    result = work(i);
                }
                catch (Exception e)
                {
                    lock (gate)
                    {
                        failure ??= ExceptionDispatchInfo.Capture(e);
                        stopped = true;
                        Monitor.PulseAll(gate);
                    }

                    return;
                }

                lock (gate)
                {
                    results[i % window] = result;
                    ready[i % window] = true;
                    if (callerWaiting && i == taken)
                    {
                        Monitor.PulseAll(gate);
                    }
                }
            }
        }

        public T Take(int k)
        {
            lock (gate)
            {
                while (!ready[k % window] && failure is null)
                {
                    callerWaiting = true;
                    Monitor.Wait(gate);
                    callerWaiting = false;
                }

                // A result already done is taken even when a later file failed: the output stays a prefix in order.
                if (!ready[k % window])
                {
                    failure!.Throw();
                }

                var result = results[k % window];
                results[k % window] = default!;
                ready[k % window] = false;
                taken = k + 1;
                if (workersWaiting > 0)
                {
                    Monitor.PulseAll(gate);
                }

                return result;
            }
        }

        public void Stop()
        {
            lock (gate)
            {
                stopped = true;
                Monitor.PulseAll(gate);
            }
        }
    }
}
