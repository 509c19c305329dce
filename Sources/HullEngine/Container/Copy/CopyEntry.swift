#if canImport(Glibc)
import Glibc
#endif

/// One file system object on its way from a copy's source to its sink
/// (`hull cp`): a path relative to the top of the copy ("" is the top).
struct CopyEntry {
    enum Kind: Equatable {
        case directory
        case file
        case symlink(String)
        case hardlink(String)   // to an earlier entry's relative path (tar input)
        case special(mode_t, dev_t)  // fifo, character or block device
    }

    var path: String
    var kind: Kind
    var mode: mode_t       // permission bits, 07777
    var uid: uid_t
    var gid: gid_t
    var size: Int64
    var mtime: timespec

    init(path: String, kind: Kind, stat st: stat) {
        self.path = path
        self.kind = kind
        mode = st.st_mode & 0o7777
        uid = st.st_uid
        gid = st.st_gid
        size = kind == .file ? Int64(st.st_size) : 0
        mtime = st.st_mtim
    }

    init(path: String, kind: Kind, mode: mode_t, uid: uid_t, gid: gid_t, size: Int64, mtime: timespec) {
        self.path = path
        self.kind = kind
        self.mode = mode
        self.uid = uid
        self.gid = gid
        self.size = size
        self.mtime = mtime
    }
}

/// Pulls a file's bytes: returns how many were read, 0 at the end, < 0 on failure.
typealias CopyContents = (UnsafeMutableRawBufferPointer) -> Int

/// Where a copy's entries go: a directory tree or a tar stream.
protocol CopySink {
    mutating func add(_ entry: CopyEntry, contents: CopyContents?) throws(HullError)
    mutating func finish() throws(HullError)
}

/// open(2)'s O_PATH, which Glibc exports to Swift only with _GNU_SOURCE.
let O_PATH: Int32 = 0o10000000
