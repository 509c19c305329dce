import ArgumentParser
import HullEngine
#if canImport(Glibc)
import Glibc
#endif
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Options every hull command accepts, before or after the verb
/// (Podman's persistent flags).
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: "Path to the root directory in which data, including images, is stored.")
    var root: String?

    @Option(name: .long, help: "Path to the directory in which run-time state is stored.")
    var runroot: String?

    @Flag(name: .long, help: "Do not print anything to stdout.")
    var noout = false

    @Option(name: .customLong("log-level"), help: "Log messages at and above this level: trace, debug, info, warn, warning, error, fatal or panic (debug shows what caused an error).")
    var logLevel: String?

    @Flag(name: [.customShort("D"), .long], help: "The same as --log-level debug.")
    var debug = false

    @Option(name: .customLong("storage-opt"), help: "Storage driver option: overlay.mount_program=PATH mounts containers' roots with a FUSE program such as /usr/bin/fuse-overlayfs (repeatable; \"\" clears).")
    var storageOpt: [String] = []

    @Option(name: .customLong("storage-driver"), help: "Storage driver for images and containers' roots (overlay).")
    var storageDriver: String?

    @Option(name: .customLong("runtime-flag"), help: "A global flag for the container runtime, without its dashes (debug, log=PATH, log-format=FORMAT, root=PATH, rootless=BOOL, systemd-cgroup); hull is its own runtime and accepts these as no-ops.")
    var runtimeFlag: [String] = []

    @Option(name: .long, help: "Ignored; exists for Docker compatibility.")
    var config: String?

    @Option(name: .customLong("events-backend"), help: "Events backend: file, journald or none.")
    var eventsBackend: String?

    @Option(name: .customLong("cgroup-manager"), help: "Cgroup manager: cgroupfs (hull writes cgroups itself) or systemd.")
    var cgroupManager: String?

    /// The store these options select: flags, then HULL_ROOT/HULL_RUNROOT,
    /// then Podman's defaults for root or rootless use.
    var layout: StoreLayout {
        let env = ProcessInfo.processInfo.environment
        let defaults = StoreLayout.defaults(environment: env)
        return StoreLayout(root: root.map(absolute) ?? defaults.root, runroot: runroot.map(absolute) ?? defaults.runroot,
                           storageOptions: storageOpt)
    }

    private func absolute(_ path: String) -> String {
        if path.hasPrefix("/") { return path }
        var buf = [CChar](repeating: 0, count: Int(PATH_MAX))
        guard getcwd(&buf, buf.count) != nil else { return path }
        let cwd = String(decoding: buf.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return cwd + "/" + path
    }

    func applyOutputSettings() {
        if noout {
            let fd = open("/dev/null", O_WRONLY | O_CLOEXEC)
            if fd >= 0 { dup2(fd, 1); close(fd) }
        }
    }
}

/// A command that runs against the store; `run(global:)` does the work.
protocol StoreCommand: ParsableCommand {
    var global: GlobalOptions { get }
    func execute(layout: StoreLayout) throws
}

extension StoreCommand {
    func run() throws {
        global.applyOutputSettings()
        try global.checkEngineSettings()
        try execute(layout: global.layout)
    }
}

extension GlobalOptions {
    /// The same options for `OptionTable`'s fast parse (kept equal by OptionTableTests).
    static var optionTable: OptionTable<GlobalOptions> { OptionTable<GlobalOptions>([
        .option("--root") { $0.root = $1 },
        .option("--runroot") { $0.runroot = $1 },
        .flag("--noout") { $0.noout = $1 },
        .option("--log-level") { $0.logLevel = $1 },
        .flag("-D", "--debug") { $0.debug = $1 },
        .list("--storage-opt") { $0.storageOpt = $1 },
        .option("--storage-driver") { $0.storageDriver = $1 },
        .list("--runtime-flag") { $0.runtimeFlag = $1 },
        .option("--config") { $0.config = $1 },
        .option("--events-backend") { $0.eventsBackend = $1 },
        .option("--cgroup-manager") { $0.cgroupManager = $1 },
    ]) }
}
