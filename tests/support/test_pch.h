// Precompiled header for the test suites (libtorch + QtTest are slow to parse).
#pragma once
#include <torch/torch.h>
#include <QtTest>
