#include "scenes/scene_render.h"

#include "common/error.h"

#include <opencv2/imgproc.hpp>

#include <cmath>

namespace stipple::scenes {

namespace {

constexpr int kShift = 4;  // fixed-point bits for sub-pixel polygon vertices
constexpr double kPi = 3.14159265358979323846;

using Poly = std::vector<cv::Point2d>;

Poly regular(int n, double r, double start_degrees) {
    Poly p;
    for (int i = 0; i < n; ++i) {
        const double a = (start_degrees + 360.0 * i / n) * kPi / 180.0;
        p.emplace_back(r * std::cos(a), r * std::sin(a));
    }
    return p;
}

// Outline of a shape around (0,0) in units of the radius (y points down).
std::vector<Poly> outline(const std::string& shape, double r) {
    if (shape == "square") return {regular(4, r * 1.13, 45)};  // half side 0.8 r
    if (shape == "diamond") {
        return {{{0, -r * 1.12}, {r * 0.8, 0}, {0, r * 1.12}, {-r * 0.8, 0}}};
    }
    if (shape == "triangle") {
        Poly p = regular(3, r * 1.2, -90);
        for (auto& v : p) v.y += r * 0.15;  // centre the bounding box
        return {p};
    }
    if (shape == "star") {
        Poly p;
        for (int i = 0; i < 10; ++i) {
            const double rr = (i % 2 == 0 ? 1.18 : 0.5) * r;
            const double a = (-90 + 36.0 * i) * kPi / 180.0;
            p.emplace_back(rr * std::cos(a), rr * std::sin(a) + r * 0.08);
        }
        return {p};
    }
    if (shape == "cross") {
        const double w = 0.36 * r, l = 1.05 * r;
        return {{{-w, -l}, {w, -l}, {w, -w}, {l, -w}, {l, w}, {w, w}, {w, l}, {-w, l}, {-w, w}, {-l, w}, {-l, -w}, {-w, -w}}};
    }
    if (shape == "heart") {
        Poly p;
        for (int i = 0; i < 72; ++i) {
            const double t = 2 * kPi * i / 72;
            const double x = 16 * std::pow(std::sin(t), 3);
            const double y = 13 * std::cos(t) - 5 * std::cos(2 * t) - 2 * std::cos(3 * t) - std::cos(4 * t);
            p.emplace_back(x * r / 15.0, -(y + 2.5) * r / 15.0);
        }
        return {p};
    }
    throw Error("shape '" + shape + "' cannot be drawn");
}

void fill(cv::Mat& mask, const std::vector<Poly>& polys, double cx, double cy, double rotation, double scale) {
    const double a = rotation * kPi / 180.0, ca = std::cos(a), sa = std::sin(a);
    std::vector<std::vector<cv::Point>> pts;
    for (const auto& poly : polys) {
        std::vector<cv::Point> q;
        for (const auto& v : poly) {
            const double x = (cx + v.x * ca - v.y * sa) * scale, y = (cy + v.x * sa + v.y * ca) * scale;
            q.emplace_back(static_cast<int>(std::lround(x * (1 << kShift))), static_cast<int>(std::lround(y * (1 << kShift))));
        }
        pts.push_back(q);
    }
    cv::fillPoly(mask, pts, cv::Scalar(255), cv::LINE_AA, kShift);
}

void disc(cv::Mat& mask, double cx, double cy, double r, double scale, int value) {
    cv::circle(mask, cv::Point(static_cast<int>(std::lround(cx * scale * (1 << kShift))), static_cast<int>(std::lround(cy * scale * (1 << kShift)))),
               static_cast<int>(std::lround(r * scale * (1 << kShift))), cv::Scalar(value), cv::FILLED, cv::LINE_AA, kShift);
}

}  // namespace

cv::Mat shape_mask(const std::string& shape, double x, double y, double radius, double rotation, int size,
                   int supersample) {
    const int s = std::max(1, supersample);
    cv::Mat big = cv::Mat::zeros(size * s, size * s, CV_8U);
    // Pixel centres are at +0.5: shift so that (x, y) in pixel units maps to the supersampled grid.
    const double cx = x - 0.5 + 0.5 / s, cy = y - 0.5 + 0.5 / s;
    if (shape == "circle") {
        disc(big, cx, cy, radius, s, 255);
    } else if (shape == "ring") {
        disc(big, cx, cy, radius * 1.05, s, 255);
        disc(big, cx, cy, radius * 0.55, s, 0);
    } else {
        fill(big, outline(shape, radius), cx, cy, rotation, s);
    }
    cv::Mat small;
    cv::resize(big, small, cv::Size(size, size), 0, 0, cv::INTER_AREA);
    small.convertTo(small, CV_32F, 1.0 / 255.0);
    return small;
}

cv::Mat render_scene(const Scene& scene, const SceneVocab& vocab) {
    const int n = vocab.canvas;
    cv::Mat image(n, n, CV_32FC3);
    const auto& bg = vocab.colors.at(scene.background).rgb;
    image.setTo(cv::Scalar(bg[0], bg[1], bg[2]));
    for (const auto& o : scene.objects) {
        const cv::Mat m = shape_mask(vocab.shapes.at(o.shape).name, o.x, o.y, o.radius, o.rotation, n, vocab.supersample);
        const auto& c = vocab.colors.at(o.color).rgb;
        for (int yy = 0; yy < n; ++yy) {
            const float* mr = m.ptr<float>(yy);
            cv::Vec3f* ir = image.ptr<cv::Vec3f>(yy);
            for (int xx = 0; xx < n; ++xx) {
                const float a = mr[xx];
                if (a <= 0) continue;
                for (int k = 0; k < 3; ++k) ir[xx][k] = ir[xx][k] * (1 - a) + static_cast<float>(c[k]) * a;
            }
        }
    }
    cv::Mat out;
    image.convertTo(out, CV_8UC3);  // rounds and saturates
    return out;
}

}  // namespace stipple::scenes
