import HullLinux
#if canImport(Glibc)
import Glibc
#endif

/// Reads a file of a container's root file system without mounting it:
/// the topmost layer that has the path wins, and an overlay whiteout
/// (a 0/0 character device) means it was deleted.
struct LayeredFiles {
    /// Layer directories, topmost first.
    let directories: [String]

    /// Whether the path exists in the merged view (a whiteout hides it).
    func exists(_ path: String) -> Bool {
        for dir in directories {
            var st = stat()
            guard lstat(dir + path, &st) == 0 else { continue }
            return !((st.st_mode & S_IFMT) == S_IFCHR && st.st_rdev == 0)
        }
        return false
    }

    /// The topmost layer's entry for the path, nil when none or deleted.
    func entry(_ path: String) -> Glibc.stat? {
        for dir in directories {
            var st = Glibc.stat()
            guard lstat(dir + path, &st) == 0 else { continue }
            return (st.st_mode & S_IFMT) == S_IFCHR && st.st_rdev == 0 ? nil : st
        }
        return nil
    }

    func read(_ path: String) -> [UInt8]? {
        for dir in directories {
            let full = dir + path
            var st = stat()
            guard lstat(full, &st) == 0 else { continue }
            switch st.st_mode & S_IFMT {
            case S_IFREG: return try? FileSystem.readFile(full)
            case S_IFCHR where st.st_rdev == 0: return nil
            default: return nil
            }
        }
        return nil
    }
}
