#!/usr/bin/env bash
# Installs a built Stipple .deb on a fresh Debian 12 system the way a user would
# (`apt-get install ./stipple_<version>_amd64.deb`, apt resolving the dependencies) and checks that
# it works there: the CLI runs and draws with the built-in model, and the menu entry's command
# starts the desktop app on the built-in model under Xvfb. The "fresh machine" is a minimal
# Debian 12 (debootstrap --variant=minbase) in a folder, entered with chroot. Needs root,
# debootstrap and network access to a Debian mirror.
#
#   packaging/test-install.sh [DEB] [ROOT]
#     DEB   the package (default: the newest $BUILD_DIR/stipple_*_amd64.deb, BUILD_DIR default build)
#     ROOT  the Debian 12 folder (default /tmp/stipple-install-root). Reused when complete: every
#           package the previous run added is purged first, so each run starts from the same minimal,
#           up-to-date system (apt's download cache stays, so re-runs are fast).
# Environment: MIRROR (default http://deb.debian.org/debian). /proc, /dev and /sys are mounted into
# ROOT while the script runs and always unmounted when it ends.
# Prints PASS/FAIL per check and exits 0 only when all pass. Screenshots are copied to $ROOT/../
# stipple-install-shots/ (menu-launch.png: the window under Xvfb; generated.png: after a generation).
set -uo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build_dir="${BUILD_DIR:-$here/build}"
deb="${1:-$(ls -t "$build_dir"/stipple_*_amd64.deb 2>/dev/null | head -n 1)}"
root="${2:-/tmp/stipple-install-root}"
mirror="${MIRROR:-http://deb.debian.org/debian}"
shots="$(dirname "$root")/stipple-install-shots"
base_list="$root/.stipple-test-base-packages"  # the minimal system's packages; written once it is complete
# Installed only for the GUI checks, after Stipple's own checks (so they cannot hide a missing
# dependency of the CLI), and purged at the start of the next run with everything else.
check_tools=(xvfb xauth x11-utils x11-apps netpbm)

die() { echo "test-install: $*" >&2; exit 2; }
[ "$(id -u)" -eq 0 ] || die "needs root (debootstrap, chroot, mount)"
[ -n "$deb" ] && [ -f "$deb" ] || die "no package: pass DEB or build one (packaging/setup.sh deb)"
command -v debootstrap >/dev/null || die "debootstrap is missing: apt-get install debootstrap"
deb="$(cd "$(dirname "$deb")" && pwd)/$(basename "$deb")"

failures=0
results=()
pass() { results+=("PASS  $1"); echo "PASS  $1"; }
fail() { results+=("FAIL  $1"); echo "FAIL  $1"; failures=$((failures + 1)); }
check() {  # check "description" command…: PASS when the command succeeds
    local what="$1"
    shift
    if "$@"; then pass "$what"; else fail "$what"; return 1; fi
}

# --- mounts: always undone, whatever happens ---------------------------------------------------
mounted=()
unmount_all() {
    local i
    for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do
        umount -R "${mounted[i]}" 2>/dev/null || umount -R -l "${mounted[i]}" 2>/dev/null ||
            echo "test-install: could not unmount ${mounted[i]}" >&2
    done
    mounted=()
}
trap unmount_all EXIT
trap 'exit 130' INT TERM
mount_into_root() {
    mountpoint -q "$root/proc" || { mount -t proc proc "$root/proc" || mount --bind /proc "$root/proc"; } &&
        mounted+=("$root/proc") || die "cannot mount /proc in $root"
    # /dev with /dev/pts and /dev/shm (Xvfb and Qt share images through shared memory); rslave so
    # unmounting here never propagates to the host's /dev.
    mountpoint -q "$root/dev" || { mount --rbind /dev "$root/dev" && mount --make-rslave "$root/dev"; } &&
        mounted+=("$root/dev") || die "cannot bind /dev into $root"
    mountpoint -q "$root/sys" || { mount --rbind /sys "$root/sys" && mount --make-rslave "$root/sys"; } &&
        mounted+=("$root/sys") || die "cannot bind /sys into $root"
}

in_root() {  # runs a shell command in the chroot as root, with a clean environment
    chroot "$root" /usr/bin/env -i HOME=/root PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
        LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive /bin/sh -c "$1"
}

# --- 1. a minimal Debian 12 -----------------------------------------------------------------
echo "== Debian 12 root: $root"
new_base=0
if [ -s "$base_list" ]; then
    echo "reusing it (remove $base_list to debootstrap again)"
else
    new_base=1
    case "$root" in /|/tmp|/tmp/|"") die "refusing to debootstrap into $root" ;; esac
    grep -q " $root/" /proc/mounts && die "something is still mounted under $root: unmount it first"
    rm -rf --one-file-system "$root"
    mkdir -p "$root"
    start=$SECONDS
    if nice -n 19 debootstrap --variant=minbase bookworm "$root" "$mirror" >"$root.debootstrap.log" 2>&1; then
        echo "debootstrap: $((SECONDS - start)) s"
    else
        tail -n 20 "$root.debootstrap.log"
        die "debootstrap failed (log: $root.debootstrap.log)"
    fi
    # What a fresh installation has: the main archive, updates and security updates.
    cat >"$root/etc/apt/sources.list" <<EOF
deb $mirror bookworm main
deb $mirror bookworm-updates main
deb http://deb.debian.org/debian-security bookworm-security main
EOF
    # No daemons start inside the chroot.
    printf '#!/bin/sh\nexit 101\n' >"$root/usr/sbin/policy-rc.d"
    chmod +x "$root/usr/sbin/policy-rc.d"
fi
cp -L /etc/resolv.conf "$root/etc/resolv.conf"
mount_into_root
installed_packages() { in_root "dpkg-query -W -f='\${db:Status-Abbrev} \${Package}\n'" | sed -n 's/^ii  *//p' | sort; }
if [ "$new_base" = 1 ]; then
    # A fresh machine has its updates installed.
    in_root "apt-get update -q && nice -n 19 apt-get upgrade -y -q" >"$root.upgrade.log" 2>&1 ||
        { tail "$root.upgrade.log"; die "apt-get upgrade failed in $root"; }
    installed_packages >"$base_list.tmp" && mv "$base_list.tmp" "$base_list"
    echo "minimal system: $(wc -l <"$base_list") packages, $(du -sh --exclude=proc --exclude=sys --exclude=dev "$root" | cut -f1)"
fi

# Back to the minimal system: whatever the previous run installed (Stipple, its dependencies, the
# check tools) is purged.
extra="$(comm -13 "$base_list" <(installed_packages) | tr '\n' ' ')"
if [ -n "${extra// /}" ]; then
    echo "== purging the previous run's $(wc -w <<<"$extra") packages"
    in_root "apt-get purge -y -q $extra" >"$root.purge.log" 2>&1 || { tail "$root.purge.log"; die "could not purge them from $root"; }
fi
in_root "rm -rf /tmp/stipple-test && mkdir -p /tmp/stipple-test"
check "fresh minimal Debian $(cat "$root/etc/debian_version"): the same $(wc -l <"$base_list") packages as after debootstrap (no Qt, no libtorch)" \
    test "$(installed_packages)" = "$(cat "$base_list")"

# --- 2. apt installs the package and resolves its dependencies --------------------------------
echo "== installing $(basename "$deb")"
cp "$deb" "$root/tmp/stipple-test/"
chmod 0644 "$root/tmp/stipple-test/$(basename "$deb")"
in_root "apt-get update -q" >"$root/tmp/stipple-test/apt-update.log" 2>&1 || { tail "$root/tmp/stipple-test/apt-update.log"; die "apt-get update failed"; }
start=$SECONDS
in_root "cd /tmp/stipple-test && nice -n 19 apt-get install -y ./$(basename "$deb")" >"$root/tmp/stipple-test/apt-install.log" 2>&1
install_rc=$?
install_seconds=$((SECONDS - start))
grep -E "newly installed|additional disk space" "$root/tmp/stipple-test/apt-install.log"
if [ $install_rc -eq 0 ] && in_root "dpkg-query -W -f='\${Status}' stipple | grep -q 'install ok installed'"; then
    pass "apt-get install ./$(basename "$deb") (dependencies resolved; ${install_seconds} s incl. downloads)"
else
    tail -n 25 "$root/tmp/stipple-test/apt-install.log"
    fail "apt-get install ./$(basename "$deb") (log: $root/tmp/stipple-test/apt-install.log)"
    echo; printf '%s\n' "${results[@]}"; exit 1
fi
echo "installed size of the stipple package: $(in_root "dpkg-query -W -f='\${Installed-Size}' stipple") KiB"
in_root "dpkg-query -W -f='\${Version}' stipple" >"$root/tmp/stipple-test/version"
version="$(cat "$root/tmp/stipple-test/version")"

# --- 3. the command-line program with the built-in model ------------------------------------
out="$(in_root "stipple-cli --version" 2>&1)"
check "stipple-cli --version prints \"stipple-cli $version\" (got \"$out\")" test "$out" = "stipple-cli $version"
out="$(in_root "stipple --version" 2>&1)"
check "stipple --version prints \"stipple $version\" (got \"$out\")" test "$out" = "stipple $version"
start=$SECONDS
in_root "cd /tmp && rm -f /tmp/x.png && nice -n 19 stipple-cli generate --prompt 'a red circle on a blue background' --out /tmp/x.png" \
    >"$root/tmp/stipple-test/generate.log" 2>&1
png_ok() { [ -s "$1" ] && [ "$(head -c 8 "$1" | od -An -tx1 | tr -d ' \n')" = 89504e470d0a1a0a ]; }
check "stipple-cli generate with the built-in model writes a PNG ($((SECONDS - start)) s)" png_ok "$root/tmp/x.png" ||
    tail -n 15 "$root/tmp/stipple-test/generate.log"
[ -f "$root/tmp/x.png" ] && echo "  $(grep -a -o 'Model: [^,]*' "$root/tmp/x.png" | head -n 1)"
# fp32 matmul on OpenBLAS's OpenMP build (a dependency, found through the RPATH): the system
# default pthread build would make the built-in model and SD 1.5 much slower (README, Performance).
threading="$(in_root "stipple-cli bench --steps 1 --json" 2>/dev/null | sed -n 's/.*"blas_threading": *"\([^"]*\)".*/\1/p')"
check "stipple-cli runs fp32 matmul on OpenBLAS's OpenMP build (got \"$threading\")" test "$threading" = OpenMP

# --- 4. the menu entry ------------------------------------------------------------------------
desktop="$root/usr/share/applications/io.github.stipple.Stipple.desktop"
check "menu entry installed in /usr/share/applications" test -s "$desktop"
exec_line="$(sed -n 's/^Exec=//p' "$desktop" 2>/dev/null | head -n 1)"
icon="$(sed -n 's/^Icon=//p' "$desktop" 2>/dev/null | head -n 1)"
exec_cmd="$(printf '%s' "$exec_line" | sed -E 's/ ?%[fFuUdDnNickvm]//g')"  # without field codes
check "menu entry's Exec= command \"$exec_cmd\" is on PATH" in_root "command -v ${exec_cmd%% *} >/dev/null"
check "menu entry's icon \"$icon\" is installed in hicolor" \
    in_root "ls /usr/share/icons/hicolor/*/apps/$icon.* >/dev/null 2>&1"
if command -v desktop-file-validate >/dev/null; then
    check "desktop-file-validate accepts the menu entry" desktop-file-validate "$desktop"
fi

# --- 5. the menu entry's command starts the app on the built-in model under Xvfb ---------------
echo "== installing ${check_tools[*]} for the GUI checks"
in_root "nice -n 19 apt-get install -y -q --no-install-recommends ${check_tools[*]}" >"$root/tmp/stipple-test/apt-tools.log" 2>&1 ||
    { tail "$root/tmp/stipple-test/apt-tools.log"; die "could not install ${check_tools[*]} in the chroot"; }
mkdir -p "$shots"
# An X display number free both in the chroot and on the host (X servers also listen on abstract
# sockets, which the chroot shares with the host).
free_display() {
    local n
    for n in $(seq 151 250); do
        [ -e "/tmp/.X$n-lock" ] || [ -e "$root/tmp/.X$n-lock" ] || grep -q "X11-unix/X$n\$" /proc/net/unix || { echo "$n"; return; }
    done
    echo 99
}
# A new user: no settings, no history, so the app must open the built-in model by itself.
fresh_user="export HOME=/tmp/stipple-test/home XDG_RUNTIME_DIR=/tmp/stipple-test/run LANG=C.UTF-8; \
rm -rf \$HOME \$XDG_RUNTIME_DIR; mkdir -p \$HOME \$XDG_RUNTIME_DIR; chmod 700 \$XDG_RUNTIME_DIR"

# 5a. Exactly the menu's command, left running for 20 s: still alive, a "Stipple" window on screen.
in_root "$fresh_user; cd \$HOME; xvfb-run -n $(free_display) -s '-screen 0 1400x900x24' sh -c '
    nice -n 19 $exec_cmd >/tmp/stipple-test/launch.log 2>&1 &
    pid=\$!
    sleep 20
    xwininfo -root -tree >/tmp/stipple-test/windows.txt 2>&1
    xwd -root -silent >/tmp/stipple-test/menu-launch.xwd
    if kill -0 \$pid 2>/dev/null; then echo alive >/tmp/stipple-test/alive; kill \$pid; fi
    wait \$pid 2>/dev/null; true'"
check "menu command \"$exec_cmd\" is still running after 20 s under Xvfb" test -f "$root/tmp/stipple-test/alive" ||
    tail -n 15 "$root/tmp/stipple-test/launch.log"
check "its window \"Stipple\" is mapped on the X screen" grep -q '"Stipple"' "$root/tmp/stipple-test/windows.txt"
# The app remembers the model it loaded (models/last), so this shows it opened the built-in one by itself.
check "it loaded the built-in model by itself (models/last in the new user's settings)" \
    grep -qx 'last=/usr/share/stipple/models/stipple-shapes' "$root/tmp/stipple-test/home/.config/Stipple/Stipple.conf"
in_root "xwdtopnm /tmp/stipple-test/menu-launch.xwd 2>/dev/null | pnmtopng >/tmp/stipple-test/menu-launch.png 2>/dev/null" &&
    cp "$root/tmp/stipple-test/menu-launch.png" "$shots/menu-launch.png" && echo "  screenshot: $shots/menu-launch.png"

# 5b. The menu's command plus the app's screenshot options: it opens a model by itself (no --model),
# generates once at the built-in model's 64x64 and saves the window; the image it saved names the
# built-in model in its parameters.
start=$SECONDS
in_root "$fresh_user; export STIPPLE_OUTPUT_DIR=/tmp/stipple-test/out; mkdir -p \$STIPPLE_OUTPUT_DIR; cd \$HOME; \
    timeout 300 xvfb-run -n $(free_display) -s '-screen 0 1400x900x24' nice -n 19 $exec_cmd --screenshot /tmp/stipple-test/generated.png --generate \
    --prompt 'a red circle on a blue background' --size 64x64 \
    >/tmp/stipple-test/generate-gui.log 2>&1"
gui_rc=$?
saved="$(find "$root/tmp/stipple-test/out" -name '*.png' 2>/dev/null | head -n 1)"  # out/<date>/…
model_line="$( [ -n "$saved" ] && grep -a -o 'Model: [^,]*' "$saved" | head -n 1)"
check "app started from the menu command generates and saves an image (exit $gui_rc, $((SECONDS - start)) s)" png_ok "${saved:-/nonexistent}" ||
    tail -n 15 "$root/tmp/stipple-test/generate-gui.log"
check "that image was drawn by the built-in model (\"${model_line:-no Model: parameter}\")" \
    sh -c "printf '%s' \"\$1\" | grep -qi 'stipple.shapes'" _ "$model_line"
if png_ok "$root/tmp/stipple-test/generated.png"; then
    cp "$root/tmp/stipple-test/generated.png" "$shots/generated.png" && echo "  screenshot: $shots/generated.png"
fi

echo
echo "== summary ($(basename "$deb") on Debian $(cat "$root/etc/debian_version"), install ${install_seconds} s)"
printf '%s\n' "${results[@]}"
[ "$failures" -eq 0 ] && echo "ALL PASSED" || echo "$failures FAILED"
[ "$failures" -eq 0 ]
