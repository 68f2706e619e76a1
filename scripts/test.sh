#!/usr/bin/env bash
# Quick start 2 (`npm test`): install what is missing (scripts/setup.sh: the browsers, drivers and
# fonts too), then run every test tier:
#   0. JavaScript lint: ESLint over www/, tests/e2e/, scripts/ and bench/ (eslint.config.mjs)
#   1. native: formatting, lints, unit tests, dataset integrity, SVG goldens (cargo test), and the
#      test-only fourth chart that proves the chart registry (--features test-chart)
#   2. browser: the wasm API in real canvases, headless Chromium and Firefox (wasm-pack test)
#   3. page: the build's deploy (target/site/: article page, custom element, iframe) end to end in
#      headless Chromium (node --test), after the dev tools' own tests (tests/tools/: the build
#      stage's outputs, the renamed wasm instantiated against its renamed glue, the dev server's
#      path checks and headers, the PNGs from the registry) and the published TypeScript types
#      (tests/types/: tsc --strict over an example using the built .d.ts files, and over React,
#      Preact, Solid and Svelte templates; vue-tsc over a Vue component); a second build
#      with a test-only forceTrap() export (target/site-test-trap, target/dist-test-trap) serves
#      the recovery tests and stands for the older build in the rolling-deploy test; the npm
#      package (tests/package/: packed, installed offline into a new project, bundled with esbuild,
#      Vite and webpack, drawn in Chromium); the package in the frameworks (tests/frameworks/: a
#      React 19 app rendered on the server and hydrated, a Vue 3 app built by Vite, in Chromium)
# Then checks that the run left nothing new in the working tree (builds write only target/ and
# dist/, which git ignores).
# Ends with one line "N passed, N failed" counting tests over all tiers; exits non-zero if any
# step failed.
set -uo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh || exit 1
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
# Each browser step gets only its own driver: with both CHROMEDRIVER and GECKODRIVER set,
# wasm-bindgen-test-runner picks geckodriver even under --chrome (so Chromium would never run).
# The browser tests include long synchronous runs (3,000 hostile calls of each kind) in a debug
# build: give the runner more than its default 20 s on a loaded 2-core machine.
export WASM_BINDGEN_TEST_TIMEOUT=300
chrome=(env -u GECKODRIVER CHROMEDRIVER=/usr/bin/chromedriver)
firefox=(env -u CHROMEDRIVER GECKODRIVER="$HOME/.cargo/bin/geckodriver")

log=$(mktemp); trap 'rm -f "$log"' EXIT
tree_before=$(git status --porcelain --untracked-files=all 2>/dev/null || true)
passed=0; failed=0; broken=()
run() {
  local name=$1; shift
  printf '\n=== %s: %s\n' "$name" "$*"
  "$@" 2>&1 | tee "$log"
  local status=${PIPESTATUS[0]}
  # Count tests from cargo/wasm-bindgen ("test result: ok. N passed; M failed") and node ("# pass N").
  local p f
  p=$(grep -hoE '([0-9]+) passed;|^# pass [0-9]+' "$log" | grep -oE '[0-9]+' | awk '{s+=$1} END {print s+0}')
  f=$(grep -hoE '([0-9]+) failed;|^# fail [0-9]+' "$log" | grep -oE '[0-9]+' | awk '{s+=$1} END {print s+0}')
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
  if [ "$status" -ne 0 ]; then
    broken+=("$name")
    [ "${f:-0}" -gt 0 ] || failed=$((failed + 1))   # a step that failed without failing a test
  fi
}

run "JS lint (eslint)"  eslint --max-warnings=0
run "rustfmt"           cargo fmt --check
run "clippy (native)"   cargo clippy --quiet --all-targets --features test-chart -- -D warnings
run "clippy (wasm32)"   cargo clippy --quiet --target wasm32-unknown-unknown --all-targets --features test-chart -- -D warnings
run "native tests"      cargo test
run "fourth chart"      cargo test --features test-chart --test fourth_chart
run "browser: chromium" "${chrome[@]}" wasm-pack test --headless --chrome -- --test browser
run "browser: firefox"  "${firefox[@]}" wasm-pack test --headless --firefox -- --test browser
run "fourth chart: chromium" "${chrome[@]}" wasm-pack test --headless --chrome -- --features test-chart --test browser_fourth_chart
run "fourth chart: firefox"  "${firefox[@]}" wasm-pack test --headless --firefox -- --features test-chart --test browser_fourth_chart
# Build A of the deploy test and the recovery tests' build: the wasm with its test-only
# forceTrap() export (cargo feature test-trap). Then the release build.
run "release build (test-trap)" scripts/build.sh --features test-trap --site target/site-test-trap --dist target/dist-test-trap
run "release build"     scripts/build.sh
run "types (tsc)"       node --test tests/types/
run "dev tools"         node --test tests/tools/
run "npm package"       node --test tests/package/
run "frameworks"        node --test --test-concurrency=1 tests/frameworks/
run "page e2e"          node --test --test-concurrency=1 tests/e2e/

# Nothing a build or a test writes may land in the sources.
tree_after=$(git status --porcelain --untracked-files=all 2>/dev/null || true)
run "working tree unchanged" bash -c '[ "$1" = "$2" ] || { echo "the run changed the working tree:"; diff <(echo "$1") <(echo "$2"); exit 1; }' _ "$tree_before" "$tree_after"

printf '\nfailed steps: %s\n' "${broken[*]:-none}"
printf '%d passed, %d failed\n' "$passed" "$failed"
[ "${#broken[@]}" -eq 0 ]
