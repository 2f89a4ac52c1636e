#include "scenes/scene_checker.h"

#include "scenes/scene_render.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>

namespace stipple::scenes {

namespace {

int nearest_color(const cv::Vec3f& c, const SceneVocab& v) {
    int best = 0;
    double best_d = 1e30;
    for (size_t i = 0; i < v.colors.size(); ++i) {
        const auto& p = v.colors[i].rgb;
        const double d = std::pow(c[0] - p[0], 2) + std::pow(c[1] - p[1], 2) + std::pow(c[2] - p[2], 2);
        if (d < best_d) best_d = d, best = static_cast<int>(i);
    }
    return best;
}

cv::Vec3f median_color(std::vector<cv::Vec3f>& pixels) {
    cv::Vec3f out;
    for (int k = 0; k < 3; ++k) {
        std::vector<float> ch;
        ch.reserve(pixels.size());
        for (const auto& p : pixels) ch.push_back(p[k]);
        std::nth_element(ch.begin(), ch.begin() + static_cast<long>(ch.size() / 2), ch.end());
        out[k] = ch[ch.size() / 2];
    }
    return out;
}

double soft_iou(const cv::Mat& a, const cv::Mat& b) {
    cv::Mat mn, mx;
    cv::min(a, b, mn);
    cv::max(a, b, mx);
    const double den = cv::sum(mx)[0];
    return den > 0 ? cv::sum(mn)[0] / den : 0;
}

cv::Point2d centroid(const cv::Mat& m) {
    const cv::Moments mo = cv::moments(m);
    return mo.m00 > 0 ? cv::Point2d(mo.m10 / mo.m00, mo.m01 / mo.m00) : cv::Point2d(0, 0);
}

// Best shape for a soft coverage mask: each template is scaled to the same area and centred on the
// same centroid, at the renderer's rotations; the highest overlap wins.
void fit_shape(const cv::Mat& alpha, DetectedObject& o, const SceneVocab& v) {
    const int n = v.canvas;
    const double area = cv::sum(alpha)[0];
    const cv::Point2d c = centroid(alpha);
    const double jitter = v.rotation_jitter_degrees;
    o.shape_iou = -1;
    for (size_t s = 0; s < v.shapes.size(); ++s) {
        const std::string& name = v.shapes[s].name;
        const double r0 = 0.15 * n;
        const cv::Mat probe = shape_mask(name, n / 2.0, n / 2.0, r0, 0, n, 2);
        const double a0 = cv::sum(probe)[0];
        if (a0 <= 0) continue;
        const double r = r0 * std::sqrt(area / a0);
        const cv::Point2d pc = centroid(probe);
        const double dx = (pc.x - n / 2.0) * r / r0, dy = (pc.y - n / 2.0) * r / r0;
        const bool round = name == "circle" || name == "ring";
        for (double rot : round ? std::vector<double>{0} : std::vector<double>{-jitter, 0, jitter}) {
            // The centroid offset rotates with the shape.
            const double a = rot * 3.14159265358979 / 180.0;
            const double rx = dx * std::cos(a) - dy * std::sin(a), ry = dx * std::sin(a) + dy * std::cos(a);
            const cv::Mat t = shape_mask(name, c.x - rx, c.y - ry, r, rot, n, 2);
            const double iou = soft_iou(alpha, t);
            if (iou > o.shape_iou) o.shape_iou = iou, o.shape = static_cast<int>(s), o.radius = r;
        }
    }
    // Size: the named size whose radius range is nearest (log scale) to the fitted radius.
    double best = 1e30;
    for (size_t i = 0; i < v.sizes.size(); ++i) {
        const double mid = 0.5 * (v.sizes[i].radius_min + v.sizes[i].radius_max) * n;
        const double d = std::abs(std::log(o.radius / mid));
        if (d < best) best = d, o.size = static_cast<int>(i);
    }
}

int nearest_position(double x, double y, const SceneVocab& v) {
    int best = 0;
    double best_d = 1e30;
    for (size_t i = 0; i < v.positions.size(); ++i) {
        const double d = std::pow(x / v.canvas - v.positions[i].x, 2) + std::pow(y / v.canvas - v.positions[i].y, 2);
        if (d < best_d) best_d = d, best = static_cast<int>(i);
    }
    return best;
}

}  // namespace

ImageReading read_image(const cv::Mat& rgb_in, const SceneVocab& v) {
    cv::Mat rgb;
    if (rgb_in.cols != v.canvas || rgb_in.rows != v.canvas)
        cv::resize(rgb_in, rgb, cv::Size(v.canvas, v.canvas), 0, 0, cv::INTER_AREA);
    else
        rgb = rgb_in;
    cv::Mat f;
    rgb.convertTo(f, CV_32FC3);
    const int n = v.canvas;
    ImageReading out;

    // Background: the median of a 2-pixel frame.
    std::vector<cv::Vec3f> border;
    for (int y = 0; y < n; ++y)
        for (int x = 0; x < n; ++x)
            if (x < 2 || y < 2 || x >= n - 2 || y >= n - 2) border.push_back(f.at<cv::Vec3f>(y, x));
    const cv::Vec3f bg = median_color(border);
    out.background = nearest_color(bg, v);

    // Foreground: pixels far from the background color, split into connected components.
    cv::Mat fg(n, n, CV_8U);
    for (int y = 0; y < n; ++y)
        for (int x = 0; x < n; ++x) fg.at<uint8_t>(y, x) = cv::norm(f.at<cv::Vec3f>(y, x) - bg) > 60 ? 255 : 0;
    cv::Mat labels, stats, centroids;
    const int count = cv::connectedComponentsWithStats(fg, labels, stats, centroids, 8);
    std::vector<int> order;
    for (int i = 1; i < count; ++i)
        if (stats.at<int>(i, cv::CC_STAT_AREA) >= 12) order.push_back(i);
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        return stats.at<int>(a, cv::CC_STAT_AREA) > stats.at<int>(b, cv::CC_STAT_AREA);
    });
    if (order.size() > 3) order.resize(3);
    for (int label : order) {
        DetectedObject o;
        const cv::Mat comp = labels == label;
        cv::Mat inner;
        cv::erode(comp, inner, cv::Mat(), cv::Point(-1, -1), 1);
        if (cv::countNonZero(inner) < 4) inner = comp;
        std::vector<cv::Vec3f> pixels;
        for (int y = 0; y < n; ++y)
            for (int x = 0; x < n; ++x)
                if (inner.at<uint8_t>(y, x)) pixels.push_back(f.at<cv::Vec3f>(y, x));
        const cv::Vec3f col = median_color(pixels);
        o.color = nearest_color(col, v);
        // Soft coverage near the component: projection of (pixel - bg) on (object - bg).
        cv::Mat near;
        cv::dilate(comp, near, cv::Mat(), cv::Point(-1, -1), 2);
        cv::Mat alpha = cv::Mat::zeros(n, n, CV_32F);
        const cv::Vec3f d = col - bg;
        const double dd = std::max(1.0, static_cast<double>(d.dot(d)));
        for (int y = 0; y < n; ++y)
            for (int x = 0; x < n; ++x)
                if (near.at<uint8_t>(y, x))
                    alpha.at<float>(y, x) =
                        static_cast<float>(std::clamp((f.at<cv::Vec3f>(y, x) - bg).dot(d) / dd, 0.0, 1.0));
        o.area = cv::sum(alpha)[0];
        const cv::Point2d c = centroid(alpha);
        o.x = c.x, o.y = c.y;
        o.position = nearest_position(o.x, o.y, v);
        fit_shape(alpha, o, v);
        out.objects.push_back(o);
    }
    return out;
}

namespace {

std::string name_or_none(const std::vector<std::string>& names, int i) { return i >= 0 ? names[i] : "none"; }

}  // namespace

SceneVerdict check_image(const cv::Mat& rgb, const SceneSpec& spec, const SceneVocab& v) {
    SceneVerdict r;
    r.reading = read_image(rgb, v);
    const auto& got = r.reading;
    std::vector<std::string> colors, shapes, sizes, positions;
    for (const auto& c : v.colors) colors.push_back(c.name);
    for (const auto& s : v.shapes) shapes.push_back(s.name);
    for (const auto& s : v.sizes) sizes.push_back(s.name);
    for (const auto& p : v.positions) positions.push_back(p.name);
    auto judge = [&](std::optional<bool>& slot, const std::optional<int>& want, int have, const char* what,
                     const std::vector<std::string>& names) {
        if (!want) return;
        slot = *want == have;
        if (!*slot) r.problems += std::string(what) + ": " + name_or_none(names, have) + " for " + names[*want] + "; ";
    };
    judge(r.background, spec.background, got.background, "background", colors);
    if (spec.objects.size() == 1) {
        const ObjectSpec& want = spec.objects[0];
        const DetectedObject none;
        const DetectedObject& o = got.objects.empty() ? none : got.objects[0];
        if (got.objects.empty()) r.problems += "no object found; ";
        judge(r.color, want.color, o.color, "color", colors);
        judge(r.shape, want.shape, o.shape, "shape", shapes);
        judge(r.size, want.size, o.size, "size", sizes);
        judge(r.position, want.position, o.position, "position", positions);
        r.extra_object = got.objects.size() >= 2;
        if (*r.extra_object) r.problems += "a second object; ";
    } else if (spec.objects.size() == 2) {
        // Pair the two largest detections with the two asked-for objects (color first, then shape).
        const DetectedObject none;
        const DetectedObject& a = got.objects.size() > 0 ? got.objects[0] : none;
        const DetectedObject& b = got.objects.size() > 1 ? got.objects[1] : none;
        auto score = [&](const DetectedObject& d, const ObjectSpec& s) {
            return (s.color && *s.color == d.color ? 2 : 0) + (s.shape && *s.shape == d.shape ? 1 : 0);
        };
        const bool swap = score(b, spec.objects[0]) + score(a, spec.objects[1]) >
                          score(a, spec.objects[0]) + score(b, spec.objects[1]);
        const DetectedObject& first = swap ? b : a;
        const DetectedObject& second = swap ? a : b;
        bool colors_ok = got.objects.size() >= 2, shapes_ok = true;
        if (!colors_ok) r.problems += "found " + std::to_string(got.objects.size()) + " objects; ";
        for (int k = 0; k < 2; ++k) {
            const ObjectSpec& s = spec.objects[k];
            const DetectedObject& d = k == 0 ? first : second;
            if (s.color && *s.color != d.color) {
                colors_ok = false;
                r.problems += "color: " + name_or_none(colors, d.color) + " for " + colors[*s.color] + "; ";
            }
            if (s.shape && *s.shape != d.shape) {
                shapes_ok = false;
                r.problems += "shape: " + name_or_none(shapes, d.shape) + " for " + shapes[*s.shape] + "; ";
            }
        }
        r.colors_present = colors_ok;
        r.bound = colors_ok && shapes_ok;  // each object with its own color and its own shape
        if (spec.relation) {
            const NamedRelation& rel = v.relations[*spec.relation];
            const double d = rel.axis == 'x' ? first.x - second.x : first.y - second.y;
            r.placement = colors_ok && (rel.sign < 0 ? d < -4 : d > 4);
            if (!*r.placement) r.problems += "placement: not " + rel.name + "; ";
        } else if (spec.objects[0].position || spec.objects[1].position) {
            bool ok = colors_ok;
            if (spec.objects[0].position) ok = ok && first.position == *spec.objects[0].position;
            if (spec.objects[1].position) ok = ok && second.position == *spec.objects[1].position;
            r.placement = ok;
            if (!ok) r.problems += "placement: positions differ; ";
        }
    }
    r.all = true;
    for (const auto& slot : {r.background, r.color, r.shape, r.size, r.position, r.colors_present, r.bound, r.placement})
        if (slot && !*slot) r.all = false;
    if (r.extra_object && *r.extra_object) r.all = false;
    if (spec.objects.size() == 1 && got.objects.empty()) r.all = false;
    return r;
}

}  // namespace stipple::scenes
