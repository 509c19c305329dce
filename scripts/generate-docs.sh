#!/usr/bin/env bash
# Generates man pages and shell completions from hull's command tree.
# usage: generate-docs.sh HULL_BINARY MAN_DIR COMPLETIONS_DIR
set -euo pipefail
cd "$(dirname "$0")/.."
hull=$(realpath "$1")
man_dir=$2
completions_dir=$3
# A fixed date keeps the pages byte-identical between runs, so a test can
# tell when the checked-in pages are stale.
date=2026-12-08

python3 scripts/generate-man.py "$hull" scripts/man-pages.txt "$man_dir" "$date"
mkdir -p "$completions_dir"
"$hull" --generate-completion-script bash >"$completions_dir/hull.bash"
"$hull" --generate-completion-script zsh >"$completions_dir/_hull"
"$hull" --generate-completion-script fish >"$completions_dir/hull.fish"
