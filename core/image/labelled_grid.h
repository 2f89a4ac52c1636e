// A grid of images with labels around it in the style of A1111's X/Y plot: "Title: value" above
// each column and left of each row. Drawn with OpenCV (cv::putText, Hershey fonts: ASCII only,
// other characters show as '?').
#pragma once

#include "common/image.h"

#include <string>
#include <vector>

namespace stipple {

struct GridAxisLabels {
    std::string title;                // "Steps"; "" = values alone
    std::vector<std::string> values;  // one per column (X) or row (Y); empty = no labels on that side
};

struct GridRect {
    int x = 0, y = 0, width = 0, height = 0;
};

struct LabelledGrid {
    Image image;
    std::vector<GridRect> cells;  // where each cell's image sits, row-major like the input
};

// `cells` are row-major, columns x rows of them; an empty Image leaves its slot grey (a cell still
// rendering). Cells of different sizes are centred in slots of the largest size. Labels wrap to the
// slot width. Throws stipple::Error when the counts do not match.
LabelledGrid make_labelled_grid(const std::vector<Image>& cells, int columns, int rows, const GridAxisLabels& x,
                                const GridAxisLabels& y);

// Cells `columns` to a row, each with its own caption above it (seed triage: "Seed 42").
// Throws stipple::Error when there is not one caption per cell.
LabelledGrid make_captioned_grid(const std::vector<Image>& cells, int columns, const std::vector<std::string>& captions);

// A1111's label text: "Title: value" ("value" alone when the title is empty).
std::string grid_label(const std::string& title, const std::string& value);

}  // namespace stipple
