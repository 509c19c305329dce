#!/usr/bin/env bats
# hull build: each instruction's effect seen from run/inspect, the cache
# (a hit reruns nothing, a changed file misses from its COPY on), the
# context's ignore file, and bad Containerfiles refused with one line.
# RUN steps use --network none: no bridge is made on the host.

load helpers

setup() {
  setup_with_image
  CTX=$STORE/ctx
  mkdir -p "$CTX"
}

teardown() {
  teardown_store
}

build() {
  hull build --network none "$@"
}

# Only the error stream, where a failed build's one line goes.
build_errors() {
  hull build --network none "$@" 2>&1 >/dev/null
}

containerfile() {
  cat >"$CTX/Containerfile"
}

# Whether a RUN printed this line (step lines echo the instruction, so
# only a whole line counts).
ran() {
  printf '%s\n' "$output" | grep -qx -- "$1"
}

@test "build: RUN, COPY, ENV, WORKDIR, USER, CMD and the rest reach the image" {
  echo hello >"$CTX/a.txt"
  mkdir -p "$CTX/dir/sub"
  echo inner >"$CTX/dir/sub/f"
  containerfile <<'CF'
FROM localhost/busybox
ARG GREETING=hi
ENV WHO=world PHRASE="$GREETING there"
WORKDIR /app
COPY a.txt ./
COPY dir /app/tree/
RUN echo "$PHRASE $WHO" >/app/made && echo built-by-run
LABEL org.example.kind=test "second label"=two
EXPOSE 8080 53/udp
VOLUME /data
STOPSIGNAL SIGUSR1
USER 1000:1000
ENTRYPOINT ["/bin/sh", "-c"]
CMD ["cat /app/made"]
CF
  run build -t app "$CTX"
  assert_status 0
  [[ "$output" == *"STEP 1/14: FROM localhost/busybox"* ]]
  [[ "$output" == *"STEP 7/14: RUN echo"* ]]
  ran built-by-run
  [[ "$output" == *"COMMIT app"* ]]
  [[ "$output" == *"Successfully tagged localhost/app:latest"* ]]
  id=$(printf '%s\n' "$output" | tail -n 1)
  [[ "$id" =~ ^[0-9a-f]{64}$ ]]
  run hull images -q --no-trunc localhost/app
  [[ "$output" == *"sha256:$id"* ]]
  # The steps' images are listed with -a only, as Podman's.
  run hull images --format '{{.Repository}}'
  [ "$(printf '%s\n' "$output" | sort | tr '\n' ' ')" = "localhost/app localhost/busybox " ]
  run hull images -a --format '{{.Repository}}'
  [ "$(printf '%s\n' "$output" | grep -c '<none>')" -ge 10 ]

  run hull run --rm --network none app
  assert_status 0
  [ "$output" = "hi there world" ]
  run hull run --rm --network none --entrypoint cat app /app/a.txt
  [ "$output" = hello ]
  run hull run --rm --network none --entrypoint cat app /app/tree/sub/f
  [ "$output" = inner ]
  run hull run --rm --network none --entrypoint /bin/sh app -c 'id -u; pwd; stat -c %u /app/a.txt'
  [ "$output" = "$(printf '1000\n/app\n0')" ]

  run hull image inspect --format '{{json .Config}}' app
  [[ "$output" == *'"Env":['*'"WHO=world"'*'"PHRASE=hi there"'* ]]
  [[ "$output" == *'"WorkingDir":"/app"'* ]]
  [[ "$output" == *'"User":"1000:1000"'* ]]
  [[ "$output" == *'"Entrypoint":["/bin/sh","-c"]'* ]]
  [[ "$output" == *'"Cmd":["cat /app/made"]'* ]]
  [[ "$output" == *'"8080/tcp":{}'* ]]
  [[ "$output" == *'"53/udp":{}'* ]]
  [[ "$output" == *'"/data":{}'* ]]
  [[ "$output" == *'"StopSignal":"SIGUSR1"'* ]]
  [[ "$output" == *'"org.example.kind":"test"'* ]]
  [[ "$output" == *'"second label":"two"'* ]]
  # ARGs stay out of the image's environment.
  [[ "$output" != *GREETING* ]]
  # History as Podman writes it: the RUN's shell line with the ARGs it saw.
  run hull history --no-trunc --format '{{.CreatedBy}}' app
  [[ "$output" == *'|1 GREETING=hi /bin/sh -c echo "$PHRASE $WHO" >/app/made && echo built-by-run'* ]]
  [[ "$output" == *'/bin/sh -c #(nop) COPY file:'*' in ./ '* ]]
  [[ "$output" == *'/bin/sh -c #(nop) WORKDIR /app'* ]]
}

@test "build: a second build is all cache hits; a changed file misses from its COPY on" {
  echo one >"$CTX/data"
  containerfile <<'CF'
FROM localhost/busybox
RUN echo ran-first && touch /first
COPY data /data
RUN cat /data >/copy && echo ran-second
CF
  run build -t cached "$CTX"
  assert_status 0
  ran ran-first && ran ran-second
  first=$(printf '%s\n' "$output" | tail -n 1)

  # Touching without changing is still a hit: the key is the content.
  touch -d '2001-01-01' "$CTX/data"
  run build -t cached "$CTX"
  assert_status 0
  ! ran ran-first && ! ran ran-second
  [ "$(printf '%s\n' "$output" | grep -c -- '--> Using cache ')" -eq 3 ]
  [ "$(printf '%s\n' "$output" | tail -n 1)" = "$first" ]

  echo two >"$CTX/data"
  run build -t cached "$CTX"
  assert_status 0
  ! ran ran-first
  ran ran-second
  # The miss says why, in one line.
  printf '%s\n' "$output" | grep -qx -- '--> cache miss: /data changed'

  [ "$(printf '%s\n' "$output" | grep -c -- '--> Using cache ')" -eq 1 ]
  run hull run --rm --network none cached cat /copy
  [ "$output" = two ]

  # --no-cache runs everything again.
  run build --no-cache -t cached "$CTX"
  ran ran-first && ran ran-second
  [[ "$output" != *"Using cache"* ]]
}

@test "build: --build-arg reaches ARG; a changed value misses only where it is used" {
  containerfile <<'CF'
ARG BASE=localhost/busybox
FROM $BASE
RUN echo before-arg
ARG VERSION=1
RUN echo "version=$VERSION" >/version
ENV V=$VERSION
CF
  run build -t args "$CTX"
  assert_status 0
  run hull run --rm --network none args cat /version
  [ "$output" = version=1 ]
  run build --build-arg VERSION=2 -t args "$CTX"
  assert_status 0
  ! ran before-arg
  [[ "$output" == *"Using cache"* ]]
  run hull run --rm --network none args sh -c 'cat /version; echo $V'
  [ "$output" = "$(printf 'version=2\n2')" ]
  run build --build-arg UNUSED=x -t args "$CTX"
  [[ "$output" == *"build-args [UNUSED] were not consumed"* ]]
}

@test "build: stages by name and index, --target, COPY --from with --chown and --chmod" {
  containerfile <<'CF'
FROM localhost/busybox AS builder
RUN mkdir /out && echo artifact >/out/file && echo built-builder
FROM localhost/busybox AS unused
RUN echo built-unused
FROM scratch AS files
COPY --from=builder /out/file /only
FROM localhost/busybox
COPY --from=0 --chown=1234:55 --chmod=0750 /out/file /final/file
COPY --from=files /only /again
CF
  run build -t multi "$CTX"
  assert_status 0
  [[ "$output" == *"[1/4] STEP 1/2: FROM localhost/busybox AS builder"* ]]
  ran built-builder
  ! ran built-unused
  [[ "$output" == *"[4/4] COMMIT multi"* ]]
  run hull run --rm --network none multi stat -c '%u:%g %a' /final/file
  [ "$output" = "1234:55 750" ]
  run hull run --rm --network none multi cat /again
  [ "$output" = artifact ]

  run build --target unused -t partial "$CTX"
  assert_status 0
  ran built-unused
  run hull run --rm --network none partial cat /final/file
  [ "$status" -ne 0 ]
}

@test "build: the ignore file keeps files out of COPY; ! takes them back" {
  mkdir -p "$CTX/src" "$CTX/logs/deep"
  echo code >"$CTX/src/main.c"
  echo noise >"$CTX/src/main.o"
  echo log >"$CTX/logs/deep/x.log"
  echo keep >"$CTX/logs/keep.log"
  printf '**/*.o\nlogs\n!logs/keep.log\n' >"$CTX/.containerignore"
  containerfile <<'CF'
FROM localhost/busybox
COPY . /ctx/
CF
  run build -t ignored "$CTX"
  assert_status 0
  run hull run --rm --network none ignored find /ctx -type f
  assert_status 0
  [[ "$output" == *"/ctx/src/main.c"* ]]
  [[ "$output" == *"/ctx/logs/keep.log"* ]]
  [[ "$output" != *main.o* ]]
  [[ "$output" != *x.log* ]]
  # COPY --exclude leaves out what its patterns match below the destination.
  printf 'FROM localhost/busybox\nCOPY --exclude=*.o --exclude=logs src /src/\n' >"$CTX/Containerfile"
  rm "$CTX/.containerignore"
  mkdir -p "$CTX/src/logs"
  echo l >"$CTX/src/logs/l"
  run build -t excluded "$CTX"
  assert_status 0
  run hull run --rm --network none excluded find /src -type f
  [ "$output" = /src/main.c ]
  printf '**/*.o\nlogs\n!logs/keep.log\n' >"$CTX/.containerignore"
  # An ignored file named by COPY is not there to copy.
  printf 'FROM localhost/busybox\nCOPY src/main.o /x\n' >"$CTX/Containerfile"
  run build_errors -t ignored2 "$CTX"
  assert_status 125
  assert_one_error_line
}

@test "build: a COPY source outside the context is refused, through .. or a symlink" {
  echo secret >"$STORE/outside"
  ln -s "$STORE/outside" "$CTX/link"
  printf 'FROM localhost/busybox\nCOPY ../outside /x\n' >"$CTX/Containerfile"
  run build_errors -t escape "$CTX"
  assert_status 125
  assert_one_error_line
  [[ "$output" == *"outside the build context"* ]]
  printf 'FROM localhost/busybox\nCOPY link /x\n' >"$CTX/Containerfile"
  run build_errors -t escape "$CTX"
  assert_status 125
  assert_one_error_line
  [[ "$output" == *"outside the build context"* ]]
}

@test "build: heredocs for RUN and COPY, SHELL and the escape directive" {
  echo json-form >"$CTX/it's here.txt"
  containerfile <<'CF'
# escape=`
FROM localhost/busybox
ENV NAME=heredoc
COPY <<EOF /greeting
hello $NAME
EOF
COPY <<'RAW' /raw
left $NAME alone
RAW
COPY ["it's here.txt", "/quoted/"]
RUN <<EOF
echo first >/script-out
echo second >>/script-out
EOF
SHELL ["/bin/sh", "-ec"]
RUN echo joined `
    words >/joined
CF
  run build -t docs "$CTX"
  assert_status 0
  run hull run --rm --network none docs cat /greeting /raw /script-out /joined "/quoted/it's here.txt"
  [ "$output" = "$(printf 'hello heredoc\nleft $NAME alone\nfirst\nsecond\njoined words\njson-form')" ]
}

@test "build: Containerfile from stdin, -f, --iidfile, --label, -q, image build, buildx build" {
  printf 'FROM localhost/busybox\nRUN echo quiet-run\nLABEL a=b\n' >"$STORE/other.Containerfile"
  # --rm, --force-rm and --ulimit as scripts pass them to docker/podman build.
  run build -q --rm --force-rm --ulimit nofile=1024:1024 -f "$STORE/other.Containerfile" --iidfile "$STORE/iid" --label extra=yes -t fromfile "$CTX"
  assert_status 0
  id=$(printf '%s\n' "$output" | tail -n 1)
  [[ "$output" != *"STEP "* ]]
  [ "$(cat "$STORE/iid")" = "sha256:$id" ]
  run hull image inspect --format '{{index .Config.Labels "extra"}} {{index .Config.Labels "a"}}' fromfile
  [ "$output" = "yes b" ]

  run build -t piped - <"$STORE/other.Containerfile"
  assert_status 0
  run hull image inspect --format '{{index .Config.Labels "a"}}' piped
  [ "$output" = b ]
  run build -f - -t piped2 "$CTX" <"$STORE/other.Containerfile"
  assert_status 0
  # A whole context as a tar archive on stdin, its Containerfile inside.
  echo in-tar >"$CTX/file"
  printf 'FROM localhost/busybox\nCOPY file /from-tar\n' >"$CTX/Containerfile"
  tar -C "$CTX" -czf "$STORE/context.tgz" .
  run build -q -t fromtar - <"$STORE/context.tgz"
  assert_status 0
  run hull run --rm --network none fromtar cat /from-tar
  [ "$output" = in-tar ]
  [ -z "$(ls "$HULL_ROOT_DIR/tmp")" ]
  run hull image build --network none -q -t viaimage - <"$STORE/other.Containerfile"
  assert_status 0
  run hull buildx build --network none -q -t viabuildx - <"$STORE/other.Containerfile"
  assert_status 0
  run hull builder build --network none -q -t viabuilder - <"$STORE/other.Containerfile"
  assert_status 0
  run hull images --format '{{.Repository}}'
  [[ "$output" == *localhost/viaimage* && "$output" == *localhost/viabuildx* && "$output" == *localhost/viabuilder* ]]
  # builder prune (an image prune, as Podman's) takes the steps' images.
  before=$(hull images -a -q | wc -l)
  run hull builder prune -f
  assert_status 0
  [ "$(hull images -a -q | wc -l)" -lt "$before" ]
  run hull run --rm --network none viabuilder true
  assert_status 0
}

@test "build: a failing RUN stops the build with its exit code; nothing is tagged or left" {
  containerfile <<'CF'
FROM localhost/busybox
RUN echo partial >/p
RUN exit 7
RUN echo nev''er
CF
  run build -t failed "$CTX"
  assert_status 7
  ! ran never
  run build_errors -t failed "$CTX"
  assert_status 7
  assert_one_error_line
  [ "$output" = 'Error: building at STEP "RUN exit 7": while running runtime: exit status 7' ]
  run hull images --format '{{.Repository}}'
  [[ "$output" != *failed* ]]
  run hull ps -a -q
  [ -z "$output" ]
  [ -z "$(ls "$HULL_ROOT_DIR/tmp")" ]
}

@test "build: bad Containerfiles get one Error line naming file and line, exit 125, no image" {
  before=$(hull images -a -q | wc -l)
  check() {
    printf "$1" >"$CTX/Containerfile"
    run build_errors --pull never -t bad "$CTX"
    assert_status 125
    assert_one_error_line
    [[ "$output" == *"$2"* ]] || { echo "want: $2" >&2; echo "$output" >&2; return 1; }
  }
  check 'FROM localhost/busybox\n\nFOO bar\n' 'Error: Containerfile:3: unknown instruction: FOO'
  check 'RUN echo no-from\n' 'Error: Containerfile:1: no FROM before RUN'
  check 'FROM localhost/busybox\nRUN <<EOF\necho\n' 'Containerfile:2: unterminated heredoc'
  check 'FROM localhost/busybox\nENV A="unclosed\n' 'Containerfile:2: unexpected end of statement'
  check 'FROM localhost/busybox\nCOPY missing /x\n' 'building at STEP "COPY missing /x"'
  check 'FROM localhost/busybox\nCOPY --from=nostage /a /b\n' 'nostage'
  check 'FROM localhost/busybox AS a\nFROM localhost/busybox AS a\n' 'Containerfile:2: duplicate name for build stage'
  check 'FROM localhost/busybox\nSHELL /bin/bash\n' 'Containerfile:2: SHELL requires the arguments to be in JSON form'
  check 'ARG UNSET\nFROM ${UNSET}\n' 'Containerfile:2: base name (${UNSET}) should not be blank'
  printf 'FROM localhost/busybox\n' >"$CTX/Containerfile"
  run build_errors --target nosuch -t bad "$CTX"
  assert_status 125
  assert_one_error_line
  run build_errors --platform linux/s390x -t bad "$CTX"
  assert_status 125
  assert_one_error_line
  run hull images --format '{{.Repository}}'
  [[ "$output" != *bad* ]]
  [ "$(hull images -a -q | wc -l)" -eq "$before" ]
  [ -z "$(ls "$HULL_ROOT_DIR/tmp")" ]
}

@test "build: ADD unpacks a local tar (by content) and downloads a URL without unpacking it" {
  mkdir -p "$STORE/tree/pkg"
  echo packed >"$STORE/tree/pkg/file"
  tar -C "$STORE/tree" -czf "$CTX/bundle.bin" pkg
  echo plain >"$CTX/plain.txt"
  echo served >"$STORE/served.txt"
  # A loopback HTTP server of the test's own, stopped by its PID.
  python3 -c '
import http.server, os, sys, functools
handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=sys.argv[1])
server = http.server.HTTPServer(("127.0.0.1", 0), handler)
print(server.server_address[1], flush=True)
server.serve_forever()' "$STORE" >"$STORE/port" 2>/dev/null &
  server=$!
  for _ in $(seq 50); do [ -s "$STORE/port" ] && break; sleep 0.1; done
  port=$(cat "$STORE/port")
  cat >"$CTX/Containerfile" <<CF
FROM localhost/busybox
ADD bundle.bin /opt/
ADD plain.txt /plain
ADD http://127.0.0.1:$port/served.txt /downloads/
CF
  run build -t added "$CTX"
  kill "$server"; wait "$server" 2>/dev/null || true
  assert_status 0
  run hull run --rm --network none added sh -c 'cat /opt/pkg/file /plain /downloads/served.txt; stat -c %a /downloads/served.txt'
  [ "$output" = "$(printf 'packed\nplain\nserved\n600')" ]
}

@test "build: RUN --mount of the context, of another stage, a cache kept between builds, a tmpfs and a secret; none in the layer" {
  mkdir -p "$CTX/conf"
  echo from-context >"$CTX/conf/setting"
  echo s3cr3t >"$STORE/token"
  containerfile <<'CF'
FROM localhost/busybox
RUN --mount=type=bind,source=conf,target=/mnt/conf cat /mnt/conf/setting >/setting
RUN --mount=type=cache,target=/var/cache/app echo run >>/var/cache/app/log && wc -l </var/cache/app/log >/cache-count
RUN --mount=type=tmpfs,target=/scratch touch /scratch/x && grep -q ' /scratch tmpfs' /proc/mounts && echo tmpfs-ok >/tmpfs
RUN --mount=type=secret,id=token cat /run/secrets/token | wc -c >/secret-length
FROM localhost/busybox
RUN mkdir /out && echo built-elsewhere >/out/artifact
FROM 0
RUN --mount=type=bind,from=1,source=/out,target=/mnt/out cp /mnt/out/artifact /artifact
CF
  run build --secret id=token,src="$STORE/token" -t mounted "$CTX"
  assert_status 0
  run hull run --rm --network none mounted sh -c 'cat /setting /cache-count /tmpfs /secret-length /artifact; ls /mnt /var/cache /scratch /run/secrets 2>&1 | grep -c "No such file"'
  [ "$output" = "$(printf 'from-context\n1\ntmpfs-ok\n7\nbuilt-elsewhere\n4')" ]
  # The cache mount outlives the build: a rebuild of its step sees the first run's line.
  run build --no-cache --secret id=token,src="$STORE/token" -t mounted "$CTX"
  assert_status 0
  run hull run --rm --network none mounted cat /cache-count
  [ "$output" = 2 ]
  # A changed file under a bind mount misses the cache of its step.
  echo changed >"$CTX/conf/setting"
  run build --secret id=token,src="$STORE/token" -t mounted "$CTX"
  run hull run --rm --network none mounted cat /setting
  [ "$output" = changed ]
  [ -z "$(ls "$HULL_ROOT_DIR/tmp")" ]
}

@test "build: --squash-all makes one layer, --squash one on the base; --layers=false keeps only the final image" {
  containerfile <<'CF'
FROM localhost/busybox
RUN echo one >/one && rm /bin/true
RUN echo two >/two
CMD ["cat", "/one", "/two"]
CF
  run build --squash-all -t squashed "$CTX"
  assert_status 0
  run hull image inspect --format '{{len .RootFS.Layers}}' squashed
  [ "$output" = 1 ]
  run hull run --rm --network none squashed
  [ "$output" = "$(printf 'one\ntwo')" ]
  run hull run --rm --network none squashed ls /bin/true
  [ "$status" -ne 0 ]
  # --squash keeps busybox's layer: the build's two become one on it, the
  # deleted /bin/true carried as a whiteout.
  run build --squash -t squashed-new "$CTX"
  assert_status 0
  run hull image inspect --format '{{len .RootFS.Layers}}' squashed-new
  [ "$output" = 2 ]
  run hull run --rm --network none squashed-new
  [ "$output" = "$(printf 'one\ntwo')" ]
  run hull run --rm --network none squashed-new ls /bin/true
  [ "$status" -ne 0 ]
  run hull run --rm --network none squashed-new ls /bin/false
  assert_status 0

  before=$(hull images -a -q | wc -l)
  printf 'FROM localhost/busybox\nRUN echo x >/x\nENV A=1\nRUN echo y >/y\n' >"$CTX/Containerfile"
  run build --layers=false -t nolayers "$CTX"
  assert_status 0
  [[ "$output" != *"Using cache"* ]]
  [ "$(hull images -a -q | wc -l)" -eq $((before + 1)) ]
  run hull run --rm --network none nolayers cat /x /y
  [ "$output" = "$(printf 'x\ny')" ]
}

@test "build: a build killed mid-RUN leaves a container the next build removes; finished steps are reused" {
  containerfile <<'CF'
FROM localhost/busybox
RUN echo done-before >/before
RUN sleep 600
CF
  # hull itself in the background (not a function's subshell): $! is its PID.
  "$HULL_BIN" --root "$HULL_ROOT_DIR" --runroot "$HULL_RUN_DIR" build --network none -t killed "$CTX" >/dev/null 2>&1 &
  pid=$!
  # Until the second RUN's container exists.
  for _ in $(seq 300); do
    [ "$(hull ps -a -q | wc -l)" -ge 1 ] && hull ps -a --format '{{.Command}}' | grep -q sleep && break
    sleep 0.1
  done
  kill -KILL "$pid"
  wait "$pid" || true
  [ "$(hull ps -a -q | wc -l)" -eq 1 ]
  printf 'FROM localhost/busybox\nRUN echo done-before >/before\nRUN echo other\n' >"$CTX/Containerfile"
  run build -t killed "$CTX"
  assert_status 0
  [ "$(printf '%s\n' "$output" | grep -c -- '--> Using cache ')" -eq 1 ]
  run hull ps -a -q
  [ -z "$output" ]
  [ -z "$(ls "$HULL_ROOT_DIR/tmp")" ]
}
