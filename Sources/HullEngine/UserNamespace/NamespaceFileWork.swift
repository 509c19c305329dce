#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import CHull
import HullLinux
#if canImport(Glibc)
import Glibc
#endif

/// File work an unprivileged user can do only as root of its own user
/// namespace, where its subordinate ids are ids it may chown to: layer
/// files get the owners their tar names, layers are copied with shifted
/// owners for --userns=keep-id, a container's root gets its owner. hull
/// re-executes itself there (a hidden verb) with the work in a plan file,
/// as Podman does such work after joining its namespace. Ids are those of
/// that namespace: 0 is the user, 1... its subordinate ids.
public struct NamespaceFileWork: Codable, Sendable {
    public static let hiddenCommand = "userns-files"

    public struct Owner: Codable, Sendable, Equatable {
        /// Relative to the operation's root; never leaves it.
        public var path: String
        public var uid: UInt32
        public var gid: UInt32
        /// Permission bits set again after the chown, which clears set-id bits.
        public var mode: UInt32
    }

    public enum Operation: Codable, Sendable {
        /// Owners for entries of a tree being stored (untrusted content).
        case setOwners(root: String, owners: [Owner])
        /// `source` copied to `staging` with owners shifted (the maps'
        /// containerID is a file's owner now, hostID its owner in the copy),
        /// then renamed to `destination`; one already there wins.
        case copyShifted(source: String, staging: String, destination: String, uids: [IDMapping], gids: [IDMapping])
        case makeDirectory(path: String, uid: UInt32, gid: UInt32, mode: UInt32)
        case writeFile(path: String, contents: [UInt8], uid: UInt32, gid: UInt32, mode: UInt32)
        case chown(path: String, uid: UInt32, gid: UInt32)
        /// A stored layer's tar rebuilt into `output` (its files may be
        /// readable only here).
        case assembleLayer(root: String, runroot: String, diffID: String, output: String)
        /// A container's upper directory as a layer tar (commit).
        case writeLayer(directory: String, output: String, skip: [String], ids: ContainerIDMappings?)
        /// A container's file system as a tar on standard output (export).
        case exportContainer(root: String, runroot: String, id: String)
    }

    public var operations: [Operation]

    public init(_ operations: [Operation]) {
        self.operations = operations
    }

    /// Runs the work in the caller's user namespace and waits for it.
    /// - stdout: the helper's standard output (export writes the tar there).
    public func run(layout: StoreLayout, environment: [String: String], stdout: Int32 = -1) throws(HullError) {
        guard !operations.isEmpty else { return }
        let userns = try RootlessUserNamespace.forCurrentUser(environment: environment)
        let plan = layout.tempPath("nsfiles", Identifier.random().prefix(12))
        let errorFile = plan + ".err"
        do { try FileSystem.makeDirectories(layout.tmpDir, mode: 0o700) } catch { throw HullError(.failure, "creating \(layout.tmpDir): \(error)", cause: error) }
        try JSONFile.write(self, to: plan, durable: false)
        defer { unlink(plan); unlink(errorFile) }

        var spec = IsolatedProcessSpec()
        spec.cloneFlags = Namespace.user
        spec.userNamespace = UserNamespaceSetup(uidMap: userns.uidMap, gidMap: userns.gidMap)
        // hull itself, in no container's mount namespace: the user's own store.
        spec.argv = ["/proc/self/exe", Self.hiddenCommand, plan]
        spec.createWorkdir = false
        spec.parentDeathSignal = SIGKILL
        spec.stdio = (-1, stdout, -1)
        let code: Int32
        do {
            var process = try IsolatedProcess.spawn(spec)
            try process.proceed()
            try process.release()
            code = try process.wait()
        } catch {
            throw HullError(.failure, "entering the user namespace of \(userns.user): \(error)", cause: error)
        }
        guard code == 0 else {
            let text = (try? FileSystem.readFile(errorFile)).map { String(decoding: $0, as: UTF8.self) } ?? ""
            throw HullError(.failure, text.isEmpty ? "file work in the user namespace failed (exit \(code))" : text)
        }
    }

    /// The hidden verb, inside the namespace: does the plan's work; on
    /// failure writes one message next to the plan and exits 1.
    public static func perform(planPath: String) -> Int32 {
        do {
            let work = try JSONFile.read(NamespaceFileWork.self, from: planPath)
            for operation in work.operations { try operation.perform() }
            return 0
        } catch {
            let text = Array(error.message.utf8)
            _ = try? AtomicFile.write(text, to: planPath + ".err", mode: 0o600, durable: false)
            return 1
        }
    }
}

extension NamespaceFileWork.Operation {
    func perform() throws(HullError) {
        switch self {
        case .setOwners(let root, let owners):
            try Self.applyOwners(root: root, owners)
        case .copyShifted(let source, let staging, let destination, let uids, let gids):
            try Self.copyTree(source: source, staging: staging, destination: destination, uids: uids, gids: gids)
        case .makeDirectory(let path, let uid, let gid, let mode):
            if mkdir(path, mode_t(mode)) != 0 && errno != EEXIST {
                throw HullError(.failure, "\(LinuxError("mkdir", path: path))")
            }
            try Self.own(path, uid: uid, gid: gid, mode: mode)
        case .writeFile(let path, let contents, let uid, let gid, let mode):
            do {
                try AtomicFile.write(contents, to: path, mode: mode_t(mode), durable: false)
            } catch {
                throw HullError(.failure, "writing \(path): \(error)", cause: error)
            }
            try Self.own(path, uid: uid, gid: gid, mode: mode)
        case .assembleLayer(let root, let runroot, let diffID, let output):
            let fd = open(output, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
            guard fd >= 0 else { throw HullError(.failure, "\(LinuxError("open", path: output))") }
            defer { close(fd) }
            let layers = LayerStore(layout: StoreLayout(root: root, runroot: runroot))
            try TarSplitAssembler(layers: layers).write(diffID) { FileSystem.writeAll(fd, $0) }
        case .writeLayer(let directory, let output, let skip, let ids):
            do {
                try LayerWriter.write(directory: directory, to: output, skip: Set(skip), idMappings: ids)
            } catch {
                throw HullError(.failure, "committing: \(error.description)")
            }
        case .exportContainer(let root, let runroot, let id):
            let layout = StoreLayout(root: root, runroot: runroot)
            let container = try ContainerStore(layout: layout).load(id)
            try ContainerExporter(layout: layout).exportHere(container, to: 1, upperIDs: container.config.idMappings?.insideUserNamespace)
        case .chown(let path, let uid, let gid):
            if lchown(path, uid, gid) != 0 { throw HullError(.failure, "\(LinuxError("chown", path: path))") }
        }
    }

    static func own(_ path: String, uid: UInt32, gid: UInt32, mode: UInt32) throws(HullError) {
        if lchown(path, uid, gid) != 0 || chmod(path, mode_t(mode)) != 0 {
            throw HullError(.failure, "\(LinuxError("chown", path: path))")
        }
    }

    /// Each path's parent is opened beneath the root without following any
    /// symlink (the tree is a layer, i.e. untrusted), and the entry itself
    /// is changed without following it.
    static func applyOwners(root: String, _ owners: [NamespaceFileWork.Owner]) throws(HullError) {
        let rootFD = open(root, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard rootFD >= 0 else { throw HullError(.failure, "\(LinuxError("open", path: root))") }
        defer { close(rootFD) }
        for owner in owners {
            let (parent, base) = LayerExtractor.split(owner.path)
            var dirFD = rootFD
            if !parent.isEmpty {
                dirFD = hull_openat2(rootFD, parent, O_PATH | O_DIRECTORY | O_CLOEXEC,
                                     UInt64(RESOLVE_BENEATH | RESOLVE_NO_SYMLINKS | RESOLVE_NO_MAGICLINKS))
                guard dirFD >= 0 else { throw HullError(.failure, "\(LinuxError("open", path: "/" + parent))") }
            }
            defer { if dirFD != rootFD { close(dirFD) } }
            if fchownat(dirFD, base, owner.uid, owner.gid, AT_SYMLINK_NOFOLLOW) != 0 {
                let e = errno
                if e == EINVAL {
                    // Podman's words for the same failure.
                    throw HullError(.failure, "potentially insufficient UIDs or GIDs available in user namespace (requested \(owner.uid):\(owner.gid) for /\(owner.path)): check /etc/subuid and /etc/subgid: lchown /\(owner.path): invalid argument")
                }
                throw HullError(.failure, "\(LinuxError("chown", path: "/" + owner.path, errno: e))")
            }
            var st = stat()
            if fstatat(dirFD, base, &st, AT_SYMLINK_NOFOLLOW) == 0, (st.st_mode & S_IFMT) != S_IFLNK,
               fchmodat(dirFD, base, mode_t(owner.mode), 0) != 0 {
                throw HullError(.failure, "\(LinuxError("chmod", path: "/" + owner.path))")
            }
        }
    }

    static func copyTree(source: String, staging: String, destination: String,
                            uids: [IDMapping], gids: [IDMapping]) throws(HullError) {
        if FileSystem.exists(destination) { return }
        let ranges = { (maps: [IDMapping]) in maps.map { hull_idmap_range(from: $0.containerID, to: $0.hostID, count: $0.size) } }
        let uidRanges = ranges(uids), gidRanges = ranges(gids)
        var out = hull_idcopy()
        let rc = uidRanges.withUnsafeBufferPointer { u in
            gidRanges.withUnsafeBufferPointer { g in
                out.uids = u.baseAddress; out.nuids = u.count
                out.gids = g.baseAddress; out.ngids = g.count
                return hull_idcopy_tree(source, staging, &out)
            }
        }
        if rc < 0 {
            let failed = withUnsafeBytes(of: out.failed_path) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            try? FileSystem.removeTree(staging)
            if -rc == EOVERFLOW {
                throw HullError(.failure, "/\(failed) is owned by \(out.unmapped_is_gid != 0 ? "gid" : "uid") \(out.unmapped_id), which --userns=keep-id cannot map: it needs more subordinate ids in /etc/sub\(out.unmapped_is_gid != 0 ? "gid" : "uid")")
            }
            throw HullError(.failure, "copying layer \(source) for --userns=keep-id: /\(failed): \(LinuxError("copy", errno: -rc).reason)")
        }
        _ = mkdir(AtomicFile.directory(of: destination), 0o700)
        if rename(staging, destination) != 0 {
            let e = errno
            try? FileSystem.removeTree(staging)
            // Another hull made the same copy meanwhile: theirs is kept.
            guard e == EEXIST || e == ENOTEMPTY else {
                throw HullError(.failure, "\(LinuxError("rename", path: destination, errno: e))")
            }
        }
    }
}
