#!/usr/bin/env bash
# Stipple's one setup script, called by the README's two commands and by .ci/run:
#   packaging/setup.sh run [stipple args…]   install what is missing, build (Release), launch the app
#   packaging/setup.sh test                  install what is missing, build, run every test (CTest)
#   packaging/setup.sh build                 install what is missing, build
#   packaging/setup.sh deb                   install what is missing, build, write <build>/stipple_<version>_amd64.deb
# Environment: BUILD_DIR (default: build), JOBS (default: number of cores).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build_dir="${BUILD_DIR:-$here/build}"
jobs="${JOBS:-$(nproc)}"
mode="${1:-run}"
[ $# -gt 0 ] && shift

# Debian 12 packages Stipple needs to build, test and run. The OpenBLAS builds matter: libtorch's
# fp32 matmul goes through the system BLAS, and the reference BLAS is ~30x slower. Our programs
# load the OpenMP build (it shares libtorch's threads; see CMakeLists.txt); the pthread build
# makes the system default fast too.
packages=(
  build-essential cmake ninja-build pkg-config
  libtorch-dev libopenblas0-openmp libopenblas0-pthread libgoogle-perftools-dev
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-l10n-tools qt6-tools-dev qt6-tools-dev-tools
  libgl-dev libopencv-dev libicu-dev libssl-dev zlib1g-dev nlohmann-json3-dev libgif-dev
  libsentencepiece-dev sentencepiece opencv-data
  xvfb xauth
  clang libclang-rt-14-dev
  qt6-translations-l10n dpkg-dev appstream desktop-file-utils librsvg2-bin debootstrap
)

install_missing() {
  local missing=()
  for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "setup: installing ${missing[*]}"
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends "${missing[@]}"
}

build() {
  local generator=()
  command -v ninja >/dev/null && generator=(-G Ninja)
  if [ ! -f "$build_dir/CMakeCache.txt" ]; then
    cmake -S "$here" -B "$build_dir" "${generator[@]}" -DCMAKE_BUILD_TYPE=Release
  fi
  cmake --build "$build_dir" -j "$jobs"
}

case "$mode" in
  build)
    install_missing; build ;;
  run)
    install_missing; build
    exec "$build_dir/app/stipple" "$@" ;;
  test)
    install_missing; build
    # The package too: test_packaging_deb checks the .deb this build makes (it skips without one).
    cmake --build "$build_dir" --target package
    # One suite at a time: two libtorch processes on 2 cores slow each other down 5-10x.
    cd "$build_dir"
    exec ctest --output-on-failure -j 1 "$@" ;;
  deb)
    install_missing; build
    cmake --build "$build_dir" --target package ;;
  *)
    echo "usage: packaging/setup.sh run|test|build|deb" >&2; exit 2 ;;
esac
