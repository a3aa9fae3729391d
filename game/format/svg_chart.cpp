// Inline SVG bar charts built as text; no scripts, no external references.
#include "format/svg_chart.h"

#include <algorithm>
#include <cstdio>

#include "format/session_report.h"

namespace format {
namespace {

const char* patternId(Fill f) {
    switch (f) {
        case Fill::Solid:
            return "p-solid";
        case Fill::Hatch:
            return "p-hatch";
        case Fill::Dots:
            return "p-dots";
        case Fill::Cross:
            return "p-cross";
        case Fill::Light:
            return "p-light";
    }
    return "p-solid";
}

std::string num(double x) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f", x);
    return buf;
}

std::string rect(double x, double y, double w, double h, Fill f) {
    return "<rect x=\"" + num(x) + "\" y=\"" + num(y) + "\" width=\"" + num(std::max(0.0, w)) +
           "\" height=\"" + num(h) + "\" fill=\"url(#" + patternId(f) +
           ")\" stroke=\"#000\" stroke-width=\"1\"/>";
}

std::string text(double x, double y, const std::string& s, const char* anchor = "start",
                 const char* extra = "") {
    return "<text x=\"" + num(x) + "\" y=\"" + num(y) + "\" text-anchor=\"" + anchor + "\"" +
           extra + ">" + htmlEscape(s) + "</text>";
}

std::string legendRow(const std::vector<LegendItem>& legend, double y) {
    std::string out;
    double x = 0;
    for (const LegendItem& item : legend) {
        out += rect(x, y - 13, 22, 16, item.fill) + text(x + 30, y, item.text);
        x += 60 + 9.0 * static_cast<double>(item.text.size());
    }
    return out;
}

std::string svgOpen(const std::string& title, int widthPx, double heightPx) {
    return "<figure class=\"chart\"><figcaption>" + htmlEscape(title) +
           "</figcaption><svg role=\"img\" aria-label=\"" + htmlEscape(title) +
           "\" viewBox=\"0 0 " + std::to_string(widthPx) + " " + num(heightPx) + "\" width=\"" +
           std::to_string(widthPx) + "\" height=\"" + num(heightPx) +
           "\" font-family=\"DejaVu Sans, Arial, sans-serif\" font-size=\"15\">";
}

}  // namespace

std::string svgPatternDefs() {
    return "<svg width=\"0\" height=\"0\" style=\"position:absolute\" aria-hidden=\"true\"><defs>"
           "<pattern id=\"p-solid\" width=\"8\" height=\"8\" patternUnits=\"userSpaceOnUse\">"
           "<rect width=\"8\" height=\"8\" fill=\"#1f3b73\"/></pattern>"
           "<pattern id=\"p-hatch\" width=\"8\" height=\"8\" patternUnits=\"userSpaceOnUse\" "
           "patternTransform=\"rotate(45)\">"
           "<rect width=\"8\" height=\"8\" fill=\"#f2b134\"/><rect width=\"3\" height=\"8\" "
           "fill=\"#000\"/></pattern>"
           "<pattern id=\"p-dots\" width=\"8\" height=\"8\" patternUnits=\"userSpaceOnUse\">"
           "<rect width=\"8\" height=\"8\" fill=\"#8fd19e\"/><circle cx=\"4\" cy=\"4\" r=\"1.8\" "
           "fill=\"#000\"/></pattern>"
           "<pattern id=\"p-cross\" width=\"10\" height=\"10\" patternUnits=\"userSpaceOnUse\">"
           "<rect width=\"10\" height=\"10\" fill=\"#e07a8b\"/><path d=\"M0 0L10 10M10 0L0 10\" "
           "stroke=\"#000\" stroke-width=\"1.4\"/></pattern>"
           "<pattern id=\"p-light\" width=\"8\" height=\"8\" patternUnits=\"userSpaceOnUse\">"
           "<rect width=\"8\" height=\"8\" fill=\"#eeeeee\"/></pattern>"
           "</defs></svg>";
}

std::string horizontalBarChart(const std::string& title, const std::vector<Bar>& bars,
                               double maxValue, const std::vector<LegendItem>& legend,
                               int widthPx) {
    const double labelW = 330, rowH = 34, top = legend.empty() ? 8 : 40;
    const double barMax = widthPx - labelW - 270;  // room for the value text
    const double height =
        top + rowH * static_cast<double>(std::max<std::size_t>(1, bars.size())) + 8;
    std::string out = svgOpen(title, widthPx, height);
    if (!legend.empty()) out += legendRow(legend, 22);
    maxValue = std::max(maxValue, 1e-9);
    for (std::size_t i = 0; i < bars.size(); ++i) {
        const Bar& b = bars[i];
        const double y = top + rowH * static_cast<double>(i);
        out += text(labelW - 10, y + 21, b.label, "end");
        double x = labelW;
        for (const BarPart& part : b.parts) {
            const double w = barMax * part.value / maxValue;
            if (w > 0) out += rect(x, y + 5, w, rowH - 10, part.fill);
            x += w;
        }
        out += text(x + 8, y + 21, b.valueText, "start", " font-weight=\"bold\"");
    }
    if (bars.empty()) out += text(10, top + 20, "Nothing to show yet.");
    return out + "</svg></figure>";
}

std::string verticalBarChart(const std::string& title, const std::vector<Bar>& bars,
                             double maxValue, const std::string& axisLabel, int widthPx) {
    const double height = 300, bottom = 250, plotH = 200, left = 60;
    const double slot =
        (widthPx - left - 10) / static_cast<double>(std::max<std::size_t>(1, bars.size()));
    std::string out = svgOpen(title, widthPx, height);
    out += "<line x1=\"" + num(left) + "\" y1=\"" + num(bottom) + "\" x2=\"" + num(widthPx - 10.0) +
           "\" y2=\"" + num(bottom) + "\" stroke=\"#000\"/>";
    out += text(14, bottom - plotH / 2, axisLabel, "middle",
                (" transform=\"rotate(-90 14 " + num(bottom - plotH / 2) + ")\"").c_str());
    maxValue = std::max(maxValue, 1e-9);
    for (std::size_t i = 0; i < bars.size(); ++i) {
        const Bar& b = bars[i];
        const double cx = left + slot * (static_cast<double>(i) + 0.5);
        const double v = b.parts.empty() ? 0.0 : b.parts[0].value;
        const double h = plotH * std::max(0.0, v) / maxValue;
        if (!b.parts.empty())
            out += rect(cx - slot * 0.3, bottom - h, slot * 0.6, h, b.parts[0].fill);
        out += text(cx, bottom - h - 8, b.valueText, "middle", " font-weight=\"bold\"");
        out += text(cx, bottom + 22, b.label, "middle");
    }
    return out + "</svg></figure>";
}

}  // namespace format
