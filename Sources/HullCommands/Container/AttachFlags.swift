import ArgumentParser
import HullEngine

/// What run, start -a and attach share about an attached terminal.
struct AttachFlags: ParsableArguments {
    @Option(name: .long, help: "Override the key sequence for detaching a container: a character, or a comma-separated list of ctrl-<a-z @ [ \\ ] ^ _> (default ctrl-p,ctrl-q; empty: never).")
    var detachKeys: String?

    @Flag(name: .long, inversion: .prefixedNo, help: "Proxy received signals to the container's process.")
    var sigProxy = true

    /// The client's options; the container's terminal decides raw mode.
    func clientOptions(forwardInput: Bool, tty: Bool) throws -> AttachClient.Options {
        var o = AttachClient.Options()
        o.forwardInput = forwardInput
        o.tty = tty
        if let detachKeys { o.detachKeys = try DetachKeys(parsing: detachKeys) }
        o.proxySignalsTo = sigProxy ? 0 : nil
        return o
    }
}

extension AttachFlags {
    /// The same options for `OptionTable`'s fast parse (kept equal by OptionTableTests).
    static var optionTable: OptionTable<AttachFlags> { OptionTable<AttachFlags>([
        .option("--detach-keys") { $0.detachKeys = $1 },
        .inversion("sig-proxy", default: true) { $0.sigProxy = $1 },
    ]) }
}
