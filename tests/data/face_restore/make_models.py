#!/usr/bin/python3
"""Tiny ONNX networks with the I/O signatures of GFPGAN and CodeFormer exports, for
tests/test_image_face_restorer.cpp (core/image/face_restorer.h has the contract). Each computes a
known simple function, so the test can predict the restored pixels; none has learned weights.

    OMP_NUM_THREADS=1 /usr/bin/python3 tests/data/face_restore/make_models.py

Needs only PyTorch (1.13: torch.onnx.export writes the protobuf itself; the `onnx` package is not
used). Opset 11. The functions are built from ops OpenCV 4.6's ONNX importer accepts: it refuses a
multiplication by a one-element input (CodeFormer's weight), so the weight is applied as the
kernel of a 1x1 convolution instead.
"""
import os

import torch
import torch.nn.functional as F

HERE = os.path.dirname(os.path.abspath(__file__))
FACE = (1, 3, 512, 512)


class Negate(torch.nn.Module):
    """GFPGAN's signature: one 1x3x512x512 input in [-1, 1]; output = -input (a photo negative)."""

    def forward(self, x):
        return -x


class NegateScaled(torch.nn.Module):
    """CodeFormer's signature: the face and a one-element double weight `w`; output = -w * x."""

    def forward(self, x, w):
        kernel = w.float().view(1, 1, 1, 1)
        return -F.conv2d(x.view(3, 1, 512, 512), kernel).view(1, 3, 512, 512)


class MultiplyByWeight(torch.nn.Module):
    """CodeFormer's signature with the weight applied as CodeFormer applies it (a broadcast
    multiplication, output = -w * x): OpenCV 4.6's importer refuses this network."""

    def forward(self, x, w):
        return -x * w.float()


class HalfSize(torch.nn.Module):
    """The right input, the wrong output: 1x3x256x256."""

    def forward(self, x):
        return F.avg_pool2d(x, 2)


class NotANumber(torch.nn.Module):
    """The right shapes, but sqrt of a negative number: every output value is NaN."""

    def forward(self, x):
        return torch.sqrt(x - 2.0)


def export(module, args, names, outputs, file):
    torch.onnx.export(module, args, os.path.join(HERE, file), input_names=names, output_names=outputs,
                      opset_version=11)


def main():
    torch.manual_seed(0)
    face = torch.zeros(FACE)
    export(Negate(), (face,), ["input"], ["output"], "gfpgan_negate.onnx")
    export(NegateScaled(), (face, torch.ones(1, dtype=torch.float64)), ["x", "w"], ["y"], "codeformer_negate_scaled.onnx")
    export(MultiplyByWeight(), (face, torch.ones(1, dtype=torch.float64)), ["x", "w"], ["y"], "codeformer_multiply.onnx")
    # GFPGAN's function at 256x256: an input of the wrong size.
    export(Negate(), (torch.zeros(1, 3, 256, 256),), ["input"], ["output"], "wrong_input_256.onnx")
    export(HalfSize(), (face,), ["input"], ["output"], "wrong_output_256.onnx")
    export(NotANumber(), (face,), ["input"], ["output"], "nan_output.onnx")


if __name__ == "__main__":
    main()
