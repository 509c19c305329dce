/// What `hull exec` asks of an exec session's monitor: the first message
/// on their connection (not argv, which every user may read in /proc).
struct ExecSessionRequest: Codable, Sendable {
    var command: [String]
    /// KEY=VALUE only: `-e KEY` was expanded from the client's environment.
    var env: [String]
    var user: String?
    var workdir: String?
    var tty: Bool
    /// The first window size of the session's terminal (the client's).
    var rows: UInt16?
    var columns: UInt16?

    init(_ options: ContainerExec.Options, consoleSize: (UInt16, UInt16)?) {
        command = options.command
        env = options.env
        user = options.user
        workdir = options.workdir
        tty = options.tty
        rows = consoleSize?.0
        columns = consoleSize?.1
    }

    var options: ContainerExec.Options {
        var o = ContainerExec.Options(command: command)
        o.env = env
        o.user = user
        o.workdir = workdir
        o.tty = tty
        o.interactive = true
        return o
    }

    var consoleSize: (UInt16, UInt16)? {
        guard let rows, let columns else { return nil }
        return (rows, columns)
    }
}
