import CLibs
import HullLinux
#if canImport(Glibc)
import Glibc
#endif

/// A stored layer as a gzip blob in a temp file, ready to upload: its
/// digest and size must be known before the registry will take it.
struct CompressedLayer {
    let path: String
    let fd: Int32
    let digest: String
    let size: Int64

    func discard() {
        close(fd)
        unlink(path)
    }

    /// Rebuilds the layer's tar and gzips it (level 3: most of level 6's
    /// ratio at about twice the speed).
    static func make(_ diffID: String, layers: LayerStore) throws(HullError) -> CompressedLayer {
        let path = layers.layout.tempPath("push", Identifier.random().prefix(12) + ".tar.gz")
        let fd = open(path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw HullError(.failure, "creating \(path): \(LinuxError("open").reason)") }
        let z = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
        z.initialize(to: z_stream())
        defer { z.deallocate() }
        // 15 + 16: a 32 KiB window with a gzip (not zlib) wrapper.
        guard deflateInit2_(z, 3, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            close(fd); unlink(path)
            throw HullError(.failure, "cannot start gzip compression")
        }
        defer { deflateEnd(z) }
        let hash = SHA256Hasher()
        var size: Int64 = 0
        var out = [UInt8](repeating: 0, count: 1 << 17)
        func pump(_ input: UnsafeRawBufferPointer, flush: Int32) -> Bool {
            z.pointee.next_in = UnsafeMutablePointer(mutating: input.baseAddress?.assumingMemoryBound(to: Bytef.self))
            z.pointee.avail_in = uInt(input.count)
            repeat {
                let produced: Int = out.withUnsafeMutableBytes { buf in
                    z.pointee.next_out = buf.baseAddress!.assumingMemoryBound(to: Bytef.self)
                    z.pointee.avail_out = uInt(buf.count)
                    deflate(z, flush)
                    return buf.count - Int(z.pointee.avail_out)
                }
                let ok = out.withUnsafeBytes { buf in
                    let chunk = UnsafeRawBufferPointer(rebasing: buf[0..<produced])
                    hash.update(chunk)
                    return FileSystem.writeAll(fd, chunk)
                }
                guard ok else { return false }
                size += Int64(produced)
            } while z.pointee.avail_out == 0
            return true
        }
        do throws(HullError) {
            try TarSplitAssembler(layers: layers).write(diffID) { pump($0, flush: Z_NO_FLUSH) }
            guard pump(UnsafeRawBufferPointer(start: nil, count: 0), flush: Z_FINISH) else {
                throw HullError(.failure, "writing \(path): \(LinuxError("write").reason)")
            }
        } catch {
            close(fd); unlink(path)
            throw error
        }
        return CompressedLayer(path: path, fd: fd, digest: "sha256:" + hash.finalizeHex(), size: size)
    }
}
