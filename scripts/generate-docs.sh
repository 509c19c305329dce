#!/usr/bin/env bash
# Generates man pages and shell completions from hull's command tree.
# usage: generate-docs.sh HULL_BINARY MAN_DIR COMPLETIONS_DIR
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH=/opt/swift/usr/bin:$PATH
hull=$(realpath "$1")
man_dir=$2
completions_dir=$3
# A fixed date keeps the pages byte-identical between runs, so a test can
# tell when the checked-in pages are stale.
date=2026-11-22

swift build -c release --product generate-manual >/dev/null
generator=$(swift build -c release --show-bin-path)/generate-manual

mkdir -p "$man_dir" "$completions_dir"
rm -f "$man_dir"/*.1
"$generator" "$hull" --multi-page --date "$date" --output-directory "$man_dir" >/dev/null
"$hull" --generate-completion-script bash >"$completions_dir/hull.bash"
"$hull" --generate-completion-script zsh >"$completions_dir/_hull"
"$hull" --generate-completion-script fish >"$completions_dir/hull.fish"
