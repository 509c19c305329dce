#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import HullLinux
#if canImport(Glibc)
import Glibc
#endif

/// `stats`: a container's resource use from its cgroup, in Podman's columns.
public struct ContainerStats {
    public let layout: StoreLayout

    public init(layout: StoreLayout) {
        self.layout = layout
    }

    struct Sample {
        let stats: CgroupStats
        let time: Date
    }

    func sample(_ c: Container) throws(HullError) -> Sample {
        guard let manager = ContainerCgroup.attach(c) else {
            throw HullError(.failure, ContainerCgroup.missingReason(c))
        }
        do {
            return Sample(stats: try manager.stats(), time: Date())
        } catch {
            throw HullError(.failure, "reading the cgroup of \(c.id): \(error)", cause: error)
        }
    }

    /// One row per container: CPU % over `interval` seconds, memory, pids, block I/O.
    public func rows(_ containers: [Container], interval: Double) throws(HullError) -> [TemplateValue] {
        let running = containers.filter { $0.state.status == .running || $0.state.status == .paused }
        let first = try running.map { (c) throws(HullError) in try sample(c) }
        usleep(UInt32(interval * 1_000_000))
        var rows: [TemplateValue] = []
        for (i, c) in running.enumerated() {
            let second = try sample(c)
            rows.append(row(c, first[i], second))
        }
        return rows
    }

    func row(_ c: Container, _ a: Sample, _ b: Sample) -> TemplateValue {
        let s = b.stats
        let elapsed = b.time.timeIntervalSince(a.time)
        let cpuDelta = Double((s.cpuUsageNanoseconds ?? 0) &- (a.stats.cpuUsageNanoseconds ?? 0))
        let cpu = elapsed > 0 ? cpuDelta / (elapsed * 1e9) * 100 : 0
        let hostMemory = Self.hostMemory()
        let usage = (s.memoryUsage ?? 0) &- (s.memoryInactiveFile ?? 0)
        // An unlimited cgroup reports a huge number; Podman shows the host's memory.
        let limit = min(s.memoryLimit ?? hostMemory, hostMemory)
        let memPercent = limit > 0 ? Double(usage) / Double(limit) * 100 : 0
        let uptime = Date().timeIntervalSince(c.state.startedAt ?? Date())
        let avgCPU = uptime > 0 ? Double(s.cpuUsageNanoseconds ?? 0) / (uptime * 1e9) * 100 : 0
        return .map([
            ("ID", .string(String(c.id.prefix(12)))),
            ("ContainerID", .string(c.id)),
            ("Name", .string(c.name)),
            ("CPUPerc", .string(Self.percent(cpu))),
            ("MemUsage", .string("\(ByteSize.human(Int64(usage))) / \(ByteSize.human(Int64(limit)))")),
            ("MemUsageBytes", .string("\(usage) / \(limit)")),
            ("MemPerc", .string(Self.percent(memPercent))),
            ("NetIO", .string("0B / 0B")),
            ("BlockIO", .string("\(ByteSize.human(Int64(s.blockReadBytes ?? 0))) / \(ByteSize.human(Int64(s.blockWriteBytes ?? 0)))")),
            ("PIDs", .string(String(s.pidsCurrent ?? 0))),
            ("CPUTime", .string(Self.duration(Double(s.cpuUsageNanoseconds ?? 0) / 1e9))),
            ("AvgCPU", .string(Self.percent(avgCPU))),
            ("CPU", .double(cpu)),
            ("MemUsageRaw", .int(Int64(usage))),
            ("MemLimit", .int(Int64(limit))),
        ])
    }

    static func percent(_ v: Double) -> String {
        let hundredths = Int((v * 100).rounded())
        let frac = hundredths % 100
        return "\(hundredths / 100).\(frac < 10 ? "0" : "")\(frac)%"
    }

    static func duration(_ seconds: Double) -> String {
        if seconds < 1 { return "\(Int((seconds * 1000).rounded()))ms" }
        if seconds < 60 { return String(Int(seconds)) + "." + String(Int((seconds * 1000).rounded()) % 1000 / 10) + "s" }
        return "\(Int(seconds) / 60)m\(Int(seconds) % 60)s"
    }

    static func hostMemory() -> UInt64 {
        let pages = sysconf(Int32(_SC_PHYS_PAGES)), size = sysconf(Int32(_SC_PAGESIZE))
        return pages > 0 && size > 0 ? UInt64(pages) * UInt64(size) : 0
    }
}
