#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import HullLinux
#if canImport(Glibc)
import Glibc
#endif

/// `hull import`: a root file system tarball becomes a one-layer image.
public struct ImageImporter {
    public let layout: StoreLayout

    public init(layout: StoreLayout) {
        self.layout = layout
    }

    /// - path: a tarball (plain, gzip or zstd), or "-" for stdin.
    /// - name: optional image name; without a registry it is `localhost/NAME`.
    /// - changes: Dockerfile instructions (`CMD`, `ENV`, ...) for the config.
    public func importTarball(path: String, name: String?, changes: [String], message: String?) throws(HullError) -> ImageRecord {
        let qualified = try name.map { (n) throws(HullError) in try ImageReference.parse(n, defaultRegistry: "localhost").description }
        var defaults = ImageConfig.ContainerDefaults()
        for change in changes { try ConfigChange.apply(change, to: &defaults) }
        try layout.prepare()
        let layers = LayerStore(layout: layout)
        layout.sweepTmp()

        let fd: Int32 = path == "-" ? dup(0) : open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else {
            throw HullError(.failure, "opening \(path): \(LinuxError("open").reason)")
        }
        defer { close(fd) }
        var st = stat()
        if fstat(fd, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR {
            throw HullError(.failure, "\(path) is a directory, not a tarball")
        }
        let layer = try layers.add(from: fd, source: path)

        let now = Date()
        let config = ImageConfig(
            created: now, architecture: Platform.goArchitecture, os: "linux", config: defaults,
            rootfs: .init(diffIDs: [layer.diffID]),
            history: [.init(created: now, createdBy: "/bin/sh -c #(nop) ADD file:\(Identifier.hexPart(layer.diffID)) in /",
                            comment: message ?? "imported from tarball")])
        let record = try ImageStore(layout: layout).add(config: config, names: qualified.map { [$0] } ?? [], layerSizes: layer.size)
        EventLog(layout: layout).append(Event(.image, "import", id: record.id, name: qualified ?? record.id))
        return record
    }
}

public enum Platform {
    /// The Go architecture name of this machine, as image configs use.
    public static var goArchitecture: String {
        var u = utsname()
        uname(&u)
        let machine = withUnsafePointer(to: u.machine) {
            $0.withMemoryRebound(to: CChar.self, capacity: 65) { String(cString: $0) }
        }
        switch machine {
        case "x86_64": return "amd64"
        case "aarch64": return "arm64"
        case "i686", "i386": return "386"
        case "armv7l": return "arm"
        default: return machine
        }
    }
}
