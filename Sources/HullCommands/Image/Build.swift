import ArgumentParser
import HullBuild
import HullEngine
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#endif

struct Build: StoreCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build an image from a Containerfile.",
        discussion: """
            Reads CONTEXT/Containerfile (else CONTEXT/Dockerfile), or the file -f names (- for stdin); \
            a CONTEXT of - reads a Containerfile (no context) or a context tar archive from stdin. Each step's image is kept \
            and found again by a key of its parent, its instruction, the build args it uses and the \
            content it copies, so a rebuild runs and copies only what changed. \
            .containerignore (else .dockerignore) in the context lists files COPY and ADD never see.
            """)

    @OptionGroup var global: GlobalOptions

    @Option(name: [.short, .customLong("tag")], help: "Name the built image (repeatable).")
    var tag: [String] = []

    @Option(name: .shortAndLong, help: "The Containerfile to read (- for stdin).", completion: .file())
    var file: String?

    @Option(name: .customLong("build-arg"), help: "Set a build argument: NAME=VALUE, or NAME to take it from the environment.")
    var buildArg: [String] = []

    @Option(name: .long, help: "Build up to this stage (by name) and name its image.")
    var target: String?

    @Option(name: .long, help: "Write the image ID to this file.", completion: .file())
    var iidfile: String?

    @Option(name: .long, help: "Add a label to the image: KEY=VALUE.")
    var label: [String] = []

    @Option(name: .long, help: "A .containerignore-style file to use instead of the context's.", completion: .file())
    var ignorefile: String?

    @Option(name: .long, help: "A secret for RUN --mount=type=secret: id=ID,src=PATH.")
    var secret: [String] = []

    @Option(name: .long, help: "The network RUN steps use (as run --network).")
    var network: String?

    @Option(name: .long, help: "The platform to build for: this machine's (linux/ARCH) is the one hull builds.")
    var platform: String?

    @Option(name: .long, help: "Pull the FROM images: missing (default), always, never or newer.")
    var pull = "missing"

    @Flag(name: .shortAndLong, help: "Print only the image ID.")
    var quiet = false

    @Flag(name: .customLong("no-cache"), help: "Run every step again instead of reusing cached ones.")
    var noCache = false

    @Option(name: .long, help: "Keep each step's image for later builds (default true); false keeps only the final image.")
    var layers = true

    @Flag(name: .customLong("squash-all"), help: "Make the image one layer, with one history entry.")
    var squashAll = false

    @Flag(name: .long, help: "Make what the build added one layer on the FROM image's layers.")
    var squash = false

    @Option(name: .long, help: "A resource limit for RUN steps: NAME=SOFT[:HARD], as run --ulimit.")
    var ulimit: [String] = []

    @Flag(name: .long, help: "Remove the containers of RUN steps (always done; accepted for scripts).")
    var rm = false

    @Flag(name: .customLong("force-rm"), help: "Remove the containers of failed RUN steps too (always done; accepted for scripts).")
    var forceRm = false

    @OptionGroup var registry: RegistryFlags

    @Argument(help: "The build context directory (default: the current directory; - for a Containerfile on stdin).", completion: .directory)
    var context: String?

    func execute(layout: StoreLayout) throws {
        let env = ProcessInfo.processInfo.environment
        var contextDirectory: String? = context ?? "."
        var text: String
        var name: String
        var unpacked: ContextArchive?
        defer { unpacked?.remove() }
        if let dir = contextDirectory, dir != "-" {
            // Worded as podman build's, with the context's absolute path.
            var st = stat()
            guard stat(dir, &st) == 0, (st.st_mode & S_IFMT) == S_IFDIR else {
                throw HullError(.failure, "context must be a directory: \"\(Self.absolute(dir))\"")
            }
        }
        if context == "-" {
            let bytes = try Self.readAllBytes(0, what: "stdin")
            if ContextArchive.looksLikeArchive(bytes) {
                // A context as a tar archive; its Containerfile is inside.
                let archive = try ContextArchive.unpack(bytes, layout: layout)
                unpacked = archive
                contextDirectory = archive.directory
                let chosen = file ?? ["Containerfile", "Dockerfile"].first { access(archive.directory + "/" + $0, F_OK) == 0 }
                guard let chosen else { throw HullError(.failure, "no Containerfile or Dockerfile in the context archive on stdin") }
                (text, name) = (try Self.read(archive.directory + "/" + chosen), chosen)
            } else {
                contextDirectory = nil
                (text, name) = (String(decoding: bytes, as: UTF8.self), "Containerfile")
            }
        } else if file == "-" {
            (text, name) = (try Self.readStdin(), "Containerfile")
        } else if let file {
            (text, name) = (try Self.read(file), file)
        } else {
            let dir = contextDirectory ?? "."
            guard let found = ["Containerfile", "Dockerfile"].first(where: { access(dir + "/" + $0, F_OK) == 0 }) else {
                throw HullError(.failure, "stat \(Self.absolute(dir + "/Dockerfile")): no such file or directory")
            }
            (text, name) = (try Self.read(dir + "/" + found), found)
        }
        if let dir = contextDirectory {
            var st = stat()
            guard stat(dir, &st) == 0, (st.st_mode & S_IFMT) == S_IFDIR, let real = realpath(dir, nil) else {
                throw HullError(.failure, "the build context \(dir) is not a directory")
            }
            // Absolute, as messages name it.
            contextDirectory = String(cString: real)
            free(real)
        }
        var options = BuildOptions(containerfile: text, containerfileName: name)
        options.contextDirectory = contextDirectory
        options.tags = tag
        options.target = target
        options.noCache = noCache
        options.layers = layers
        options.squashAll = squashAll
        options.squash = squash
        options.quiet = quiet
        options.network = network
        options.ulimits = ulimit
        options.hostEnvironment = env
        for arg in buildArg {
            if let eq = arg.firstIndex(of: "=") {
                options.buildArgs[String(arg[..<eq])] = String(arg[arg.index(after: eq)...])
            } else if let value = env[arg] {
                options.buildArgs[arg] = value
            }
        }
        for l in label {
            let kv = l.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
            options.labels[kv[0]] = kv.count > 1 ? kv[1] : ""
        }
        if let ignorefile {
            options.ignoreFile = try Self.read(ignorefile)
        } else if let dir = contextDirectory {
            let candidates = [dir + "/.containerignore", dir + "/.dockerignore",
                              (file.map { $0 } ?? dir + "/" + name) + ".dockerignore"]
            options.ignoreFile = try candidates.first { access($0, F_OK) == 0 }.map { try Self.read($0) }
        }
        for spec in secret {
            var fields: [String: String] = [:]
            for part in spec.split(separator: ",") {
                let kv = part.split(separator: "=", maxSplits: 1).map(String.init)
                if kv.count == 2 { fields[kv[0]] = kv[1] }
            }
            guard let id = fields["id"] else { throw HullError(.failure, "invalid --secret \"\(spec)\": expected id=ID,src=PATH") }
            if let src = fields["src"] ?? fields["source"] {
                guard access(src, R_OK) == 0 else { throw HullError(.failure, "--secret \(id): cannot read \(src)") }
                options.secrets[id] = src
            } else {
                throw HullError(.failure, "invalid --secret \"\(spec)\": expected id=ID,src=PATH")
            }
        }
        if let platform {
            let host = BuildVariables.platformArgs()["TARGETPLATFORM"] ?? ""
            guard platform == host || host.hasPrefix(platform + "/") else {
                throw HullError(.failure, "--platform \(platform): hull builds for \(host) only")
            }
        }
        let policy = try PullPolicy.parse(pull)
        let registryOptions = try registry.options()
        let builder = Builder(layout: layout) { (image) throws(HullError) -> ImageRecord in
            let puller = ImagePuller(layout: layout, options: registryOptions, platform: .host,
                                     observer: quiet ? SilentTransferObserver() : TransferProgress())
            return try policy.ensure(image, puller: puller)
        }
        let result: Builder.Result
        do {
            result = try builder.build(options)
        } catch let failure as BuildRunFailure {
            // As podman build: the failed RUN's exit code is the build's.
            fflush(nil)
            StandardError.write("Error: \(failure.description)\n")
            throw ExitCode(failure.exitCode)
        }
        if let iidfile {
            let fd = open(iidfile, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
            guard fd >= 0 else { throw HullError(.failure, "writing \(iidfile): \(String(cString: strerror(errno)))") }
            defer { close(fd) }
            let bytes = Array("sha256:\(result.imageID)".utf8)
            guard bytes.withUnsafeBytes({ Glibc.write(fd, $0.baseAddress, $0.count) }) == bytes.count else {
                throw HullError(.failure, "writing \(iidfile): \(String(cString: strerror(errno)))")
            }
        }
    }

    /// A path as Go's filepath.Abs makes it: the working directory's, cleaned.
    static func absolute(_ path: String) -> String {
        var buf = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let cwd = path.hasPrefix("/") ? "" : (getcwd(&buf, buf.count).map { String(cString: $0) } ?? "")
        return ContextPath.clean(cwd + "/" + path)
    }

    static func read(_ path: String) throws -> String {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw HullError(.failure, "reading \(path): \(String(cString: strerror(errno)))") }
        defer { close(fd) }
        return try readAll(fd, what: path)
    }

    static func readStdin() throws -> String {
        try readAll(0, what: "the Containerfile from stdin")
    }

    static func readAll(_ fd: Int32, what: String) throws -> String {
        String(decoding: try readAllBytes(fd, what: what), as: UTF8.self)
    }

    static func readAllBytes(_ fd: Int32, what: String) throws -> [UInt8] {
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if n == 0 { break }
            if n < 0 {
                if errno == EINTR { continue }
                throw HullError(.failure, "reading \(what): \(String(cString: strerror(errno)))")
            }
            bytes += buffer[..<n]
        }
        return bytes
    }
}

/// `hull buildx build` / `hull builder build`, and `prune` beside it (an
/// image prune): the names scripts written for Docker's buildx and
/// builder use, as Podman has them.
struct Buildx: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "buildx",
        abstract: "Build images.",
        subcommands: [Build.self, ImagePrune.self],
        aliases: ["builder"])
}
