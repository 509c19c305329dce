import HullLinux

/// `--tz`: the container's /etc/localtime, from the host's zoneinfo.
enum Timezone {
    /// The host file a zone name stands for; "local" is the host's own zone.
    static func zoneFile(_ zone: String) throws(HullError) -> String {
        let path = zone == "local" ? "/etc/localtime" : "/usr/share/zoneinfo/" + zone
        // A name that climbs out of zoneinfo is no zone.
        guard zone == "local" || !zone.split(separator: "/").contains("..") else {
            throw HullError(.failure, "running container create option: finding timezone: unknown time zone \(zone)")
        }
        guard FileSystem.exists(path) else {
            throw HullError(.failure, "running container create option: stat \(path): no such file or directory")
        }
        return path
    }
}
