// An X/Y sweep as a list of cells: the base request with the X (and optional Y) axis value applied,
// one GenerationRequest per cell, so every cell is exactly the single generation it names.
#pragma once

#include "common/generation_request.h"
#include "teach/sweep_axis.h"

#include <optional>
#include <string>
#include <vector>

namespace stipple {

struct SweepCell {
    int column = 0;  // index into the X axis values
    int row = 0;     // index into the Y axis values (0 without a Y axis)
    GenerationRequest request;
    // The model that renders this cell (a Model axis value: a path); "" = the model loaded now.
    std::string model;
};

struct SweepPlan {
    GenerationRequest base;
    SweepAxis x;
    std::optional<SweepAxis> y;
    int columns = 0, rows = 0;
    std::vector<SweepCell> cells;  // row-major: cells[row * columns + column]

    // Denoising steps of all cells (for overall progress). An estimate: PLMS runs one iteration
    // more than its steps, Heun and DPM2 about two per step.
    int total_steps() const;
    // The distinct models of a Model axis in the order their cells run; empty without one.
    std::vector<std::string> models() const;
    // Cell indices in the order they run: grouped by model (each model loads once), plan order
    // within a group; plain plan order without a Model axis.
    std::vector<size_t> run_order() const;
};

// At most this many cells in one sweep.
constexpr int kMaxSweepCells = 1024;

// Throws stipple::Error when the base request is a batch (a cell is one image: one seed, one prompt),
// when X and Y vary the same field, or when the grid has more than kMaxSweepCells cells.
SweepPlan make_sweep_plan(const GenerationRequest& base, const SweepAxis& x, const std::optional<SweepAxis>& y);

}  // namespace stipple
