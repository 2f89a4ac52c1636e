// Tensor comparisons for the parity tests, with messages that say where and by how much.
#pragma once

#include <ATen/ATen.h>

#include <string>

namespace stipple::test {

struct Comparison {
    bool ok = false;
    double max_abs = 0;      // max |actual - expected|
    double max_expected = 0; // max |expected|
    std::string message;     // "what: max|diff| 1.2e-06 (max|expected| 3.4) shape [..]" or a shape error
};

// ok when max|a-e| <= atol + rtol * |e| elementwise (numpy allclose).
Comparison allclose(const at::Tensor& actual, const at::Tensor& expected, double atol, double rtol,
                    const std::string& what);
// ok when max|a-e| <= rel * max|e| (the fixtures' latents criterion).
Comparison close_relative_to_max(const at::Tensor& actual, const at::Tensor& expected, double rel,
                                 const std::string& what);

}  // namespace stipple::test

// QVERIFY2 with the comparison's message.
#define STIPPLE_VERIFY_CMP(cmp)                                     \
    do {                                                            \
        const auto _c = (cmp);                                      \
        QVERIFY2(_c.ok, _c.message.c_str());                        \
    } while (0)
