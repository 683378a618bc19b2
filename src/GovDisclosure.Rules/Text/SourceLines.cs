using System.Collections.Generic;
using GovDisclosure.Rules.Form;

namespace GovDisclosure.Rules.Text;

/// <summary>Cuts text into lines at CRLF, LF or CR; line n of the source is element n − 1.</summary>
internal static class SourceLines
{
    internal static List<string> Split(string text)
    {
        ScanWork.Add(text.Length);
        var lines = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is '\n' or '\r')
            {
                lines.Add(text.Substring(start, i - start));
                if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                start = i + 1;
            }
        }

        lines.Add(text.Substring(start));
        return lines;
    }
}
