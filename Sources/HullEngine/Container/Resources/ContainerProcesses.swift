#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import HullLinux
#if canImport(Glibc)
import Glibc
#endif

/// `top`: the processes in a container's PID namespace, as the container
/// numbers them.
public struct ContainerProcesses {
    public struct Process: Sendable {
        public var user: String
        public var pid: Int32
        public var ppid: Int32
        public var elapsed: String
        public var command: String
    }

    /// The store, for a container whose root is a FUSE mount (its files
    /// are read from its layers: see `LayeredFiles.live`).
    let layout: StoreLayout?

    public init(layout: StoreLayout? = nil) {
        self.layout = layout
    }

    public func list(_ container: Container) throws(HullError) -> [Process] {
        guard container.state.status == .running || container.state.status == .paused else {
            throw HullError(.failure, "top can only be used on running containers")
        }
        let target = readlink("/proc/\(container.state.pid)/ns/pid")
        guard let target else { throw HullError(.failure, "container \(container.id) has no process") }
        let files = layout.map { LayeredFiles.live(container, layout: $0) }
            ?? LayeredFiles(directories: ["/proc/\(container.state.pid)/root"])
        let passwd = files.read("/etc/passwd")
            .map { String(decoding: $0, as: UTF8.self) } ?? ""
        let names = Dictionary(passwd.split(separator: "\n").compactMap { line -> (UInt32, String)? in
            let f = line.split(separator: ":", omittingEmptySubsequences: false)
            guard f.count > 2, let uid = UInt32(f[2]) else { return nil }
            return (uid, String(f[0]))
        }, uniquingKeysWith: { a, _ in a })
        let uptime = Self.uptime()
        var out: [Process] = []
        for entry in (try? FileSystem.list("/proc")) ?? [] {
            guard let hostPid = Int32(entry), readlink("/proc/\(entry)/ns/pid") == target,
                  let status = try? FileSystem.readFile("/proc/\(entry)/status") else { continue }
            let fields = Self.statusFields(String(decoding: status, as: UTF8.self))
            // NSpid lists the pid in each namespace, innermost last.
            let pid = fields["NSpid"]?.split(separator: "\t").last.flatMap { Int32($0) } ?? hostPid
            let uid = fields["Uid"]?.split(separator: "\t").first.flatMap { UInt32($0) } ?? 0
            let ppidHost = fields["PPid"].flatMap { Int32($0) } ?? 0
            // A parent outside the container (its monitor) shows as 0, as in Podman.
            let parentInside = ppidHost != 0 && readlink("/proc/\(ppidHost)/ns/pid") == target
            let ppid = parentInside ? Self.namespacePid(ppidHost) ?? 0 : 0
            let cmdline = ((try? FileSystem.readFile("/proc/\(entry)/cmdline")) ?? []).map { $0 == 0 ? 32 : $0 }
            var command = String(decoding: cmdline, as: UTF8.self).trimmed
            if command.isEmpty { command = "[" + (fields["Name"] ?? "?") + "]" }
            let started = ProcessTable.startTime(of: hostPid).map { Double($0) / Double(sysconf(Int32(_SC_CLK_TCK))) } ?? uptime
            out.append(Process(user: names[uid] ?? String(uid), pid: pid, ppid: ppid,
                               elapsed: Self.duration(uptime - started), command: command))
        }
        return out.sorted { $0.pid < $1.pid }
    }

    static func namespacePid(_ hostPid: Int32) -> Int32? {
        guard let status = try? FileSystem.readFile("/proc/\(hostPid)/status") else { return nil }
        let nspid = statusFields(String(decoding: status, as: UTF8.self))["NSpid"]
        return nspid?.split(separator: "\t").last.flatMap { Int32($0) }
    }

    static func statusFields(_ text: String) -> [String: String] {
        var out: [String: String] = [:]
        for line in text.split(separator: "\n") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            out[String(line[..<colon])] = String(line[line.index(after: colon)...]).trimmed
        }
        return out
    }

    static func uptime() -> Double {
        guard let bytes = try? FileSystem.readFile("/proc/uptime") else { return 0 }
        return Double(String(decoding: bytes, as: UTF8.self).split(separator: " ").first ?? "0") ?? 0
    }

    /// Go's duration printing as Podman's top shows it: `1m2.5s`, `3.2s`.
    static func duration(_ seconds: Double) -> String {
        let s = max(0, seconds)
        if s < 60 { return String(format2(s)) + "s" }
        let minutes = Int(s / 60)
        if minutes < 60 { return "\(minutes)m" + format2(s - Double(minutes * 60)) + "s" }
        return "\(minutes / 60)h\(minutes % 60)m" + format2(s - Double(minutes * 60)) + "s"
    }

    private static func format2(_ v: Double) -> String {
        let hundredths = Int((v * 100).rounded())
        let frac = hundredths % 100
        return "\(hundredths / 100)." + (frac < 10 ? "0\(frac)" : "\(frac)")
    }

    private func readlink(_ path: String) -> String? {
        var buf = [CChar](repeating: 0, count: 256)
        let n = Glibc.readlink(path, &buf, buf.count - 1)
        guard n > 0 else { return nil }
        return String(decoding: buf[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
