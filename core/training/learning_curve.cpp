#include "training/learning_curve.h"

#include "common/error.h"
#include "common/temp_file.h"

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <sstream>

namespace stipple::training {

namespace {

const char* kHeader = "step,minutes,loss,background,color,shape,size,position,all_one,extra_object,colors_present,bound,placement";

}  // namespace

std::vector<CurvePoint> read_curve(const std::string& csv_path) {
    std::vector<CurvePoint> out;
    std::ifstream in(csv_path);
    if (!in) return out;
    std::string line;
    int row = 0;
    while (std::getline(in, line)) {
        ++row;
        if (row == 1 || line.empty()) continue;
        CurvePoint p;
        char tail = 0;
        if (std::sscanf(line.c_str(), "%d,%lf,%lf,%lf,%lf,%lf,%lf,%lf,%lf,%lf,%lf,%lf,%lf%c", &p.step, &p.minutes,
                        &p.loss, &p.background, &p.color, &p.shape, &p.size, &p.position, &p.all_one, &p.extra_object,
                        &p.colors_present, &p.bound, &p.placement, &tail) != 13)
            throw Error("'" + csv_path + "' line " + std::to_string(row) + " is not a learning-curve row (" + kHeader +
                        "); delete the file to start the curve afresh");
        out.push_back(p);
    }
    return out;
}

void write_curve(const std::string& csv_path, const std::vector<CurvePoint>& points) {
    const std::string tmp = temp_path_for(csv_path);
    {
        std::ofstream out(tmp);
        out << kHeader << "\n";
        char buf[256];
        for (const auto& p : points) {
            std::snprintf(buf, sizeof buf, "%d,%.2f,%.5f,%.4f,%.4f,%.4f,%.4f,%.4f,%.4f,%.4f,%.4f,%.4f,%.4f\n", p.step,
                          p.minutes, p.loss, p.background, p.color, p.shape, p.size, p.position, p.all_one,
                          p.extra_object, p.colors_present, p.bound, p.placement);
            out << buf;
        }
        if (!out) throw Error("cannot write '" + tmp + "' (disk full?)");
    }
    rename_into_place(tmp, csv_path);
}

void plot_curve(const std::string& png_path, const std::vector<CurvePoint>& points) {
    const int W = 760, H = 400, left = 50, right = 200, top = 20, bottom = 40;
    cv::Mat img(H, W, CV_8UC3, cv::Scalar(255, 255, 255));
    const int pw = W - left - right, ph = H - top - bottom;
    const int max_step = points.empty() ? 1 : std::max(1, points.back().step);
    auto px = [&](double step) { return left + static_cast<int>(pw * step / max_step); };
    auto py = [&](double rate) { return top + static_cast<int>(ph * (1.0 - rate)); };
    const cv::Scalar grid(225, 225, 225), ink(60, 60, 60);
    for (int k = 0; k <= 10; ++k) {
        cv::line(img, {left, py(k / 10.0)}, {left + pw, py(k / 10.0)}, grid, 1);
        if (k % 2 == 0)
            cv::putText(img, std::to_string(k * 10) + "%", {4, py(k / 10.0) + 4}, cv::FONT_HERSHEY_PLAIN, 0.9, ink, 1,
                        cv::LINE_AA);
    }
    cv::rectangle(img, {left, top}, {left + pw, top + ph}, ink, 1);
    cv::putText(img, "0", {left - 4, H - bottom + 16}, cv::FONT_HERSHEY_PLAIN, 0.9, ink, 1, cv::LINE_AA);
    cv::putText(img, std::to_string(max_step) + " steps", {left + pw - 70, H - bottom + 16}, cv::FONT_HERSHEY_PLAIN, 0.9,
                ink, 1, cv::LINE_AA);
    cv::putText(img, "held-out accuracy during training", {left + pw / 2 - 130, H - 8}, cv::FONT_HERSHEY_PLAIN, 1.0, ink,
                1, cv::LINE_AA);
    struct Series {
        const char* name;
        double CurvePoint::*field;
        cv::Scalar color;  // BGR
    };
    const Series series[] = {{"background", &CurvePoint::background, {160, 160, 160}},
                             {"color", &CurvePoint::color, {40, 40, 220}},
                             {"shape", &CurvePoint::shape, {200, 120, 30}},
                             {"size", &CurvePoint::size, {40, 170, 60}},
                             {"position", &CurvePoint::position, {20, 140, 245}},
                             {"all (1 object)", &CurvePoint::all_one, {0, 0, 0}},
                             {"2 objects: colors", &CurvePoint::colors_present, {180, 50, 135}},
                             {"2 obj.: +shapes", &CurvePoint::bound, {120, 20, 90}},
                             {"2 obj.: placement", &CurvePoint::placement, {190, 190, 40}}};
    int legend_y = top + 14;
    for (const auto& s : series) {
        for (size_t i = 1; i < points.size(); ++i)
            cv::line(img, {px(points[i - 1].step), py(points[i - 1].*s.field)}, {px(points[i].step), py(points[i].*s.field)},
                     s.color, 2, cv::LINE_AA);
        for (const auto& p : points) cv::circle(img, {px(p.step), py(p.*s.field)}, 2, s.color, -1, cv::LINE_AA);
        cv::line(img, {left + pw + 10, legend_y - 4}, {left + pw + 30, legend_y - 4}, s.color, 2, cv::LINE_AA);
        cv::putText(img, s.name, {left + pw + 35, legend_y}, cv::FONT_HERSHEY_PLAIN, 0.9, ink, 1, cv::LINE_AA);
        legend_y += 18;
    }
    const std::string tmp = temp_path_for(png_path) + ".png";
    if (!cv::imwrite(tmp, img)) throw Error("cannot write the learning-curve plot '" + tmp + "'");
    rename_into_place(tmp, png_path);
}

}  // namespace stipple::training
