// A sweep's one exported file: the labelled grid PNG whose text chunks carry every cell's
// parameters ("parameters" = the first cell's A1111 infotext, as A1111 writes for grids;
// "stipple-sweep" = JSON with the axes and each cell's place and infotext), and reading it back.
#pragma once

#include "image/labelled_grid.h"
#include "image/request_infotext.h"
#include "common/generation_request.h"
#include "teach/sweep_plan.h"

#include <string>
#include <vector>

namespace stipple {

// PNG text keyword of the sweep JSON.
extern const char* const kSweepTextKey;

// The grid's axis labels: X values above the columns, Y values left of the rows.
GridAxisLabels sweep_x_labels(const SweepPlan& plan);
GridAxisLabels sweep_y_labels(const SweepPlan& plan);

// The labelled grid of `images` (one per plan cell, empty = not rendered).
LabelledGrid make_sweep_grid(const SweepPlan& plan, const std::vector<Image>& images);

// The infotext of one finished cell: its request with the sampler that ran (`scheduler_label`).
std::string sweep_cell_infotext(const SweepPlan& plan, int cell, const Image& image,
                                const std::string& scheduler_label, const InfotextSource& source);

// One cell as the JSON lists it.
struct SweepCellRecord {
    int column = 0, row = 0;
    std::string x_value, y_value;
    GridRect rect;           // where the cell's image is in the grid PNG
    std::string parameters;  // A1111 infotext; "" for a cell that was not rendered
};
struct SweepRecord {
    std::string x_title, y_title;
    std::vector<std::string> x_values, y_values;
    int columns = 0, rows = 0;
    std::vector<SweepCellRecord> cells;
};

// JSON text of the record (what goes in the "stipple-sweep" chunk) and back. Parsing throws
// stipple::Error naming the missing or malformed key.
std::string sweep_record_json(const SweepRecord& record);
SweepRecord parse_sweep_record(const std::string& json_text);

// Builds the record, draws the grid and writes the PNG atomically. `images` and
// `scheduler_labels` hold one entry per plan cell (empty image = not rendered).
SweepRecord save_sweep_grid(const std::string& path, const SweepPlan& plan, const std::vector<Image>& images,
                            const std::vector<std::string>& scheduler_labels, const InfotextSource& source);
// The same with a grid the caller drew (the app draws it larger, with its translated axis names
// in fonts for every script; the Hershey fonts here draw ASCII only): `grid` and where each plan
// cell lies in it. The record's titles stay English: they are for programs.
SweepRecord save_sweep_grid(const std::string& path, const SweepPlan& plan, const std::vector<Image>& images,
                            const std::vector<std::string>& scheduler_labels, const InfotextSource& source,
                            const Image& grid, const std::vector<GridRect>& cell_rects);

// The same with each cell's infotext as the front end made it when the cell finished (with the
// model that rendered it and its LoRA and embedding hashes): one per plan cell, "" = not rendered.
// A Model sweep must save this way: each cell names its own model.
SweepRecord save_sweep_grid(const std::string& path, const SweepPlan& plan, const std::vector<std::string>& cell_parameters,
                            const Image& grid, const std::vector<GridRect>& cell_rects);

// The record of a sweep grid PNG; throws stipple::Error when the file has no "stipple-sweep" text.
SweepRecord read_sweep_grid_record(const std::string& png_path);

}  // namespace stipple
