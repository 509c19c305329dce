#!/usr/bin/env bash
# Runs the unit tests, the system suite, the VM suite and the differential
# cases against podman, then prints the one line CI
# reads: "N passed, N failed". Exits non-zero when anything failed.
set -uo pipefail
cd "$(dirname "$0")/.."
HULL_BIN=$(realpath "${1:-.build/release/hull}")
export HULL_BIN
logs=$(mktemp -d)
trap 'rm -rf "$logs"' EXIT

passed=0 failed=0
# What the checkout holds before the run: a test that leaves files behind in
# it is a failure (runtime state and unpacked layers belong in temp dirs).
checkout_before=$(git status --porcelain --untracked-files=all 2>/dev/null | sort)

echo "== swift test"
swift test 2>&1 | tee "$logs/unit.log"
unit_status=${PIPESTATUS[0]}
# XCTest: "Executed 42 tests, with 1 failure"; Swift Testing: "Test run with 3 tests ... passed/failed".
read -r xc_total xc_failed < <(grep -E "^[[:space:]]*Executed [0-9]+ tests?, with [0-9]+ failures?" "$logs/unit.log" | tail -1 |
  sed -E 's/.*Executed ([0-9]+) tests?, with ([0-9]+) failures?.*/\1 \2/')
xc_total=${xc_total:-0} xc_failed=${xc_failed:-0}
passed=$((passed + xc_total - xc_failed))
failed=$((failed + xc_failed))
if [ "$unit_status" -ne 0 ] && [ "$xc_failed" -eq 0 ]; then
  echo "swift test exited $unit_status without a failed test (build failure?)"
  failed=$((failed + 1))
fi

echo "== bats Tests/system"
bats --tap Tests/system 2>&1 | tee "$logs/bats.log"
bats_status=${PIPESTATUS[0]}
bats_ok=$(grep -cE "^ok [0-9]+" "$logs/bats.log")
bats_not=$(grep -cE "^not ok [0-9]+" "$logs/bats.log")
passed=$((passed + bats_ok))
failed=$((failed + bats_not))
if [ "$bats_status" -ne 0 ] && [ "$bats_not" -eq 0 ]; then
  echo "bats exited $bats_status without a failed test"
  failed=$((failed + 1))
fi

# The pure cgroup v2 suite, in a VM (Tests/vm): these hosts are hybrid.
echo "== vm Tests/vm"
bash Tests/vm/run.sh "$HULL_BIN" 2>&1 | tee "$logs/vm.log"
vm_status=${PIPESTATUS[0]}
read -r vm_ok vm_not < <(sed -n 's/^vm: \([0-9]*\) ok, \([0-9]*\) not ok$/\1 \2/p' "$logs/vm.log" | tail -1)
vm_ok=${vm_ok:-0} vm_not=${vm_not:-0}
passed=$((passed + vm_ok))
failed=$((failed + vm_not))
if [ "$vm_status" -ne 0 ] && [ "$vm_not" -eq 0 ]; then
  echo "the VM suite exited $vm_status without a failed case (its build or boot failed?)"
  failed=$((failed + 1))
fi

# The same command lines against podman and hull (Tests/differential):
# agreeing and deliberately different cases pass, differing ones fail, and a
# podman that cannot be run is a failure, not a skip.
echo "== differential Tests/differential"
bash Tests/differential/run.sh "$HULL_BIN" 2>&1 | tee "$logs/differential.log"
diff_status=${PIPESTATUS[0]}
read -r diff_agree diff_differ diff_deliberate < <(sed -n 's/^differential: \([0-9]*\) agree, \([0-9]*\) differ, \([0-9]*\) deliberate$/\1 \2 \3/p' "$logs/differential.log" | tail -1)
diff_agree=${diff_agree:-0} diff_differ=${diff_differ:-0} diff_deliberate=${diff_deliberate:-0}
passed=$((passed + diff_agree + diff_deliberate))
failed=$((failed + diff_differ))
if [ "$diff_status" -ne 0 ] && [ "$diff_differ" -eq 0 ]; then
  echo "the differential run exited $diff_status without a differing case (podman could not run?)"
  failed=$((failed + 1))
fi

echo "== the checkout after the run"
checkout_after=$(git status --porcelain --untracked-files=all 2>/dev/null | sort)
left=$(comm -13 <(echo "$checkout_before") <(echo "$checkout_after"))
if [ -n "$left" ]; then
  echo "not ok: the test run left these in the checkout:"; echo "$left"
  failed=$((failed + 1))
else
  echo "ok: the test run left the checkout as it found it"
  passed=$((passed + 1))
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
