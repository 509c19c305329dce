#!/usr/bin/env bats
# Concurrency and the small hangs: many removers of one container, removal
# racing creation, wait on a never-started container, one new volume at two
# paths. Each prints what it tried, so a reader sees the counts.

load helpers

setup() { setup_with_image; }
teardown() { teardown_store; }

lock_files() { find "$HULL_RUN_DIR/containers" -maxdepth 1 -name '*.lock' 2>/dev/null | wc -l; }

@test "20 parallel rm -f of one container, 20 rounds: no failed call, exactly one prints the name, no lock file left" {
  failed=0 reports=0
  for round in $(seq 20); do
    hull run -d --name victim localhost/busybox sleep 100 >/dev/null
    out=$STORE/round$round
    mkdir -p "$out"
    for i in $(seq 20); do
      ( hull rm -f victim >"$out/$i.out" 2>"$out/$i.err"; echo $? >"$out/$i.rc" ) &
    done
    wait
    for i in $(seq 20); do
      [ "$(cat "$out/$i.rc")" = 0 ] || { failed=$((failed + 1)); cat "$out/$i.err"; }
      [ -s "$out/$i.out" ] && reports=$((reports + 1))
    done
    [ "$reports" -eq "$round" ] || { echo "round $round: $((reports - round + 1)) callers printed the name"; false; }
  done
  leaked=$(lock_files)
  echo "rounds=20 calls=400 failed=$failed reported=$reports leaked_locks=$leaked"
  [ "$failed" -eq 0 ]
  [ "$leaked" -eq 0 ]
  run hull ps -aq
  [ -z "$output" ]
}

@test "rm -af racing run -d: every rm succeeds and no lock file outlives its container" {
  rm_failed=0 run_failed=0
  for round in $(seq 5); do
    runs=() removers=()
    for i in $(seq 6); do hull run -d localhost/busybox sleep 100 >/dev/null 2>"$STORE/run$round.$i.err" & runs+=($!); done
    for i in $(seq 3); do hull rm -af >/dev/null 2>"$STORE/rm$round.$i.err" & removers+=($!); done
    for p in "${removers[@]}"; do wait "$p" || rm_failed=$((rm_failed + 1)); done
    # A run whose container an rm -af removed while it started may fail
    # (with an error line); it must not hang or leave anything behind.
    for p in "${runs[@]}"; do wait "$p" || run_failed=$((run_failed + 1)); done
  done
  cat "$STORE"/rm*.err
  hull rm -af >/dev/null
  leaked=$(lock_files)
  echo "rounds=5 runs=30 removers=15 rm_failed=$rm_failed run_failed=$run_failed leaked_locks=$leaked"
  [ "$rm_failed" -eq 0 ]
  [ "$leaked" -eq 0 ]
  run hull ps -aq
  [ -z "$output" ]
  assert_no_mounts
}

@test "rm of a container another process removed: -f and --ignore are silent, plain rm exits 1" {
  id=$(hull create localhost/busybox true)
  hull rm "$id" >/dev/null
  run hull rm -f "$id"
  assert_status 0
  [ -z "$output" ]
  run hull rm "$id"
  assert_status 1
}

@test "wait on a created, never-started container prints 0 at once" {
  hull create --name fresh localhost/busybox true >/dev/null
  run timeout 10 "$HULL_BIN" --root "$HULL_ROOT_DIR" --runroot "$HULL_RUN_DIR" wait fresh
  assert_status 0
  [ "$output" = 0 ]
}

@test "one new volume at two paths is created once and seen at both" {
  run timeout 20 "$HULL_BIN" --root "$HULL_ROOT_DIR" --runroot "$HULL_RUN_DIR" run --rm -v newvol:/a -v newvol:/b \
    localhost/busybox sh -c 'echo hi >/a/f; cat /b/f'
  assert_status 0
  [ "$output" = hi ]
  run hull volume ls -q
  [ "$output" = newvol ]
}
