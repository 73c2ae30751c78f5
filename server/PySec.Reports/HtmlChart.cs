using System.Globalization;
using System.Net;
using System.Text;

namespace PySec.Reports;

/// <summary>A horizontal bar chart as inline SVG: one labelled bar per item, scaled to the largest count.</summary>
internal static class HtmlChart
{
    private const int LabelWidth = 130;
    private const int BarArea = 260;
    private const int RowHeight = 24;

    public static string Bars(string title, IReadOnlyList<(string Label, int Count, string Color)> items)
    {
        var height = Math.Max(1, items.Count) * RowHeight + 8;
        var width = LabelWidth + BarArea + 50;
        var max = Math.Max(1, items.Count == 0 ? 1 : items.Max(i => i.Count));
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture,
            $"<svg class=\"chart\" role=\"img\" aria-label=\"{Encode(title)}\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" xmlns=\"http://www.w3.org/2000/svg\">\n");
        svg.Append($"<title>{Encode(title)}</title>\n");
        for (var row = 0; row < items.Count; row++)
        {
            var (label, count, color) = items[row];
            var y = 4 + row * RowHeight;
            var barWidth = count == 0 ? 0 : Math.Max(2, count * BarArea / max);
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth - 8}\" y=\"{y + 16}\" text-anchor=\"end\">{Encode(label)}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{LabelWidth}\" y=\"{y + 3}\" width=\"{barWidth}\" height=\"{RowHeight - 8}\" fill=\"{color}\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth + barWidth + 6}\" y=\"{y + 16}\">{count}</text>\n");
        }
        svg.Append("</svg>\n");
        return svg.ToString();
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
