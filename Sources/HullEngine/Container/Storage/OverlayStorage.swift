import CHull
import HullLinux
#if canImport(Glibc)
import Glibc
#endif

/// Which overlay makes a container's root: the kernel's (rootless: mounted
/// inside the user namespace with `userxattr`, Linux 5.11+) or a FUSE
/// program (Podman's `overlay.mount_program`, fuse-overlayfs). Decided when
/// the container is created and kept in its config, so `start`, the
/// monitor and restarts mount it the same way.
public enum OverlayStorage {
    /// The mount program the user asked for: the last
    /// `--storage-opt overlay.mount_program=PATH`, else the config file's
    /// `mount_program`; "" means none. Other storage options are refused
    /// (`--storage-opt ""` clears the ones before it, as in Podman).
    public static func requestedMountProgram(storageOptions: [String], config: HullConfig) throws(HullError) -> String? {
        var program: String?? = nil
        for option in storageOptions {
            if option.isEmpty { program = nil; continue }
            let kv = option.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
            var key = kv[0].lowercased()
            for prefix in ["overlay.", "overlay2."] where key.hasPrefix(prefix) { key.removeFirst(prefix.count) }
            guard kv.count == 2, key == "mount_program" else {
                throw HullError(.failure, "unsupported storage option \"\(option)\": hull supports overlay.mount_program=PATH")
            }
            program = .some(kv[1])
        }
        let chosen = program ?? config.mountProgram
        return chosen.flatMap { $0.isEmpty ? nil : $0 }
    }

    /// Whether the kernel's overlay works in a rootless user namespace here.
    public struct NativeCheck: Codable, Equatable, Sendable {
        /// The kernel it was checked on: a new kernel is checked again.
        public var kernel: String
        public var supported: Bool
        /// Why not, when not.
        public var error: String?
    }

    /// The container's mount program (nil: the kernel's overlay). An
    /// explicit one must be executable; rootless without one uses the
    /// kernel's overlay when `native()` says it works, else fuse-overlayfs
    /// when installed, else fails naming the fix. Root mounts the kernel's
    /// overlay everywhere, so needs no check.
    static func choose(requested: String?, rootless: Bool, native: () -> NativeCheck,
                       fuseOverlayfs: String?) throws(HullError) -> String? {
        if let requested {
            guard requested.hasPrefix("/") else {
                throw HullError(.failure, "overlay.mount_program \"\(requested)\" must be an absolute path, e.g. /usr/bin/fuse-overlayfs")
            }
            guard access(requested, X_OK) == 0 else {
                let why = LinuxError("", errno: errno).reason
                throw HullError(.failure, "overlay.mount_program \(requested) cannot be run: \(why) (install fuse-overlayfs, or correct the storage option)")
            }
            return requested
        }
        guard rootless else { return nil }
        let check = native()
        if check.supported { return nil }
        if let fuseOverlayfs { return fuseOverlayfs }
        throw HullError(.failure, "this kernel (\(check.kernel)) cannot mount overlay in a user namespace (\(check.error ?? "refused")), and fuse-overlayfs is not installed: install fuse-overlayfs (apt-get install fuse-overlayfs) or use Linux 5.11 or newer")
    }

    /// The mount program for a new container of this store.
    static func mountProgram(layout: StoreLayout, config: HullConfig, rootless: Bool) throws(HullError) -> String? {
        try choose(requested: try requestedMountProgram(storageOptions: layout.storageOptions, config: config),
                   rootless: rootless, native: { nativeCheck(layout: layout) }, fuseOverlayfs: FuseOverlay.installedPath)
    }

    static func checkPath(_ layout: StoreLayout) -> String { layout.root + "/overlay-native.json" }

    /// The store's recorded check, made now when missing or made on
    /// another kernel: the probe runs once per store and kernel, as Podman
    /// records its own in the store, so the native path costs one file read.
    public static func nativeCheck(layout: StoreLayout) -> NativeCheck {
        let kernel = kernelRelease()
        if let known = try? JSONFile.read(NativeCheck.self, from: checkPath(layout)), known.kernel == kernel {
            return known
        }
        let check = probe(layout: layout, kernel: kernel)
        try? JSONFile.write(check, to: checkPath(layout))
        return check
    }

    /// Mounts a one-layer overlay with `userxattr` in a user namespace of
    /// the caller's own, on the store's file system (some refuse it).
    static func probe(layout: StoreLayout, kernel: String) -> NativeCheck {
        var template = Array(layout.tempPath("overlaycheck", "XXXXXX").utf8CString)
        try? FileSystem.makeDirectories(layout.tmpDir, mode: 0o700)
        guard template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) != nil else {
            return NativeCheck(kernel: kernel, supported: false, error: "making a directory to check in: \(LinuxError("mkdtemp").reason)")
        }
        let dir = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        defer { try? FileSystem.removeTree(dir) }
        for sub in ["lower", "upper", "work", "merged"] { mkdir(dir + "/" + sub, 0o700) }
        let rc = hull_probe_userns_overlay("lowerdir=\(dir)/lower,upperdir=\(dir)/upper,workdir=\(dir)/work,userxattr",
                                           dir + "/merged")
        return NativeCheck(kernel: kernel, supported: rc == 0, error: rc == 0 ? nil : LinuxError("mount", errno: -rc).reason)
    }

    static func kernelRelease() -> String {
        var names = utsname()
        guard uname(&names) == 0 else { return "" }
        return withUnsafeBytes(of: &names.release) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
    }

    /// What `hull info` says of the overlay, as Podman's `store.graphOptions`
    /// and `store.graphStatus`: the mount program new containers get (its
    /// path and version), and whether the kernel's overlay is used.
    public static func info(layout: StoreLayout, config: HullConfig) throws(HullError) -> (options: TemplateValue, status: TemplateValue) {
        let program = try mountProgram(layout: layout, config: config, rootless: geteuid() != 0)
        var options: [(String, TemplateValue)] = []
        if let program {
            options.append(("overlay.mount_program", .map([
                ("Executable", .string(program)),
                ("Package", .string(program.hasSuffix("/fuse-overlayfs") ? "fuse-overlayfs" : "")),
                ("Version", .string(version(of: program))),
            ])))
        }
        var status: [(String, TemplateValue)] = [("Native Overlay Diff", .string(program == nil ? "true" : "false"))]
        if geteuid() != 0 {
            let check = nativeCheck(layout: layout)
            status.append(("Native Rootless Overlay", .string(check.supported ? "true" : "false")))
        }
        return (.map(options), .map(status))
    }

    /// The program's `--version` output, on one line.
    static func version(of program: String) -> String {
        var fds: [Int32] = [-1, -1]
        guard hull_pipe_cloexec(&fds) == 0 else { return "" }
        let pid = try? NamespacedProcess.spawn(path: program, argv: [program, "--version"], env: ["PATH=/usr/bin:/bin"],
                                               userNamespaceFD: -1, mountNamespaceFD: -1, outputFD: fds[1])
        close(fds[1])
        var out: [UInt8] = []
        var buf = [UInt8](repeating: 0, count: 4096)
        while pid != nil {
            let n = buf.withUnsafeMutableBytes { read(fds[0], $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { break }
            out += buf[0..<n]
        }
        close(fds[0])
        if let pid { _ = hull_wait(pid) }
        return String(decoding: out, as: UTF8.self).split(separator: "\n").joined(separator: ", ")
    }
}
