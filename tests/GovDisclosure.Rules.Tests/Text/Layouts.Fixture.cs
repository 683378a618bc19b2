using System.Linq;
using GovDisclosure.Rules.Form;
using GovDisclosure.Rules.Text;

namespace GovDisclosure.Rules.Tests.Text;

/// <summary>The report the layout tests render (the renderers themselves are shared with the benchmarks).</summary>
internal static partial class Layouts
{
    /// <summary>A fictitious report written for the layout tests: every figure different from its neighbours, zeros among them.</summary>
    internal static AnnualReport Fixture
    {
        get
        {
            var seed = PublishedText.Import(SeedText.Text).Report!;
            var counts = ReportForm.Cells.Select(c => (long)((c.Index * 37 % 11) + (c.Index % 3 == 0 ? 0 : c.Index * 10))).ToArray();
            var report = ReportForm.WithFigures(seed, counts, 12.5m);
            return report with
            {
                Year = 2023,
                Agency = new Agency("青溪县交通运输局") { Address = "青溪县河滨路 8 号", Phone = "0571-5555010" },
                Preamble = "本报告依据《条例》编制。联系地址：青溪县河滨路 8 号，联系电话：0571-5555010。",
                ProblemsAndImprovements = "2023 年，本局政府信息公开工作仍存在栏目更新不及时的问题，下一步将建立更新台账。",
                OtherMatters = "本局 2023 年未收取信息处理费。",
            };
        }
    }
}
