using System.Collections.Generic;
using System.Linq;
using GovDisclosure.Rules.Form;

namespace GovDisclosure.Rules.Validation.Corrections;

/// <summary>
/// The parts of a GD601 message after the template's "cell should be value (printed value)": catalogue keys
/// (Correction.*) with language-neutral arguments.
/// </summary>
internal static class CorrectionWords
{
    /// <summary>The changes of one correction, joined as a list of alternatives joins them.</summary>
    internal static PartList Changes(IEnumerable<(FormCell Cell, long Value)> changes) =>
        new("Correction.And", changes.Select(c => (object?)new MessagePart("Correction.Change", c.Cell, c.Value)).ToArray());

    /// <summary>Rule IDs in a list.</summary>
    internal static PartList Rules(IEnumerable<string> ids) => new("Correction.Separator", ids.Cast<object?>().ToArray());

    /// <summary>The slip that may explain the printed figure, or nothing.</summary>
    internal static object Slip(TypingSlip slip) => slip switch
    {
        TypingSlip.DigitsSwapped => new MessagePart("Correction.DigitsSwapped"),
        TypingSlip.DigitDropped => new MessagePart("Correction.DigitDropped"),
        TypingSlip.DigitDoubled => new MessagePart("Correction.DigitDoubled"),
        TypingSlip.NeighbourValue => new MessagePart("Correction.NeighbourValue"),
        TypingSlip.TotalNotUpdated => new MessagePart("Correction.TotalNotUpdated"),
        _ => "",
    };

    /// <summary>The findings the change explains.</summary>
    internal static MessagePart Explains(PartList rules, int count) => new("Correction.Explains", count, rules);

    /// <summary>The other changes of the same correction.</summary>
    internal static MessagePart Partners(PartList others) => new("Correction.Partners", others);

    /// <summary>Whether the correction is the only one, and if not, which of how many, and the others (of <paramref name="named"/> in all, this one included).</summary>
    internal static MessagePart Choice(int index, int total, int named, bool tied, PartList[] others)
    {
        if (total == 1)
        {
            return new MessagePart("Correction.Only");
        }

        object rank = tied ? new MessagePart("Correction.Tied") : index == 0 ? new MessagePart("Correction.Likeliest") : "";
        object more = total > named ? new MessagePart("Correction.More") : "";
        return new MessagePart("Correction.Ambiguous", total, index + 1, rank, new PartList("Correction.Alternatives", others), more);
    }

    /// <summary>The whole tail: slip, what it explains, partners, choice.</summary>
    internal static MessagePart Tail(object slip, MessagePart explains, object partners, MessagePart choice) =>
        new("Correction.Tail", slip, explains, partners, choice);
}
