import HullEngine

/// What `hull build` was asked for, in the builder's terms.
public struct BuildOptions: Sendable {
    /// The context directory; nil for a Containerfile read from stdin
    /// with no context (COPY then has nothing to copy from).
    public var contextDirectory: String?
    /// The Containerfile's text and the name errors call it by.
    public var containerfile: String
    public var containerfileName: String
    public var tags: [String] = []
    public var buildArgs: [String: String] = [:]
    public var target: String?
    public var noCache = false
    /// false: no step is looked up or kept for later builds; only the
    /// final image stays.
    public var layers = true
    /// The image as one layer (its history as one entry).
    public var squashAll = false
    /// What the build added as one layer on the FROM image's.
    public var squash = false
    public var labels: [String: String] = [:]
    public var quiet = false
    public var network: String?
    /// `--ulimit` for the RUN steps' containers.
    public var ulimits: [String] = []
    /// An ignore file's text (.containerignore/.dockerignore), if any.
    public var ignoreFile: String?
    public var hostEnvironment: [String: String] = [:]
    /// `--secret id=ID,src=PATH`: RUN --mount=type=secret's files, by id.
    public var secrets: [String: String] = [:]

    public init(containerfile: String, containerfileName: String) {
        self.containerfile = containerfile
        self.containerfileName = containerfileName
    }
}

/// Where a build's step lines go: stdout, nothing with -q. RUN output goes
/// straight to hull's own streams, warnings to stderr (`Warning`).
struct BuildOutput {
    let quiet: Bool

    /// Step ids as `podman build` 4.x prints them: 11 hex digits.
    static func short(_ id: String) -> String { String(id.prefix(11)) }

    func say(_ line: String) {
        guard !quiet else { return }
        StandardStreams.out(line + "\n")
    }
}

/// The images a build made, in order.
final class MadeImages {
    var ids: [String] = []
}
