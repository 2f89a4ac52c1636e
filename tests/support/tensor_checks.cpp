#include "support/tensor_checks.h"

#include <sstream>

namespace stipple::test {

namespace {
std::string shape_of(const at::Tensor& t) {
    std::ostringstream s;
    s << t.sizes();
    return s.str();
}

Comparison prepare(const at::Tensor& actual, const at::Tensor& expected, const std::string& what,
                   at::Tensor& a, at::Tensor& e) {
    Comparison c;
    if (!actual.defined() || !expected.defined()) {
        c.message = what + ": tensor missing";
        return c;
    }
    if (actual.sizes() != expected.sizes()) {
        c.message = what + ": shape " + shape_of(actual) + " != expected " + shape_of(expected);
        return c;
    }
    a = actual.detach().to(at::kCPU, at::kDouble);
    e = expected.detach().to(at::kCPU, at::kDouble);
    c.max_abs = a.numel() ? (a - e).abs().max().item<double>() : 0.0;
    c.max_expected = e.numel() ? e.abs().max().item<double>() : 0.0;
    if (std::isnan(c.max_abs)) c.max_abs = INFINITY;
    std::ostringstream s;
    s << what << ": max|diff| " << c.max_abs << " (max|expected| " << c.max_expected << ") shape "
      << shape_of(actual);
    c.message = s.str();
    c.ok = true;
    return c;
}
}  // namespace

Comparison allclose(const at::Tensor& actual, const at::Tensor& expected, double atol, double rtol,
                    const std::string& what) {
    at::Tensor a, e;
    Comparison c = prepare(actual, expected, what, a, e);
    if (!c.ok) return c;
    c.ok = a.numel() == 0 || ((a - e).abs() <= atol + rtol * e.abs()).all().item<bool>();
    return c;
}

Comparison close_relative_to_max(const at::Tensor& actual, const at::Tensor& expected, double rel,
                                 const std::string& what) {
    at::Tensor a, e;
    Comparison c = prepare(actual, expected, what, a, e);
    if (!c.ok) return c;
    c.ok = c.max_abs <= rel * c.max_expected;
    return c;
}

}  // namespace stipple::test
