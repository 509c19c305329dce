#!/usr/bin/env bats
# hull compose: compose files read as docker compose reads them, a project
# brought up and down through the engine, only changed services recreated.
# Networks are bridges of this test's own (driver_opts names them).

load helpers

setup() {
  setup_with_image
  printf '[containers]\nnetns = "bridge"\n[network]\ndefault_network = "hull"\ndefault_bridge = "%s"\n' \
    "$(test_bridge_name 0)" >"$HULL_CONF"
  # Below the kernel's ephemeral range, as 60-network.bats picks ports.
  export WEB_PORT=$((20000 + RANDOM % 12000))
  PROJECT_DIR="$STORE/shop"
  mkdir -p "$PROJECT_DIR"
  cd "$PROJECT_DIR"
}

teardown() {
  cd /
  teardown_store
}

# A web server and a client that depends on it, on the project network.
write_app() {
  cat >compose.yaml <<YAML
services:
  web:
    image: busybox
    command: sh -c 'mkdir -p /www && echo hello-from-web >/www/index.html && exec httpd -f -p 80 -h /www'
    ports: ["127.0.0.1:\${WEB_PORT:-0}:80"]
    environment:
      MESSAGE: \${MESSAGE:-first}
  tool:
    image: busybox
    command: sleep 1000
    depends_on: [web]
    volumes: ["cache:/cache"]
networks:
  default:
    driver_opts:
      com.docker.network.bridge.name: $(test_bridge_name 1)
volumes:
  cache: {}
YAML
}

container_id() {
  hull inspect --format '{{.Id}}' "$1"
}

@test "compose up -d makes the network, volume and labelled containers; services reach each other by name; down removes them" {
  write_app
  local i
  run hull compose up -d
  assert_status 0
  [[ "$output" == *"Network shop_default  Created"* ]]
  [[ "$output" == *"Container shop-web-1  Started"* ]]
  # depends_on order: web starts before tool.
  [[ "$output" == *"shop-web-1  Started"*"shop-tool-1  Started"* ]]
  [ "$(hull inspect --format '{{.State.Status}}' shop-web-1)" = running ]
  # The published port reaches the server from the host.
  run hull compose port web 80
  assert_status 0
  [ "$output" = "127.0.0.1:$WEB_PORT" ]
  for i in $(seq 1 50); do
    curl -sS -m 2 "http://127.0.0.1:$WEB_PORT/" >/dev/null 2>&1 && break
    sleep 0.1
  done
  [ "$(curl -sS -m 2 "http://127.0.0.1:$WEB_PORT/")" = hello-from-web ]
  [ "$(hull inspect --format '{{index .Config.Labels "com.docker.compose.project"}}' shop-tool-1)" = shop ]
  [ "$(hull inspect --format '{{index .Config.Labels "com.docker.compose.service"}}' shop-tool-1)" = tool ]
  [ "$(hull inspect --format '{{index .Config.Labels "com.docker.compose.container-number"}}' shop-tool-1)" = 1 ]
  [ -n "$(hull inspect --format '{{index .Config.Labels "com.docker.compose.config-hash"}}' shop-tool-1)" ]
  hull network exists shop_default
  hull volume exists shop_cache
  for i in $(seq 1 50); do
    run hull exec shop-tool-1 wget -qO- http://web/
    [ "$status" -eq 0 ] && break
    sleep 0.1
  done
  assert_status 0
  [ "$output" = hello-from-web ]
  run hull compose ps --services
  [ "$output" = $'tool\nweb' ]

  run hull compose down
  assert_status 0
  [ -z "$(hull ps -aq)" ]
  ! hull network exists shop_default
  # Without -v the named volume stays; with -v it goes.
  hull volume exists shop_cache
  run hull compose down -v
  assert_status 0
  ! hull volume exists shop_cache
  ! ip link show "$(test_bridge_name 1)" 2>/dev/null
}

@test "compose up again with nothing changed touches nothing; an edited service alone is recreated" {
  write_app
  hull compose up -d 2>/dev/null
  web=$(container_id shop-web-1)
  tool=$(container_id shop-tool-1)
  run hull compose up -d
  assert_status 0
  [[ "$output" == *"Container shop-web-1  Running"* ]]
  [[ "$output" == *"Container shop-tool-1  Running"* ]]
  [[ "$output" != *Created* ]]
  [ "$(container_id shop-web-1)" = "$web" ]
  [ "$(container_id shop-tool-1)" = "$tool" ]

  # Only web's configuration depends on MESSAGE.
  MESSAGE=second run hull compose up -d
  assert_status 0
  [[ "$output" == *"Container shop-web-1  Recreate"* ]]
  [[ "$output" == *"Container shop-tool-1  Running"* ]]
  [ "$(container_id shop-web-1)" != "$web" ]
  [ "$(container_id shop-tool-1)" = "$tool" ]
  run hull exec shop-web-1 sh -c 'echo $MESSAGE'
  [ "$output" = second ]
  # The untouched client still finds the recreated server by name.
  local i
  for i in $(seq 1 50); do
    run hull exec shop-tool-1 wget -qO- http://web/
    [ "$status" -eq 0 ] && break
    sleep 0.1
  done
  [ "$output" = hello-from-web ]
  hull compose down -v 2>/dev/null
}

@test "compose stop and start act on the project's containers" {
  write_app
  hull compose up -d 2>/dev/null
  run hull compose stop -t 1
  assert_status 0
  [ "$(hull inspect --format '{{.State.Status}}' shop-web-1)" = exited ]
  run hull compose start
  assert_status 0
  [ "$(hull inspect --format '{{.State.Status}}' shop-web-1)" = running ]
  hull compose down -v 2>/dev/null
}

@test "a bad compose file is one Error line naming file and key, exit 125, and nothing is created" {
  write_app
  # A third service, whose second port is malformed, before the others.
  sed -i 's/^services:$/services:\n  broken:\n    image: busybox\n    ports: ["8080:80", "80:80:80"]/' compose.yaml
  run hull compose up -d
  assert_status 125
  assert_one_error_line
  [ "$output" = 'Error: compose.yaml: services.broken.ports[1]: invalid port "80:80:80"' ]
  [ -z "$(hull ps -aq)" ]
  ! hull network exists shop_default
  ! hull volume exists shop_cache

  printf 'services:\n  web:\n    image: busybox\n    restart_policy: always\n' >compose.yaml
  run hull compose config
  assert_status 125
  assert_one_error_line
  [ "$output" = 'Error: compose.yaml: services.web.restart_policy: additional property restart_policy is not allowed' ]

  printf 'services:\n  web:\n    image: ${IMAGE:?set IMAGE to the image}\n' >compose.yaml
  run hull compose config
  assert_status 125
  [ "$output" = 'Error: compose.yaml: services.web.image: required variable IMAGE is missing a value: set IMAGE to the image' ]

  printf 'services:\n  a:\n    image: busybox\n    depends_on: [b]\n  b:\n    image: busybox\n    depends_on: [a]\n' >compose.yaml
  run hull compose up -d
  assert_status 125
  [ "$output" = 'Error: compose.yaml: services.a.depends_on: dependency cycle: a -> b -> a' ]
  [ -z "$(hull ps -aq)" ]
}

@test "compose config prints the merged, interpolated model; options may precede the verb" {
  cat >base.yaml <<'YAML'
name: ${NAME:-store}
services:
  web:
    image: "busybox:${TAG-latest}"
    ports: ["8080:80"]
    environment: [A=1, B=2]
  debug:
    image: busybox
    profiles: [debug]
YAML
  cat >prod.yaml <<'YAML'
services:
  web:
    environment:
      B: "3"
    ports: !override ["9090:80"]
YAML
  printf 'TAG=1.36\n' >.env
  run hull compose -f base.yaml -f prod.yaml config
  assert_status 0
  [[ "$output" == "name: store"* ]]
  [[ "$output" == *"image: busybox:1.36"* ]]
  [[ "$output" == *$'      A: "1"\n      B: "3"'* ]]
  [[ "$output" == *'published: "9090"'* ]]
  # Long syntax, list items one level in, as docker compose config prints them.
  [[ "$output" == *$'    ports:\n      - mode: ingress\n        target: 80\n'* ]]
  [[ "$output" != *'"8080"'* ]]
  [[ "$output" != *debug* ]]
  run hull compose -f base.yaml -f prod.yaml --profile debug config --services
  [ "$output" = $'debug\nweb' ]
  run hull compose -f base.yaml -p other config --format json
  assert_status 0
  [[ "$output" == *'"name": "other"'* ]]
  run hull compose config
  assert_status 125
  [[ "$output" == "Error: no configuration file provided: not found" ]]
}

@test "compose exec runs in a service's container; compose run --rm makes a one-off container that up leaves alone" {
  write_app
  hull compose up -d 2>/dev/null
  run hull compose exec -T web cat /www/index.html
  assert_status 0
  [ "$output" = hello-from-web ]
  run hull compose exec -T web sh -c 'exit 7'
  assert_status 7

  # The one-off container is on the project network and gone afterwards.
  run hull compose run --rm tool sh -c 'wget -qO- http://web/; exit 3'
  assert_status 3
  [[ "$output" == *hello-from-web* ]]
  [ "$(hull ps -aq | wc -l)" -eq 2 ]

  run hull compose run -d --name shop-job tool sleep 1000
  assert_status 0
  [ "$(hull inspect --format '{{index .Config.Labels "com.docker.compose.oneoff"}}' shop-job)" = True ]
  run hull compose up -d
  assert_status 0
  [[ "$output" != *shop-job* ]]
  run hull compose down -v
  assert_status 0
  [ -z "$(hull ps -aq)" ]
}

@test "scale makes numbered replicas; logs prefix each line with its container; a one-shot dependency must complete successfully" {
  cat >compose.yaml <<YAML
services:
  init:
    image: busybox
    command: sh -c 'echo init-done'
  web:
    image: busybox
    command: sh -c 'echo started-\$\$HOSTNAME; exec sleep 1000'
    scale: 2
    depends_on:
      init:
        condition: service_completed_successfully
networks:
  default:
    driver_opts:
      com.docker.network.bridge.name: $(test_bridge_name 1)
YAML
  run hull compose up -d
  assert_status 0
  [ "$(hull inspect --format '{{.State.Status}}' shop-web-1)" = running ]
  [ "$(hull inspect --format '{{.State.Status}}' shop-web-2)" = running ]
  [ "$(hull inspect --format '{{index .Config.Labels "com.docker.compose.container-number"}}' shop-web-2)" = 2 ]
  run hull compose logs init
  assert_status 0
  [ "$output" = "shop-init-1 | init-done" ]
  run hull compose ps --services
  [ "$output" = web ]
  run hull compose ps -a --services
  [ "$output" = $'init\nweb' ]

  # --wait returns once the services are up, detached (no output attached).
  run hull compose up --wait
  assert_status 0
  [[ "$output" != *"Attaching"* ]]
  [ "$(hull inspect --format '{{.State.Status}}' shop-web-2)" = running ]
  hull compose down 2>/dev/null

  # A dependency that fails stops up before the dependent is made.
  sed -i "s/echo init-done'/exit 4'/" compose.yaml
  run hull compose up -d
  assert_status 125
  [[ "$output" == *'Error: service "init" didn'"'"'t complete successfully: exit 4'* ]]
  ! hull container exists shop-web-1
  hull compose down 2>/dev/null
}

@test "compose up in the foreground prints each container's lines with its name until they exit; SIGTERM stops them" {
  cat >compose.yaml <<YAML
services:
  a:
    image: busybox
    command: sh -c 'echo hello from a'
  bb:
    image: busybox
    command: sh -c 'echo hello from bb; exit 2'
networks:
  default:
    driver_opts:
      com.docker.network.bridge.name: $(test_bridge_name 1)
YAML
  run hull compose up
  assert_status 0
  [[ "$output" == *"shop-a-1  | hello from a"* ]]
  [[ "$output" == *"shop-bb-1 | hello from bb"* ]]
  [[ "$output" == *"shop-bb-1 exited with code 2"* ]]

  cat >compose.yaml <<YAML
services:
  s:
    image: busybox
    command: sh -c 'trap "echo got-term; exit 0" TERM; echo ready; while true; do sleep 0.1; done'
networks:
  default:
    driver_opts:
      com.docker.network.bridge.name: $(test_bridge_name 1)
YAML
  # hull itself in the background (not the helper function's subshell),
  # so the signal reaches it.
  "$HULL_BIN" --root "$HULL_ROOT_DIR" --runroot "$HULL_RUN_DIR" compose up >"$STORE/up.out" 2>&1 &
  local pid=$! i
  for i in $(seq 1 100); do
    grep -q ready "$STORE/up.out" && break
    sleep 0.1
  done
  kill -TERM "$pid"
  wait "$pid"
  grep -q 'shop-s-1 | got-term' "$STORE/up.out"
  grep -q 'Container shop-s-1  Stopped' "$STORE/up.out"
  [ "$(hull inspect --format '{{.State.Status}}' shop-s-1)" = exited ]
  hull compose down 2>/dev/null
}

@test "a service with build: is built with hull build, tagged PROJECT-SERVICE, and rebuilt and recreated by up --build after an edit" {
  mkdir web
  printf 'FROM busybox\nARG GREETING=hi\nRUN echo "$GREETING from build" >/greeting\nCMD ["cat", "/greeting"]\n' >web/Dockerfile
  cat >compose.yaml <<YAML
services:
  web:
    build:
      context: ./web
      args:
        GREETING: hello
networks:
  default:
    driver_opts:
      com.docker.network.bridge.name: $(test_bridge_name 1)
YAML
  run hull compose up
  assert_status 0
  [[ "$output" == *"shop-web-1 | hello from build"* ]]
  hull image exists localhost/shop-web:latest
  first=$(container_id shop-web-1)

  sed -i 's/GREETING: hello/GREETING: bonjour/' compose.yaml
  run hull compose up --build
  assert_status 0
  [[ "$output" == *"shop-web-1 | bonjour from build"* ]]
  [ "$(container_id shop-web-1)" != "$first" ]
  run hull compose down --rmi local
  assert_status 0
  ! hull image exists localhost/shop-web:latest
  hull image exists localhost/busybox:latest
}

@test "compose pause, unpause, restart and kill act on the named service only" {
  write_app
  hull compose up -d 2>/dev/null
  run hull compose pause web
  assert_status 0
  [ "$(hull inspect --format '{{.State.Status}}' shop-web-1)" = paused ]
  [ "$(hull inspect --format '{{.State.Status}}' shop-tool-1)" = running ]
  run hull compose unpause web
  assert_status 0
  [ "$(hull inspect --format '{{.State.Status}}' shop-web-1)" = running ]
  started=$(hull inspect --format '{{.State.StartedAt}}' shop-web-1)
  run hull compose restart -t 1 web
  assert_status 0
  [ "$(hull inspect --format '{{.State.Status}}' shop-web-1)" = running ]
  [ "$(hull inspect --format '{{.State.StartedAt}}' shop-web-1)" != "$started" ]
  run hull compose kill tool
  assert_status 0
  run hull wait shop-tool-1
  [ "$output" = 137 ]
  run hull compose kill nosuch
  assert_status 125
  [ "$output" = "Error: no such service: nosuch" ]
  hull compose down -v 2>/dev/null
}

@test "compose up warns about containers of services no longer in the file and --remove-orphans removes them" {
  write_app
  hull compose up -d 2>/dev/null
  # tool leaves the file (and web's depends_on with it).
  sed -i '/^  tool:$/,/^networks:$/{/^networks:$/!d}' compose.yaml
  run hull compose up -d
  assert_status 0
  [[ "$output" == *"Found orphan containers ([shop-tool-1])"* ]]
  hull container exists shop-tool-1
  run hull compose up -d --remove-orphans
  assert_status 0
  [[ "$output" == *"Container shop-tool-1  Removed"* ]]
  ! hull container exists shop-tool-1
  hull compose down -v 2>/dev/null
}
