import HullLinux

/// `--env-file`: one KEY=VALUE a line; blank lines and `#` comments skipped.
public enum EnvFile {
    /// Read as a stream, so /dev/null, pipes and `<(...)` work as files do.
    public static func read(_ path: String) throws(HullError) -> [String] {
        let data: [UInt8]
        do {
            data = try FileSystem.readFile(path)
        } catch {
            throw HullError(.failure, "parsing env file \"\(path)\": \(error.operation) \(path): \(error.reason)")
        }
        // A variable cannot hold a NUL: the kernel would cut the value there.
        if let nul = data.firstIndex(of: 0) {
            let line = data[..<nul].filter { $0 == UInt8(ascii: "\n") }.count + 1
            throw HullError(.failure, "invalid env file \(path): line \(line) contains a NUL byte, which an environment variable cannot hold")
        }
        return String(decoding: data, as: UTF8.self).split(separator: "\n").compactMap { line in
            let t = line.trimming(" \t\r")
            return t.isEmpty || t.hasPrefix("#") ? nil : t
        }
    }
}
