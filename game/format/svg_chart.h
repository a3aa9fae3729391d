// Inline SVG bar charts for printed reports: every bar has a fill pattern and a text label as
// well as a colour, so the charts read in black and white.
#pragma once

#include <string>
#include <vector>

namespace format {

/// Fill patterns defined by svgPatternDefs(); each also has a distinct colour.
enum class Fill { Solid, Hatch, Dots, Cross, Light };

/// One piece of a bar.
struct BarPart {
    double value = 0.0;
    Fill fill = Fill::Solid;
};

/// One bar (or stack of parts) with its label and the text written at its end.
struct Bar {
    std::string label;
    std::vector<BarPart> parts;
    std::string valueText;
};

/// A legend entry.
struct LegendItem {
    Fill fill = Fill::Solid;
    std::string text;
};

/// The <defs> with every pattern; put once in a hidden SVG at the top of the page.
std::string svgPatternDefs();
/// Horizontal bars, scaled to maxValue (> 0), with a legend. widthPx is the drawing's width.
std::string horizontalBarChart(const std::string& title, const std::vector<Bar>& bars,
                               double maxValue, const std::vector<LegendItem>& legend,
                               int widthPx = 1000);
/// Vertical bars (one part each), scaled to maxValue (> 0), with an axis label.
std::string verticalBarChart(const std::string& title, const std::vector<Bar>& bars,
                             double maxValue, const std::string& axisLabel, int widthPx = 480);

}  // namespace format
