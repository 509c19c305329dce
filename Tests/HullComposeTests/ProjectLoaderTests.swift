import XCTest
import HullEngine
@testable import HullCompose

final class ProjectLoaderTests: XCTestCase {
    private func load(_ files: [String: String], f: [String] = [], env: [String: String] = [:], p: String? = nil,
                      profiles: [String] = [], cwd: String = "/srv/shop") throws -> ComposeProject {
        var o = ProjectLoader.Options(workingDirectory: cwd, environment: env)
        o.files = f
        o.projectName = p
        o.profiles = profiles
        return try ProjectLoader(o, contents: files).load()
    }

    /// The one-line message a bad file gives.
    private func failure(_ files: [String: String], f: [String] = [], env: [String: String] = [:]) -> String? {
        do {
            _ = try load(files, f: f, env: env)
            return nil
        } catch let e as HullError {
            XCTAssertEqual(e.code, .failure)
            return e.message
        } catch { return "\(error)" }
    }

    func testMinimalProjectNamedAfterItsDirectory() throws {
        let p = try load(["/srv/shop/compose.yaml": "services:\n  web:\n    image: busybox\n"])
        XCTAssertEqual(p.name, "shop")
        XCTAssertEqual(p.services.map(\.name), ["web"])
        XCTAssertEqual(p.service("web")?.networks.keys.sorted(), ["default"])
        XCTAssertEqual(p.networkName("default"), "shop_default")
        XCTAssertEqual(p.containerName(p.service("web")!), "shop-web-1")
    }

    func testProjectNamePrecedence() throws {
        let files = ["/srv/shop/compose.yaml": "name: fromfile\nservices:\n  web:\n    image: busybox\n"]
        XCTAssertEqual(try load(files).name, "fromfile")
        XCTAssertEqual(try load(files, env: ["COMPOSE_PROJECT_NAME": "fromenv"]).name, "fromenv")
        XCTAssertEqual(try load(files, env: ["COMPOSE_PROJECT_NAME": "fromenv"], p: "flag").name, "flag")
        XCTAssertThrowsError(try load(files, p: "Bad.Name"))
        var dotenv = files
        dotenv["/srv/shop/.env"] = "COMPOSE_PROJECT_NAME=dotenv\n"
        XCTAssertEqual(try load(dotenv).name, "dotenv")
    }

    func testInterpolationFromEnvironmentOverDotEnv() throws {
        let p = try load([
            "/srv/shop/compose.yaml": """
            services:
              web:
                image: "busybox:${TAG:-latest}"
                environment:
                  A: $FROM_DOTENV
                  B: ${BOTH}
                  PRICE: $$5
            """,
            "/srv/shop/.env": "FROM_DOTENV=dot\nBOTH=dot\nTAG=1.36\n",
        ], env: ["BOTH": "shell"])
        let web = p.service("web")!
        XCTAssertEqual(web.image, "busybox:1.36")
        XCTAssertEqual(web.environment["A"], "dot")
        XCTAssertEqual(web.environment["B"], "shell")
        XCTAssertEqual(web.environment["PRICE"], "$5")
    }

    func testUnsetVariablesWarnOnceAndBecomeEmpty() throws {
        let p = try load(["/srv/shop/compose.yaml": "services:\n  a:\n    image: busybox$NOPE\n    user: $NOPE\n",
                          "/srv/shop/compose.override.yaml": "services:\n  a:\n    hostname: h$NOPE\n"])
        XCTAssertEqual(p.warnings, ["The \"NOPE\" variable is not set. Defaulting to a blank string."])
        XCTAssertEqual(p.service("a")?.image, "busybox")
        XCTAssertEqual(p.service("a")?.hostname, "h")
    }

    func testMissingRequiredVariableNamesFileAndPath() {
        XCTAssertEqual(failure(["/srv/shop/compose.yaml": "services:\n  web:\n    image: ${IMG:?set IMG}\n"]),
                       "compose.yaml: services.web.image: required variable IMG is missing a value: set IMG")
    }

    func testBadPortNamesFileAndIndex() {
        XCTAssertEqual(failure(["/srv/shop/compose.yaml": "services:\n  web:\n    image: busybox\n    ports: [\"8080:80\", \"80:80:80\"]\n"]),
                       "compose.yaml: services.web.ports[1]: invalid port \"80:80:80\"")
    }

    func testUnknownKeysAndWrongTypes() {
        XCTAssertEqual(failure(["/srv/shop/compose.yaml": "services:\n  web:\n    image: busybox\n    imagez: x\n"]),
                       "compose.yaml: services.web.imagez: additional property imagez is not allowed")
        XCTAssertEqual(failure(["/srv/shop/compose.yaml": "servics: {}\n"]),
                       "compose.yaml: servics: additional property servics is not allowed")
        XCTAssertEqual(failure(["/srv/shop/compose.yaml": "services:\n  web:\n    image: busybox\n    privileged: maybe\n"]),
                       "compose.yaml: services.web.privileged: must be a boolean, not \"maybe\"")
        XCTAssertEqual(failure(["/srv/shop/compose.yaml": "services:\n  web:\n    image: [a]\n"]),
                       "compose.yaml: services.web.image: must be a string")
        XCTAssertEqual(failure(["/srv/shop/compose.yaml": "services:\n  web:\n    image: busybox\n    healthcheck:\n      interval: soon\n"]),
                       "compose.yaml: services.web.healthcheck.interval: invalid duration \"soon\"")
        XCTAssertNil(failure(["/srv/shop/compose.yaml": "x-common: {a: 1}\nservices:\n  web:\n    image: busybox\n    x-note: fine\n"]))
    }

    func testErrorsNameTheFileThatHasTheMistake() {
        XCTAssertEqual(failure(["/srv/shop/compose.yaml": "services:\n  web:\n    image: busybox\n",
                                "/srv/shop/compose.override.yaml": "services:\n  web:\n    ports: [\"x\"]\n"]),
                       "compose.override.yaml: services.web.ports[0]: invalid port \"x\"")
    }

    func testInvalidYAML() {
        XCTAssertTrue(failure(["/srv/shop/compose.yaml": "services: [\n"])?.hasPrefix("compose.yaml: invalid YAML") ?? false)
    }

    func testCrossServiceChecks() {
        XCTAssertEqual(failure(["/srv/shop/compose.yaml": "services:\n  web:\n    image: busybox\n    depends_on: [db]\n"]),
                       "compose.yaml: services.web.depends_on: service \"web\" depends on \"db\", which is not defined")
        XCTAssertEqual(failure(["/srv/shop/compose.yaml": "services:\n  a:\n    image: busybox\n    depends_on: [b]\n  b:\n    image: busybox\n    depends_on: [a]\n"]),
                       "compose.yaml: services.a.depends_on: dependency cycle: a -> b -> a")
        XCTAssertEqual(failure(["/srv/shop/compose.yaml": "services:\n  a:\n    image: busybox\n    volumes: [\"data:/d\"]\n"]),
                       "compose.yaml: services.a.volumes: service \"a\" refers to undefined volume data")
        XCTAssertEqual(failure(["/srv/shop/compose.yaml": "services:\n  a:\n    image: busybox\n    networks: [back]\n"]),
                       "compose.yaml: services.a.networks: service \"a\" refers to undefined network back")
        XCTAssertEqual(failure(["/srv/shop/compose.yaml": "services:\n  a:\n    image: busybox\n    ports: [\"8080:80\"]\n  b:\n    image: busybox\n    ports: [\"8080:81\"]\n"]),
                       "compose.yaml: services.b.ports: host port 8080/tcp is published by both a and b")
        XCTAssertEqual(failure(["/srv/shop/compose.yaml": "services:\n  a:\n    image: busybox\n    container_name: one\n    scale: 2\n"]),
                       "compose.yaml: services.a.container_name: a service with container_name cannot be scaled to 2: container names are unique")
        XCTAssertEqual(failure(["/srv/shop/compose.yaml": "services:\n  a:\n    command: x\n"]),
                       "compose.yaml: services.a: has neither an image nor a build context specified")
    }

    func testMergeRules() throws {
        let p = try load([
            "/srv/shop/compose.yaml": """
            services:
              web:
                image: busybox
                command: ["sh", "-c", "base"]
                environment: [A=1, B=2]
                labels: {x: "1"}
                ports: ["8080:80"]
                volumes: ["data:/data", "./conf:/etc/conf:ro"]
                dns: [1.1.1.1]
                cap_add: [NET_ADMIN]
            volumes:
              data: {}
            """,
            "/srv/shop/prod.yaml": """
            services:
              web:
                command: httpd -f
                environment:
                  B: "3"
                  C: "4"
                ports: ["8080:80", "9090:90"]
                volumes: ["/srv/conf:/etc/conf"]
                dns: !override [8.8.8.8]
                cap_add: !reset []
                labels:
                  y: "2"
            """,
        ], f: ["compose.yaml", "prod.yaml"])
        let web = p.service("web")!
        XCTAssertEqual(web.command, ["httpd", "-f"])
        XCTAssertEqual(web.environment, ["A": "1", "B": "3", "C": "4"])
        XCTAssertEqual(web.labels, ["x": "1", "y": "2"])
        XCTAssertEqual(web.ports.map(\.publishFlag), ["8080:80/tcp", "9090:90/tcp"])
        XCTAssertEqual(web.volumes.map(\.target), ["/data", "/etc/conf"])
        XCTAssertEqual(web.volumes[1].source, "/srv/conf")
        XCTAssertFalse(web.volumes[1].readOnly)
        XCTAssertEqual(web.dns, ["8.8.8.8"])
        XCTAssertEqual(web.capAdd, [])
    }

    func testResetRemovesAServiceKey() throws {
        let p = try load(["/srv/shop/compose.yaml": "services:\n  web:\n    image: busybox\n    ports: [\"80\"]\n",
                          "/srv/shop/compose.override.yaml": "services:\n  web:\n    ports: !reset []\n"])
        XCTAssertEqual(p.service("web")?.ports, [])
    }

    func testYAMLAnchorsAndMergeKeys() throws {
        let p = try load(["/srv/shop/compose.yaml": """
            x-base: &base
              image: busybox
              environment: {A: "1"}
            services:
              a:
                <<: *base
              b:
                <<: *base
                image: alpine
            """])
        XCTAssertEqual(p.service("a")?.image, "busybox")
        XCTAssertEqual(p.service("b")?.image, "alpine")
        XCTAssertEqual(p.service("b")?.environment["A"], "1")
    }

    func testProfiles() throws {
        let files = ["/srv/shop/compose.yaml": "services:\n  web:\n    image: busybox\n  debug:\n    image: busybox\n    profiles: [debug]\n"]
        XCTAssertEqual(try load(files).services.map(\.name), ["web"])
        XCTAssertEqual(try load(files, profiles: ["debug"]).services.map(\.name), ["debug", "web"])
        XCTAssertEqual(try load(files, env: ["COMPOSE_PROFILES": "debug"]).services.map(\.name), ["debug", "web"])
    }

    func testLongAndShortSyntaxes() throws {
        let p = try load(["/srv/shop/compose.yaml": """
            services:
              web:
                image: busybox
                command: echo "hello world"
                ports:
                  - target: 80
                    published: 8080
                    host_ip: 127.0.0.1
                    protocol: udp
                volumes:
                  - type: volume
                    source: data
                    target: /data
                    read_only: true
                  - type: tmpfs
                    target: /scratch
                  - /anon
                depends_on:
                  db:
                    condition: service_healthy
                healthcheck:
                  test: wget -q localhost
                  interval: 1m30s
                  retries: 3
              db:
                image: busybox
                environment:
                  - KEY=value
                  - FROMHOST
            volumes:
              data:
            """], env: ["FROMHOST": "h"])
        let web = p.service("web")!
        XCTAssertEqual(web.command, ["echo", "hello world"])
        XCTAssertEqual(web.ports.map(\.publishFlag), ["127.0.0.1:8080:80/udp"])
        XCTAssertEqual(web.volumes.map(\.kind), [.volume, .tmpfs, .volume])
        XCTAssertTrue(web.volumes[0].readOnly)
        XCTAssertNil(web.volumes[2].source)
        XCTAssertEqual(web.dependsOn["db"]?.condition, "service_healthy")
        XCTAssertEqual(web.healthcheck?.test, ["CMD-SHELL", "wget -q localhost"])
        XCTAssertEqual(web.healthcheck?.retries, 3)
        XCTAssertEqual(p.service("db")?.environment, ["KEY": "value", "FROMHOST": "h"])
        XCTAssertEqual(p.volumeName("data"), "shop_data")
        XCTAssertEqual(DependencyOrder.sorted(p).map(\.name), ["db", "web"])
    }

    func testConfigHashFollowsEdits() throws {
        let a = try load(["/srv/shop/compose.yaml": "services:\n  web:\n    image: busybox\n    command: [sleep, \"1\"]\n"])
        let b = try load(["/srv/shop/compose.yaml": "services:\n  web:\n    image: busybox\n    command: [sleep, \"2\"]\n"])
        let a2 = try load(["/srv/shop/compose.yaml": "services:\n  web:\n    command: [sleep, \"1\"]\n    image: busybox\n"])
        XCTAssertNotEqual(ProjectRender.configHash(a.services[0], project: a), ProjectRender.configHash(b.services[0], project: b))
        XCTAssertEqual(ProjectRender.configHash(a.services[0], project: a), ProjectRender.configHash(a2.services[0], project: a2))
    }

    func testExtendsInTheSameFileAndFromAnother() throws {
        let p = try load([
            "/srv/shop/compose.yaml": """
            services:
              base:
                image: busybox
                environment: {A: "1", B: "1"}
                command: sleep 1
              web:
                extends: base
                environment: {B: "2"}
                command: httpd -f
              worker:
                extends:
                  service: common
                  file: common.yaml
              chained:
                extends: web
            """,
            "/srv/shop/common.yaml": "services:\n  common:\n    image: alpine\n    user: \"${WHO:-nobody}\"\n",
        ])
        XCTAssertEqual(p.service("web")?.image, "busybox")
        XCTAssertEqual(p.service("web")?.environment, ["A": "1", "B": "2"])
        XCTAssertEqual(p.service("web")?.command, ["httpd", "-f"])
        XCTAssertEqual(p.service("chained")?.command, ["httpd", "-f"])
        XCTAssertEqual(p.service("worker")?.image, "alpine")
        XCTAssertEqual(p.service("worker")?.user, "nobody")
        XCTAssertEqual(failure(["/srv/shop/compose.yaml": "services:\n  a:\n    extends: b\n  b:\n    extends: a\n"]),
                       "compose.yaml: services.a.extends: circular extends: a -> b -> a")
        XCTAssertEqual(failure(["/srv/shop/compose.yaml": "services:\n  a:\n    extends: nope\n"]),
                       "compose.yaml: services.a.extends: cannot extend service \"nope\": not found")
    }
}
