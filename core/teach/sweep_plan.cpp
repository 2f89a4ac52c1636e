#include "teach/sweep_plan.h"

#include "common/error.h"

#include <algorithm>

namespace stipple {

int SweepPlan::total_steps() const {
    int total = 0;
    for (const auto& cell : cells) {
        const GenerationRequest& r = cell.request;
        const bool partial = (r.init_image || r.mask) && r.strength < 1.0;
        total += partial ? std::max(1, static_cast<int>(r.steps * r.strength)) : r.steps;
    }
    return total;
}

std::vector<std::string> SweepPlan::models() const {
    std::vector<std::string> out;
    for (const auto& cell : cells)
        if (!cell.model.empty() && std::find(out.begin(), out.end(), cell.model) == out.end()) out.push_back(cell.model);
    return out;
}

std::vector<size_t> SweepPlan::run_order() const {
    std::vector<size_t> order(cells.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = i;
    const std::vector<std::string> by_first_use = models();
    const auto rank = [&](size_t i) {
        return std::find(by_first_use.begin(), by_first_use.end(), cells[i].model) - by_first_use.begin();
    };
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return rank(a) < rank(b); });
    return order;
}

SweepPlan make_sweep_plan(const GenerationRequest& base, const SweepAxis& x, const std::optional<SweepAxis>& y) {
    if (base.seeds.size() != 1)
        throw Error("a sweep cell is one image: give one seed, not " + std::to_string(base.seeds.size()) +
                    " (sweep the seed with a Seed axis instead)");
    if (base.prompts.size() > 1)
        throw Error("a sweep cell is one image: give one prompt, not " + std::to_string(base.prompts.size()) +
                    " (sweep prompts with a Prompt axis instead)");
    if (base.negative_prompts.size() > 1)
        throw Error("a sweep cell is one image: give at most one negative prompt");
    if (base.variation_seeds.size() > 1)
        throw Error("a sweep cell is one image: give at most one variation seed, not " +
                    std::to_string(base.variation_seeds.size()) + " (sweep it with a Variation seed axis instead)");
    // A variation needs both a variation seed and a strength other than 0; an axis over one of them
    // without the other would draw the same image in every cell.
    const auto varies = [&](SweepAxisKind kind) { return x.kind == kind || (y && y->kind == kind); };
    if (varies(SweepAxisKind::VariationSeed) && !varies(SweepAxisKind::VariationStrength) &&
        base.variation_strength == 0)
        throw Error("a Variation seed axis needs a variation strength above 0 (e.g. 0.3)");
    if (varies(SweepAxisKind::VariationStrength) && !varies(SweepAxisKind::VariationSeed) &&
        base.variation_seeds.empty())
        throw Error("a Variation strength axis needs a variation seed");
    if (x.values.empty()) throw Error(sweep_axis_title(x.kind) + " axis has no values");
    if (y && y->values.empty()) throw Error(sweep_axis_title(y->kind) + " axis has no values");
    if (y && y->kind == x.kind)
        throw Error("the X and Y axes both vary " + sweep_axis_title(x.kind) + ": choose another Y axis");
    const size_t count = x.values.size() * (y ? y->values.size() : 1);
    if (count > static_cast<size_t>(kMaxSweepCells))
        throw Error("a sweep of " + std::to_string(x.values.size()) + " x " +
                    std::to_string(y ? y->values.size() : 1) + " = " + std::to_string(count) +
                    " cells is larger than " + std::to_string(kMaxSweepCells) + ": use fewer values");

    SweepPlan plan;
    plan.base = base;
    if (plan.base.prompts.size() == 1) {  // one prompt given as a list: the same as `prompt`
        plan.base.prompt = plan.base.prompts.front();
        plan.base.prompts.clear();
    }
    plan.x = x;
    plan.y = y;
    plan.columns = static_cast<int>(x.values.size());
    plan.rows = y ? static_cast<int>(y->values.size()) : 1;
    for (int row = 0; row < plan.rows; ++row) {
        for (int column = 0; column < plan.columns; ++column) {
            SweepCell cell;
            cell.column = column;
            cell.row = row;
            cell.request = plan.base;
            apply_sweep_value(cell.request, x.kind, x.values[column]);
            if (y) apply_sweep_value(cell.request, y->kind, y->values[row]);
            if (x.kind == SweepAxisKind::Model) cell.model = x.values[column];
            if (y && y->kind == SweepAxisKind::Model) cell.model = y->values[row];
            plan.cells.push_back(std::move(cell));
        }
    }
    return plan;
}

}  // namespace stipple
