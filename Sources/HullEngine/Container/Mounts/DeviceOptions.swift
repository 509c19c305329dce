#if canImport(Glibc)
import Glibc
#endif

/// `--device HOST[:CONTAINER[:PERMISSIONS]]` and `--device-cgroup-rule`.
/// hull puts no device cgroup around containers, so a device is usable
/// once its node is there: the host's node is bound in (as rootless
/// Podman does); permissions without `w` make it read-only.
public enum DeviceOptions {
    /// Normalised `HOST:CONTAINER:PERMISSIONS`, checked against the host.
    public static func parse(_ text: String) throws(HullError) -> String {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        guard (1...3).contains(parts.count), let host = parts.first, host.hasPrefix("/") else {
            throw HullError(.failure, "invalid device specification: \(text)")
        }
        var container = host
        var permissions = "rwm"
        if parts.count >= 2 {
            // HOST:PERMISSIONS is allowed when the second part is not a path.
            if parts[1].hasPrefix("/") { container = parts[1] } else { permissions = parts[1] }
        }
        if parts.count == 3 { permissions = parts[2] }
        guard !permissions.isEmpty, permissions.allSatisfy({ "rwm".contains($0) }) else {
            throw HullError(.failure, "invalid device mode: \(permissions)")
        }
        var st = stat()
        guard stat(host, &st) == 0 else {
            throw HullError(.failure, "stat \(host): \(String(cString: strerror(errno)).lowercased())")
        }
        return "\(host):\(container):\(permissions)"
    }

    /// The bind mount that puts a parsed device into the container.
    static func mount(_ device: String) -> MountSpec {
        let parts = device.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        return MountSpec(type: .bind, source: parts[0], destination: parts[1], readOnly: !parts[2].contains("w"))
    }

    /// `c 1:3 rwm`: checked as Podman does, then nothing more to do (no
    /// device cgroup restricts the container).
    public static func checkCgroupRule(_ rule: String) throws(HullError) {
        let words = rule.split(separator: " ").map(String.init)
        func number(_ s: Substring) -> Bool { s == "*" || (!s.isEmpty && s.allSatisfy(\.isNumber)) }
        let numbers = words.count == 3 ? words[1].split(separator: ":", omittingEmptySubsequences: false) : []
        guard words.count == 3, ["a", "b", "c"].contains(words[0]), numbers.count == 2, numbers.allSatisfy(number),
              !words[2].isEmpty, words[2].allSatisfy({ "rwm".contains($0) }) else {
            throw HullError(.failure, "invalid device cgroup rule requires type, major:Minor, and access rules: \"\(rule)\"")
        }
    }

    /// inspect's `.HostConfig.Devices` entries.
    static func view(_ device: String) -> TemplateValue {
        let parts = device.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        return .map([("PathOnHost", .string(parts[0])), ("PathInContainer", .string(parts[1])),
                     ("CgroupPermissions", .string(parts[2]))])
    }
}
