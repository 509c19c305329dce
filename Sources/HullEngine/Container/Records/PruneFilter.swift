#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// `container prune --filter`: Podman's keys `until=TIME` (created before),
/// `label=KEY[=VALUE]` and `label!=KEY[=VALUE]`; all must hold.
public struct PruneFilter {
    var until: [Date] = []
    var labels: [String] = []
    var notLabels: [String] = []

    /// - parseTime: reads an `until` value (RFC 3339, Unix seconds or a duration ago).
    public static func parse(_ items: [String], parseTime: (String) throws -> Date) throws -> PruneFilter {
        var f = PruneFilter()
        for item in items {
            if item.hasPrefix("label!=") {
                f.notLabels.append(String(item.dropFirst(7)))
            } else if item.hasPrefix("label=") {
                f.labels.append(String(item.dropFirst(6)))
            } else if item.hasPrefix("until=") {
                f.until.append(try parseTime(String(item.dropFirst(6))))
            } else {
                throw HullError(.failure, "invalid filter \"\(item)\": supported keys are label, label!, until")
            }
        }
        return f
    }

    public func matches(_ c: Container) -> Bool {
        until.allSatisfy { c.config.created < $0 }
            && labels.allSatisfy { Self.has($0, c) }
            && !notLabels.contains { Self.has($0, c) }
    }

    static func has(_ label: String, _ c: Container) -> Bool {
        let kv = label.split(separator: "=", maxSplits: 1).map(String.init)
        guard let key = kv.first, let v = c.config.labels[key] else { return false }
        return kv.count == 1 || v == kv[1]
    }
}
