#!/usr/bin/env bash
# Installs what building and testing apac-ai-charts needs, skipping whatever is already there.
#   scripts/setup.sh --serve   what building and serving need (scripts/dev.sh): the wasm32 target,
#                              a C toolchain, wasm-bindgen-cli, wasm-pack, and the npm tools
#   scripts/setup.sh           all of that, plus what the tests need (scripts/test.sh): Chromium,
#                              Firefox, their drivers, CJK and Urdu fonts, vue-tsc
# The npm tools (package.json "devDependencies": wasm-opt, esbuild, ESLint, playwright-core, Vite…)
# are installed whole in both modes: package.json is also the published package's, whose
# consumers must get none of them, so none is a "dependency"; and npm cannot install a chosen
# subset of devDependencies at the lock's versions (`npm install --omit=dev <name>@<version>`
# installs nothing). The test tools cost disk space only.
# Idempotent: a second run on a ready machine takes a few seconds.
# Debian machine, run as root (or with sudo available). Nothing is downloaded outside the package
# registries: browsers come from Debian, tools build from crates.io, wasm-opt comes from npm.
set -euo pipefail
cd "$(dirname "$0")/.."

nightly_wanted=no
case "${1:-}" in
  --serve) mode=serve ;;
  "") mode=full ;;
  --nightly) mode=full; nightly_wanted=yes ;;
  *) echo "usage: scripts/setup.sh [--serve | --nightly]" >&2; exit 2 ;;
esac

log() { printf '[setup] %s\n' "$*"; }
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if ! command -v sudo >/dev/null 2>&1; then
    echo "[setup] run as root, or install sudo: Debian packages must be installed" >&2
    exit 1
  fi
  SUDO="sudo"
fi

# 1. Rust target for the browser.
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  log "adding rust target wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

# 2. A C toolchain (build scripts link natively; cargo install builds C code: ring, zstd-sys…);
#    for the tests also browsers, drivers, and fonts for Chinese (Noto CJK) and Urdu (Nafees Web
#    Naskh) labels.
debs=(build-essential pkg-config)
if [ "$mode" = full ]; then
  debs+=(chromium chromium-driver firefox-esr fonts-noto-cjk fonts-nafees)
fi
missing_debs=()
for pkg in "${debs[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing_debs+=("$pkg")
done
if [ "${#missing_debs[@]}" -gt 0 ]; then
  log "installing Debian packages: ${missing_debs[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing_debs[@]}"
fi

# 3. wasm-bindgen-cli at exactly the version Cargo.lock pins (wasm-pack uses it from PATH).
bindgen_version=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
if [ -z "$bindgen_version" ]; then echo "[setup] cannot read the wasm-bindgen version from Cargo.lock" >&2; exit 1; fi
if ! wasm-bindgen --version 2>/dev/null | grep -qE " ${bindgen_version//./\\.}( |\$)"; then
  log "installing wasm-bindgen-cli $bindgen_version (several minutes)"
  cargo install wasm-bindgen-cli --version "$bindgen_version" --force
fi

# 4. wasm-pack and (for the tests) geckodriver from crates.io, at the versions this project is
#    tested with.
WASM_PACK_VERSION=0.15.1
GECKODRIVER_VERSION=0.37.1
if ! wasm-pack --version 2>/dev/null | grep -qE " ${WASM_PACK_VERSION//./\\.}( |\$)"; then
  log "installing wasm-pack $WASM_PACK_VERSION (several minutes)"
  cargo install wasm-pack --version "$WASM_PACK_VERSION" --force
fi
# (The version is read into a variable first: with pipefail, `head` closing the pipe early made
# geckodriver's SIGPIPE look like a missing install, and it was rebuilt on every run.)
gecko_version=$(geckodriver --version 2>/dev/null | head -1 || true)
if [ "$mode" = full ] && ! grep -qE " ${GECKODRIVER_VERSION//./\\.}( |\$)" <<<"$gecko_version"; then
  log "installing geckodriver $GECKODRIVER_VERSION"
  cargo install geckodriver --version "$GECKODRIVER_VERSION" --force
fi

# 5. Node tools pinned in package-lock.json ("devDependencies", see above): to build, wasm-opt
#    (binaryen@132) and esbuild; to test, ESLint, playwright-core, axe-core, TypeScript, Vite,
#    React, Vue and the other frameworks the element is typed and tested in, Chart.js for the
#    benchmark. `npm ls` fails when one is missing (a checkout that gained one):
#    npm ci again.
if [ ! -x node_modules/.bin/wasm-opt ] || ! npm ls --depth=0 >/dev/null 2>&1; then
  log "installing node tools (npm ci)"
  npm ci --no-audit --no-fund --loglevel=error
fi

# 5b. For the tests: vue-tsc and the TypeScript it runs on, in their own package
#     (tests/types/vue-tsc/: vue-tsc needs typescript/lib/tsc, which the project's pinned native
#     TypeScript 7 does not ship), at its lock's versions; from npm's cache once installed.
if [ "$mode" = full ] && { [ ! -x tests/types/vue-tsc/node_modules/.bin/vue-tsc ] \
  || ! (cd tests/types/vue-tsc && npm ls --depth=0 >/dev/null 2>&1); }; then
  log "installing vue-tsc for the type tests (npm ci in tests/types/vue-tsc)"
  (cd tests/types/vue-tsc && npm ci --prefer-offline --no-audit --no-fund --loglevel=error)
fi

# 6. Only when asked (`scripts/setup.sh --nightly`): the nightly toolchain pinned in
#    scripts/nightly-toolchain.txt, with the standard library's source and the wasm target, for the
#    opt-in `scripts/build.sh --nightly`. The default build and every test use stable.
if [ "$nightly_wanted" = yes ]; then
  nightly=$(tr -d '[:space:]' < scripts/nightly-toolchain.txt)
  if ! rustup component list --toolchain "$nightly" --installed 2>/dev/null | grep -q '^rust-src' \
    || ! rustup target list --toolchain "$nightly" --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
    log "installing $nightly with rust-src and wasm32-unknown-unknown (for build.sh --nightly)"
    rustup toolchain install "$nightly" --profile minimal -c rust-src -t wasm32-unknown-unknown
  fi
fi

log "ready ($mode): $(wasm-pack --version), wasm-bindgen $(wasm-bindgen --version | awk '{print $2}'), $(node_modules/.bin/wasm-opt --version | head -1)"
