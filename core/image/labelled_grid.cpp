#include "image/labelled_grid.h"

#include "common/error.h"
#include "image/image_io.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <sstream>

namespace stipple {

namespace {

constexpr int kFont = cv::FONT_HERSHEY_SIMPLEX;
constexpr int kGap = 2;        // white space between cells
constexpr int kMaxLines = 4;   // longer labels end in "..."

struct Font {
    double scale = 0.5;
    int thickness = 1;
    int line_height = 0;
    int baseline = 0;
};

Font font_for(int cell_w, int cell_h) {
    Font f;
    f.scale = std::clamp(std::min(cell_w, cell_h) / 400.0, 0.4, 1.6);
    f.thickness = f.scale >= 1.0 ? 2 : 1;
    int baseline = 0;
    const cv::Size size = cv::getTextSize("Ag", kFont, f.scale, f.thickness, &baseline);
    f.line_height = size.height + baseline + static_cast<int>(6 * f.scale);
    f.baseline = baseline;
    return f;
}

// Hershey fonts draw ASCII only; anything else becomes '?' (one per UTF-8 character).
std::string ascii(const std::string& text) {
    std::string out;
    for (size_t i = 0; i < text.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(text[i]);
        if (c < 0x80) out += (c == '\t' || c == '\n' || c == '\r') ? ' ' : static_cast<char>(c);
        else if ((c & 0xC0) != 0x80) out += '?';  // first byte of a multi-byte character
    }
    return out;
}

int text_width(const std::string& s, const Font& f) {
    int baseline = 0;
    return cv::getTextSize(s, kFont, f.scale, f.thickness, &baseline).width;
}

// Greedy word wrap to `width` pixels; words wider than a line are broken; at most kMaxLines.
// Linear in what is shown, whatever the label's length (a sweep value may be a 1 MB prompt): the
// wrap stops one line past kMaxLines, and a long word's break is found by bisection.
std::vector<std::string> wrap(const std::string& text, int width, const Font& f) {
    std::vector<std::string> lines;
    std::istringstream in(ascii(text));
    std::string word, line;
    const auto full = [&] { return static_cast<int>(lines.size()) > kMaxLines; };
    while (!full() && in >> word) {
        const std::string candidate = line.empty() ? word : line + " " + word;
        if (text_width(candidate, f) <= width) {
            line = candidate;
            continue;
        }
        if (!line.empty()) lines.push_back(line), line.clear();
        while (!full() && word.size() > 1 && text_width(word, f) > width) {
            // The longest prefix (at least one character) that fits: widths grow with the prefix.
            size_t lo = 1, hi = word.size() - 1;
            while (lo < hi) {
                const size_t mid = (lo + hi + 1) / 2;
                if (text_width(word.substr(0, mid), f) <= width) lo = mid;
                else hi = mid - 1;
            }
            lines.push_back(word.substr(0, lo));
            word = word.substr(lo);
        }
        line = word;
    }
    if (!line.empty() && !full()) lines.push_back(line);
    if (static_cast<int>(lines.size()) > kMaxLines || in >> word) {
        lines.resize(std::min<size_t>(lines.size(), kMaxLines));
        std::string& last = lines.back();
        while (!last.empty() && text_width(last + "...", f) > width) last.pop_back();
        last += "...";
    }
    return lines;
}

// Draws lines centred horizontally in [x, x + width) and vertically in [y, y + height).
void draw_lines(cv::Mat& canvas, const std::vector<std::string>& lines, int x, int y, int width, int height,
                const Font& f) {
    const int block = static_cast<int>(lines.size()) * f.line_height;
    int top = y + std::max(0, (height - block) / 2);
    for (const auto& line : lines) {
        const int w = text_width(line, f);
        const cv::Point origin(x + std::max(0, (width - w) / 2), top + f.line_height - f.baseline - 3);
        cv::putText(canvas, line, origin, kFont, f.scale, cv::Scalar(0, 0, 0), f.thickness, cv::LINE_AA);
        top += f.line_height;
    }
}

}  // namespace

std::string grid_label(const std::string& title, const std::string& value) {
    return title.empty() ? value : title + ": " + value;
}

LabelledGrid make_labelled_grid(const std::vector<Image>& cells, int columns, int rows, const GridAxisLabels& x,
                                const GridAxisLabels& y) {
    if (columns < 1 || rows < 1 || cells.size() != static_cast<size_t>(columns) * rows)
        throw Error("a grid of " + std::to_string(columns) + "x" + std::to_string(rows) + " needs " +
                    std::to_string(std::max(columns, 0) * std::max(rows, 0)) + " cells, not " +
                    std::to_string(cells.size()));
    if (!x.values.empty() && x.values.size() != static_cast<size_t>(columns))
        throw Error("the grid has " + std::to_string(columns) + " columns but " + std::to_string(x.values.size()) +
                    " column labels");
    if (!y.values.empty() && y.values.size() != static_cast<size_t>(rows))
        throw Error("the grid has " + std::to_string(rows) + " rows but " + std::to_string(y.values.size()) +
                    " row labels");
    int cell_w = 0, cell_h = 0;
    for (const auto& c : cells) cell_w = std::max(cell_w, c.width), cell_h = std::max(cell_h, c.height);
    if (cell_w == 0) cell_w = cell_h = 128;  // nothing rendered yet: placeholder slots
    const Font f = font_for(cell_w, cell_h);
    const int pad = std::max(4, f.line_height / 3);

    // Header lines per column and the height of the tallest; the same for row labels on the left.
    std::vector<std::vector<std::string>> col_lines, row_lines;
    int header_h = 0, left_w = 0;
    for (const auto& v : x.values) {
        col_lines.push_back(wrap(grid_label(x.title, v), cell_w - 2 * pad, f));
        header_h = std::max(header_h, static_cast<int>(col_lines.back().size()) * f.line_height + 2 * pad);
    }
    if (!y.values.empty()) {
        left_w = std::max(cell_w * 3 / 4, text_width("CFG scale: 10.5", f) + 2 * pad);
        for (const auto& v : y.values) row_lines.push_back(wrap(grid_label(y.title, v), left_w - 2 * pad, f));
    }

    const int width = left_w + columns * cell_w + (columns - 1) * kGap;
    const int height = header_h + rows * cell_h + (rows - 1) * kGap;
    cv::Mat canvas(height, width, CV_8UC3, cv::Scalar(255, 255, 255));
    LabelledGrid grid;
    for (int c = 0; c < static_cast<int>(col_lines.size()); ++c)
        draw_lines(canvas, col_lines[c], left_w + c * (cell_w + kGap), 0, cell_w, header_h, f);
    for (int r = 0; r < static_cast<int>(row_lines.size()); ++r)
        draw_lines(canvas, row_lines[r], 0, header_h + r * (cell_h + kGap), left_w, cell_h, f);
    for (int r = 0; r < rows; ++r) {
        for (int c = 0; c < columns; ++c) {
            const Image& image = cells[static_cast<size_t>(r) * columns + c];
            const int sx = left_w + c * (cell_w + kGap), sy = header_h + r * (cell_h + kGap);
            GridRect rect{sx, sy, cell_w, cell_h};
            if (image.empty()) {
                canvas(cv::Rect(sx, sy, cell_w, cell_h)).setTo(cv::Scalar(224, 224, 224));
            } else {
                rect = {sx + (cell_w - image.width) / 2, sy + (cell_h - image.height) / 2, image.width, image.height};
                to_bgr_mat(image).copyTo(canvas(cv::Rect(rect.x, rect.y, rect.width, rect.height)));
            }
            grid.cells.push_back(rect);
        }
    }
    grid.image = from_bgr_mat(canvas);
    return grid;
}

LabelledGrid make_captioned_grid(const std::vector<Image>& cells, int columns, const std::vector<std::string>& captions) {
    if (cells.empty() || columns < 1) throw Error("a captioned grid needs at least one cell and one column");
    if (captions.size() != cells.size())
        throw Error("a captioned grid needs one caption per cell: " + std::to_string(cells.size()) + " cells, " +
                    std::to_string(captions.size()) + " captions");
    columns = std::min<int>(columns, static_cast<int>(cells.size()));
    const int rows = (static_cast<int>(cells.size()) + columns - 1) / columns;
    int cell_w = 0, cell_h = 0;
    for (const auto& c : cells) cell_w = std::max(cell_w, c.width), cell_h = std::max(cell_h, c.height);
    if (cell_w == 0) cell_w = cell_h = 128;
    const Font f = font_for(cell_w, cell_h);
    const int pad = std::max(4, f.line_height / 3);
    std::vector<std::vector<std::string>> lines;
    int caption_h = 0;
    for (const auto& c : captions) {
        lines.push_back(wrap(c, cell_w - 2 * pad, f));
        caption_h = std::max(caption_h, static_cast<int>(lines.back().size()) * f.line_height + 2 * pad);
    }
    const int slot_h = caption_h + cell_h;
    cv::Mat canvas(rows * slot_h + (rows - 1) * kGap, columns * cell_w + (columns - 1) * kGap, CV_8UC3,
                   cv::Scalar(255, 255, 255));
    LabelledGrid grid;
    for (size_t i = 0; i < cells.size(); ++i) {
        const int c = static_cast<int>(i) % columns, r = static_cast<int>(i) / columns;
        const int sx = c * (cell_w + kGap), sy = r * (slot_h + kGap);
        draw_lines(canvas, lines[i], sx, sy, cell_w, caption_h, f);
        GridRect rect{sx, sy + caption_h, cell_w, cell_h};
        if (cells[i].empty()) {
            canvas(cv::Rect(rect.x, rect.y, cell_w, cell_h)).setTo(cv::Scalar(224, 224, 224));
        } else {
            rect = {sx + (cell_w - cells[i].width) / 2, sy + caption_h + (cell_h - cells[i].height) / 2, cells[i].width,
                    cells[i].height};
            to_bgr_mat(cells[i]).copyTo(canvas(cv::Rect(rect.x, rect.y, rect.width, rect.height)));
        }
        grid.cells.push_back(rect);
    }
    grid.image = from_bgr_mat(canvas);
    return grid;
}

}  // namespace stipple
