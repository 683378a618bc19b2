using System;
using GovDisclosure.Rules.Form;

namespace GovDisclosure.Rules.Diff;

/// <summary>
/// The bigrams of two texts not already paired, counted against each other: each bigram of one text is paired with an
/// unpaired equal bigram of the other when there is one, which pairs min(a, b) of a key met a times in one text and b
/// times in the other, whatever the order — the size of the multisets' intersection.
/// </summary>
/// <remarks>
/// An open-addressing hash table with linear probing, one per thread and reused: a slot is empty unless it carries the
/// current round's stamp, so starting a round clears nothing and allocates nothing.
/// </remarks>
internal sealed class BigramBalance
{
    // Larger tables are given up after use, so that one huge text does not keep its memory on a pooled thread.
    private const int RetainedSlots = 1 << 15;

    [ThreadStatic]
    private static BigramBalance? current;

    private Slot[] slots = new Slot[1024];
    private uint stamp;
    private int mask;
    private int shift;

    internal BigramBalance()
    {
    }

    /// <summary>A table whose rounds start after the given stamp: lets a test reach the stamp's wrap-around without 2^32 rounds.</summary>
    internal BigramBalance(uint stamp) => this.stamp = stamp;

    /// <summary>This thread's table.</summary>
    internal static BigramBalance ForThisThread => current ??= new BigramBalance();

    /// <summary>Starts a round, empty, for up to <paramref name="keys"/> different keys.</summary>
    internal void Start(int keys)
    {
        // At most half full, so that probes stay short.
        var bits = 4;
        while ((1 << bits) < keys * 2)
        {
            bits++;
        }

        if (slots.Length < 1 << bits)
        {
            slots = new Slot[1 << bits];
            stamp = 0;
        }

        mask = (1 << bits) - 1;
        shift = 32 - bits;
        if (++stamp == 0)
        {
            // After 2^32 rounds a stale stamp could come back: clear once and start again.
            Array.Clear(slots, 0, slots.Length);
            stamp = 1;
        }
    }

    /// <summary>Counts a bigram of the first text; true when it pairs with an unpaired one of the second.</summary>
    internal bool PairFirst(uint key) => Find(key).Balance++ < 0;

    /// <summary>Counts a bigram of the second text; true when it pairs with an unpaired one of the first.</summary>
    internal bool PairSecond(uint key) => Find(key).Balance-- > 0;

    /// <summary>Gives up a table grown beyond what is worth keeping.</summary>
    internal void Release()
    {
        if (slots.Length > RetainedSlots)
        {
            slots = new Slot[1024];
            stamp = 0;
        }
    }

    /// <summary>The slot of the key in this round, claimed (with a balance of 0) if the key is new.</summary>
    private ref Slot Find(uint key)
    {
        // Fibonacci hashing spreads the pairs of neighbouring code points over the table.
        var index = (int)((key * 2654435769u) >> shift);
        for (var probes = 1; ; probes++)
        {
            ref var slot = ref slots[index];
            if (slot.Stamp != stamp)
            {
                slot.Stamp = stamp;
                slot.Key = key;
                slot.Balance = 0;
                ScanWork.Add(probes);
                return ref slot;
            }

            if (slot.Key == key)
            {
                ScanWork.Add(probes);
                return ref slot;
            }

            index = (index + 1) & mask;
        }
    }

    /// <summary>A key and how many more times the first text has it than the second (negative: fewer), unpaired.</summary>
    private struct Slot
    {
        public uint Key;
        public int Balance;
        public uint Stamp;
    }
}
