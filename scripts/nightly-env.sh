# Sourced by `scripts/build.sh --nightly` (and `scripts/setup.sh --nightly`, which installs the
# toolchain): the opt-in smaller release build. The stable toolchain stays the default that builds
# and tests everything; this one only rebuilds the wasm that `scripts/build.sh` ships.
#
# It rebuilds the standard library for the wasm (-Zbuild-std) with `optimize_for_size`, and panics
# as an immediate trap (-Cpanic=immediate-abort): no panic message is formatted, so std's panic
# path stops pulling in core::fmt. The wasm already aborts on panic (`panic = "abort"`) and nothing
# reachable from JS input panics; a trap is what the element's instance recovery already handles.
# The toolchain's date is pinned in scripts/nightly-toolchain.txt (nightly flags change).
APAC_NIGHTLY_TOOLCHAIN=$(tr -d '[:space:]' < "$(dirname "${BASH_SOURCE[0]}")/nightly-toolchain.txt")
export RUSTUP_TOOLCHAIN="$APAC_NIGHTLY_TOOLCHAIN"
export RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort"
export CARGO_UNSTABLE_BUILD_STD="std,panic_abort"
export CARGO_UNSTABLE_BUILD_STD_FEATURES="optimize_for_size"
# Its own target directory: the stable build's artifacts stay where they are.
export CARGO_TARGET_DIR="$PWD/target/nightly"
