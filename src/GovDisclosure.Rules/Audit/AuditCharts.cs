using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Text;

namespace GovDisclosure.Rules.Audit;

/// <summary>Inline SVG charts for the audit page: no script, no network, printable.</summary>
internal static class AuditCharts
{
    internal static readonly string[] Palette = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f"];

    private static string N(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static string E(string text) => WebUtility.HtmlEncode(text);

    /// <summary>Horizontal bars, one per item, with its label and value.</summary>
    internal static string Bars(IReadOnlyList<(string Label, decimal Value, string Colour)> items)
    {
        const int row = 22, labelWidth = 260, barWidth = 360;
        var max = Math.Max(1, items.Count == 0 ? 1 : (double)items.Max(i => i.Value));
        var svg = new StringBuilder();
        svg.Append($"<svg class=\"chart\" role=\"img\" width=\"{labelWidth + barWidth + 70}\" height=\"{(items.Count * row) + 4}\" xmlns=\"http://www.w3.org/2000/svg\">");
        for (var i = 0; i < items.Count; i++)
        {
            var y = (i * row) + 2;
            var width = (double)items[i].Value / max * barWidth;
            svg.Append($"<text x=\"{labelWidth - 6}\" y=\"{y + 15}\" text-anchor=\"end\">{E(items[i].Label)}</text>");
            svg.Append($"<rect class=\"bar\" x=\"{labelWidth}\" y=\"{y + 3}\" width=\"{N(Math.Max(width, 1))}\" height=\"{row - 6}\" fill=\"{items[i].Colour}\"/>");
            svg.Append($"<text x=\"{N(labelWidth + width + 4)}\" y=\"{y + 15}\">{items[i].Value.ToString(CultureInfo.InvariantCulture)}</text>");
        }

        return svg.Append("</svg>").ToString();
    }

    /// <summary>Lines over the years, one per series, with a legend.</summary>
    internal static string Lines(IReadOnlyList<int> years, IReadOnlyList<(string Label, decimal[] Values)> series)
    {
        const int width = 520, height = 220, left = 60, right = 20, top = 16, bottom = 40;
        var max = Math.Max(1, series.SelectMany(s => s.Values).DefaultIfEmpty(0).Max(v => (double)v));
        double X(int i) => years.Count == 1 ? left + ((width - left - right) / 2.0) : left + (i * (width - left - right) / (double)(years.Count - 1));
        double Y(decimal v) => top + ((height - top - bottom) * (1 - ((double)v / max)));

        var svg = new StringBuilder();
        svg.Append($"<svg class=\"chart\" role=\"img\" width=\"{width}\" height=\"{height + (series.Count * 16)}\" xmlns=\"http://www.w3.org/2000/svg\">");
        svg.Append($"<line x1=\"{left}\" y1=\"{height - bottom}\" x2=\"{width - right}\" y2=\"{height - bottom}\" stroke=\"#999\"/>");
        svg.Append($"<line x1=\"{left}\" y1=\"{top}\" x2=\"{left}\" y2=\"{height - bottom}\" stroke=\"#999\"/>");
        svg.Append($"<text x=\"{left - 4}\" y=\"{top + 4}\" text-anchor=\"end\">{N(max)}</text><text x=\"{left - 4}\" y=\"{height - bottom}\" text-anchor=\"end\">0</text>");
        for (var i = 0; i < years.Count; i++)
        {
            svg.Append($"<text x=\"{N(X(i))}\" y=\"{height - bottom + 16}\" text-anchor=\"middle\">{years[i]}</text>");
        }

        for (var s = 0; s < series.Count; s++)
        {
            var colour = Palette[s % Palette.Length];
            var points = string.Join(" ", series[s].Values.Select((v, i) => N(X(i)) + "," + N(Y(v))));
            svg.Append($"<polyline class=\"series\" fill=\"none\" stroke=\"{colour}\" stroke-width=\"2\" points=\"{points}\"/>");
            for (var i = 0; i < series[s].Values.Length; i++)
            {
                svg.Append($"<circle cx=\"{N(X(i))}\" cy=\"{N(Y(series[s].Values[i]))}\" r=\"3\" fill=\"{colour}\"><title>{years[i]}: {series[s].Values[i].ToString(CultureInfo.InvariantCulture)}</title></circle>");
            }

            var legendY = height + (s * 16);
            svg.Append($"<rect x=\"{left}\" y=\"{legendY - 9}\" width=\"10\" height=\"10\" fill=\"{colour}\"/><text x=\"{left + 14}\" y=\"{legendY}\">{E(series[s].Label)}</text>");
        }

        return svg.Append("</svg>").ToString();
    }

    /// <summary>Bars stacked to 100% per year: the shares of each series.</summary>
    internal static string Shares(IReadOnlyList<int> years, IReadOnlyList<(string Label, decimal[] Values)> series)
    {
        const int row = 26, left = 50, barWidth = 460;
        var svg = new StringBuilder();
        var height = (years.Count * row) + 8 + (((series.Count + 2) / 3) * 16);
        svg.Append($"<svg class=\"chart\" role=\"img\" width=\"{left + barWidth + 10}\" height=\"{height}\" xmlns=\"http://www.w3.org/2000/svg\">");
        for (var i = 0; i < years.Count; i++)
        {
            var total = series.Sum(s => s.Values[i]);
            var y = i * row;
            svg.Append($"<text x=\"{left - 6}\" y=\"{y + 17}\" text-anchor=\"end\">{years[i]}</text>");
            double x = left;
            for (var s = 0; s < series.Count; s++)
            {
                var width = total == 0 ? 0 : (double)(series[s].Values[i] / total) * barWidth;
                svg.Append($"<rect class=\"bar\" x=\"{N(x)}\" y=\"{y + 4}\" width=\"{N(width)}\" height=\"{row - 8}\" fill=\"{Palette[s % Palette.Length]}\"><title>{E(series[s].Label)} {years[i]}: {series[s].Values[i].ToString(CultureInfo.InvariantCulture)}</title></rect>");
                x += width;
            }
        }

        for (var s = 0; s < series.Count; s++)
        {
            var (x, y) = (left + ((s % 3) * 160), (years.Count * row) + 16 + ((s / 3) * 16));
            svg.Append($"<rect x=\"{x}\" y=\"{y - 9}\" width=\"10\" height=\"10\" fill=\"{Palette[s % Palette.Length]}\"/><text x=\"{x + 14}\" y=\"{y}\">{E(series[s].Label)}</text>");
        }

        return svg.Append("</svg>").ToString();
    }

    /// <summary>A box plot: P25 to P75 boxed, the median marked, whiskers to the minimum and maximum, outliers as dots.</summary>
    internal static string Box(FigureDistribution distribution, IReadOnlyList<(decimal Value, string Title)> outliers)
    {
        const int width = 300, height = 36, left = 6, right = 6;
        var max = Math.Max(1, (double)distribution.Maximum);
        double X(decimal v) => left + ((width - left - right) * (double)v / max);
        var svg = new StringBuilder();
        svg.Append($"<svg class=\"box\" role=\"img\" width=\"{width}\" height=\"{height}\" xmlns=\"http://www.w3.org/2000/svg\">");
        svg.Append($"<line x1=\"{N(X(distribution.Minimum))}\" y1=\"18\" x2=\"{N(X(distribution.Maximum))}\" y2=\"18\" stroke=\"#666\"/>");
        svg.Append($"<rect class=\"iqr\" x=\"{N(X(distribution.P25))}\" y=\"8\" width=\"{N(Math.Max(1, X(distribution.P75) - X(distribution.P25)))}\" height=\"20\" fill=\"#cfe3f5\" stroke=\"#1f77b4\"/>");
        svg.Append($"<line x1=\"{N(X(distribution.P50))}\" y1=\"8\" x2=\"{N(X(distribution.P50))}\" y2=\"28\" stroke=\"#d62728\" stroke-width=\"2\"/>");
        foreach (var (value, title) in outliers)
        {
            svg.Append($"<circle class=\"outlier\" cx=\"{N(X(value))}\" cy=\"18\" r=\"3\" fill=\"#d62728\"><title>{E(title)}</title></circle>");
        }

        return svg.Append("</svg>").ToString();
    }
}
