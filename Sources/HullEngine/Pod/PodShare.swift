/// `pod create --share`: the kernel namespaces members take from the infra
/// container, as Podman names them.
public enum PodShare {
    public static let known = ["cgroup", "ipc", "net", "pid", "uts"]
    /// Podman's default: everything but pid (and cgroup, which hull gives
    /// every container its own of).
    public static let defaults = ["ipc", "net", "uts"]

    /// "net,ipc", "none", "+pid" (added to the defaults).
    public static func parse(_ values: [String]) throws(HullError) -> [String] {
        guard !values.isEmpty else { return defaults }
        var result: [String] = []
        for value in values {
            var text = Substring(value)
            if text.hasPrefix("+") {
                text = text.dropFirst()
                result += defaults
            }
            for word in text.split(separator: ",", omittingEmptySubsequences: false).map(String.init) {
                if word == "none" { continue }
                guard known.contains(word) else {
                    throw HullError(.failure, "invalid kernel namespace to share: \(word). Options are: cgroup, ipc, net, pid, uts or none")
                }
                if !result.contains(word) { result.append(word) }
            }
        }
        return result
    }
}
