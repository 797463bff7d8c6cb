#!/usr/bin/env bash
# All tests: the Rust workspace, then the dashboard in a real browser.
# Needs MARSAD_GAZETTEER (default ../shared/gazetteer), Debian's chromium and
# `npm ci` done in tests/e2e (the CI script does both).
set -euo pipefail
cd "$(dirname "$0")/.."
export MARSAD_GAZETTEER="${MARSAD_GAZETTEER:-$(cd .. && pwd)/shared/gazetteer}"
cargo test --workspace --locked
cargo build --locked -p marsad
target_dir="${CARGO_TARGET_DIR:-$PWD/target}"
(cd tests/e2e && MARSAD_BIN="$target_dir/debug/marsad" node --test --test-concurrency=1)
