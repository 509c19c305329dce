import CHull

/// nftables commands in nft's own syntax, run through libnftables.
public enum Nftables {
    public struct Failure: Error, CustomStringConvertible {
        public let message: String
        public var description: String { message }
    }

    public static func run(_ commands: String) throws(Failure) {
        var buf = [CChar](repeating: 0, count: 2048)
        let rc = hull_nft_run(commands, &buf, buf.count)
        if rc == 0 { return }
        let text = String(decoding: buf.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        // The library's message spans lines (the command, a caret line).
        let first = text.split(separator: "\n").first.map(String.init) ?? "nftables command failed"
        throw Failure(message: first)
    }
}
