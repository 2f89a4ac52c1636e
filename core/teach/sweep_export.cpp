#include "teach/sweep_export.h"
#include "io/json_file.h"

#include "common/error.h"
#include "image/infotext.h"
#include "image/png_text.h"

#include <nlohmann/json.hpp>

namespace stipple {

const char* const kSweepTextKey = "stipple-sweep";

namespace {
GridAxisLabels axis_labels(const SweepAxis& axis) {
    GridAxisLabels labels{sweep_axis_title(axis.kind), {}};
    for (const std::string& v : axis.values) labels.values.push_back(sweep_value_label(axis.kind, v));
    return labels;
}
}  // namespace

GridAxisLabels sweep_x_labels(const SweepPlan& plan) { return axis_labels(plan.x); }

GridAxisLabels sweep_y_labels(const SweepPlan& plan) {
    if (!plan.y) return {};
    return axis_labels(*plan.y);
}

LabelledGrid make_sweep_grid(const SweepPlan& plan, const std::vector<Image>& images) {
    return make_labelled_grid(images, plan.columns, plan.rows, sweep_x_labels(plan), sweep_y_labels(plan));
}

std::string sweep_cell_infotext(const SweepPlan& plan, int cell, const Image& image,
                                const std::string& scheduler_label, const InfotextSource& source) {
    GenerationRequest request = plan.cells.at(static_cast<size_t>(cell)).request;
    if (!scheduler_label.empty()) request.scheduler = scheduler_label;
    return format_infotext(infotext_for_image(request, request.seeds.front(), image.width, image.height, source));
}

std::string sweep_record_json(const SweepRecord& record) {
    nlohmann::json j;
    j["x"] = {{"title", record.x_title}, {"values", record.x_values}};
    if (!record.y_title.empty() || !record.y_values.empty())
        j["y"] = {{"title", record.y_title}, {"values", record.y_values}};
    j["columns"] = record.columns;
    j["rows"] = record.rows;
    j["cells"] = nlohmann::json::array();
    for (const auto& c : record.cells) {
        nlohmann::json cell = {{"column", c.column},
                               {"row", c.row},
                               {"x", c.x_value},
                               {"rect", {c.rect.x, c.rect.y, c.rect.width, c.rect.height}},
                               {"parameters", c.parameters}};
        if (!record.y_values.empty()) cell["y"] = c.y_value;
        j["cells"].push_back(cell);
    }
    return j.dump(1);
}

SweepRecord parse_sweep_record(const std::string& text) {
    nlohmann::json j;
    try {
        j = parse_json(text);
    } catch (const std::exception& e) {
        throw Error(std::string("the sweep metadata is not valid JSON: ") + e.what());
    }
    SweepRecord r;
    try {
        r.x_title = j.at("x").at("title").get<std::string>();
        r.x_values = j.at("x").at("values").get<std::vector<std::string>>();
        if (j.contains("y")) {
            r.y_title = j["y"].at("title").get<std::string>();
            r.y_values = j["y"].at("values").get<std::vector<std::string>>();
        }
        r.columns = j.at("columns").get<int>();
        r.rows = j.at("rows").get<int>();
        for (const auto& c : j.at("cells")) {
            SweepCellRecord cell;
            cell.column = c.at("column").get<int>();
            cell.row = c.at("row").get<int>();
            cell.x_value = c.at("x").get<std::string>();
            cell.y_value = c.value("y", std::string());
            const auto rect = c.at("rect").get<std::vector<int>>();
            if (rect.size() != 4) throw Error("a cell's \"rect\" must be [x, y, width, height]");
            cell.rect = {rect[0], rect[1], rect[2], rect[3]};
            cell.parameters = c.at("parameters").get<std::string>();
            r.cells.push_back(std::move(cell));
        }
    } catch (const nlohmann::json::exception& e) {
        throw Error(std::string("the sweep metadata is incomplete: ") + e.what());
    }
    return r;
}

SweepRecord save_sweep_grid(const std::string& path, const SweepPlan& plan, const std::vector<Image>& images,
                            const std::vector<std::string>& scheduler_labels, const InfotextSource& source) {
    if (images.size() != plan.cells.size())
        throw Error("the sweep has " + std::to_string(plan.cells.size()) + " cells but " +
                    std::to_string(images.size()) + " images were given");
    const LabelledGrid grid = make_sweep_grid(plan, images);
    return save_sweep_grid(path, plan, images, scheduler_labels, source, grid.image, grid.cells);
}

SweepRecord save_sweep_grid(const std::string& path, const SweepPlan& plan, const std::vector<Image>& images,
                            const std::vector<std::string>& scheduler_labels, const InfotextSource& source,
                            const Image& grid, const std::vector<GridRect>& cell_rects) {
    if (images.size() != plan.cells.size() || scheduler_labels.size() != plan.cells.size())
        throw Error("the sweep has " + std::to_string(plan.cells.size()) + " cells but " +
                    std::to_string(images.size()) + " images were given");
    std::vector<std::string> parameters(plan.cells.size());
    for (size_t i = 0; i < plan.cells.size(); ++i)
        if (!images[i].empty())
            parameters[i] = sweep_cell_infotext(plan, static_cast<int>(i), images[i], scheduler_labels[i], source);
    return save_sweep_grid(path, plan, parameters, grid, cell_rects);
}

SweepRecord save_sweep_grid(const std::string& path, const SweepPlan& plan, const std::vector<std::string>& cell_parameters,
                            const Image& grid, const std::vector<GridRect>& cell_rects) {
    if (cell_parameters.size() != plan.cells.size() || cell_rects.size() != plan.cells.size())
        throw Error("the sweep has " + std::to_string(plan.cells.size()) + " cells but " +
                    std::to_string(cell_parameters.size()) + " parameter texts were given");
    SweepRecord record;
    record.x_title = sweep_axis_title(plan.x.kind);
    record.x_values = plan.x.values;
    if (plan.y) {
        record.y_title = sweep_axis_title(plan.y->kind);
        record.y_values = plan.y->values;
    }
    record.columns = plan.columns;
    record.rows = plan.rows;
    std::string first_parameters;
    for (size_t i = 0; i < plan.cells.size(); ++i) {
        SweepCellRecord cell;
        cell.column = plan.cells[i].column;
        cell.row = plan.cells[i].row;
        cell.x_value = plan.x.values[cell.column];
        if (plan.y) cell.y_value = plan.y->values[cell.row];
        cell.rect = cell_rects[i];
        cell.parameters = cell_parameters[i];
        if (first_parameters.empty()) first_parameters = cell.parameters;
        record.cells.push_back(std::move(cell));
    }
    std::vector<std::pair<std::string, std::string>> text;
    if (!first_parameters.empty()) text.push_back({"parameters", first_parameters});
    text.push_back({kSweepTextKey, sweep_record_json(record)});
    write_png_with_text(path, grid, text);
    return record;
}

SweepRecord read_sweep_grid_record(const std::string& png_path) {
    const std::string json = png_text_value(read_png_text_file(png_path), kSweepTextKey);
    if (json.empty()) throw Error("'" + png_path + "' is not a Stipple sweep grid (no \"" + kSweepTextKey + "\" text)");
    return parse_sweep_record(json);
}

}  // namespace stipple
