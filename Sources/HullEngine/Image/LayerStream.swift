import CLibs
import HullLinux
#if canImport(Glibc)
import Glibc
#endif

/// A layer blob read from a file descriptor and decompressed on the fly
/// (gzip, zstd or plain tar, told apart by their magic bytes). It hashes
/// both sides as they pass: the compressed digest (what a registry names)
/// and the uncompressed diff id (what the image config lists).
public final class LayerStream {
    public enum Compression: String, Sendable { case none, gzip, zstd }

    private let fd: Int32
    private let source: String
    public private(set) var compression: Compression = .none
    private let compressedHash = SHA256Hasher()
    private let uncompressedHash = SHA256Hasher()
    public private(set) var compressedBytes: Int64 = 0
    public private(set) var uncompressedBytes: Int64 = 0
    /// Sees the uncompressed bytes as they pass (the tar-split recorder).
    public var tap: TarSplitRecorder?

    private var input = [UInt8](repeating: 0, count: 1 << 17)
    private var inputStart = 0
    private var inputEnd = 0
    private var inputEOF = false
    private var zlib: UnsafeMutablePointer<z_stream>?
    private var zstd: OpaquePointer?
    private var finished = false

    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    public init(fd: Int32, source: String) throws(Failure) {
        self.fd = fd
        self.source = source
        try fill()
        let head = input[inputStart..<inputEnd]
        if head.starts(with: [0x1f, 0x8b]) {
            compression = .gzip
            let z = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
            z.initialize(to: z_stream())
            // 15 + 32: a zlib window of 32 KiB with gzip header detection.
            guard inflateInit2_(z, 15 + 32, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
                z.deallocate()
                throw Failure(description: "\(source): cannot start gzip decompression")
            }
            zlib = z
        } else if head.starts(with: [0x28, 0xb5, 0x2f, 0xfd]) {
            compression = .zstd
            zstd = ZSTD_createDStream()
            ZSTD_initDStream(zstd)
        }
    }

    deinit {
        if let z = zlib { inflateEnd(z); z.deallocate() }
        if let d = zstd { ZSTD_freeDStream(d) }
    }

    /// Final once read: a digest can be finalized only once.
    public private(set) lazy var compressedDigest: String = "sha256:" + compressedHash.finalizeHex()
    public private(set) lazy var diffID: String = "sha256:" + uncompressedHash.finalizeHex()

    private func fill() throws(Failure) {
        if inputStart == inputEnd { inputStart = 0; inputEnd = 0 }
        guard !inputEOF, inputEnd < input.count else { return }
        let n = input.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress! + inputEnd, $0.count - inputEnd) }
        if n < 0 {
            if errno == EINTR { return }
            throw Failure(description: "reading \(source): \(LinuxError("read").reason)")
        }
        if n == 0 { inputEOF = true; return }
        input.withUnsafeBytes { compressedHash.update(UnsafeRawBufferPointer(rebasing: $0[inputEnd..<inputEnd + n])) }
        compressedBytes += Int64(n)
        inputEnd += n
    }

    /// Fills `buffer` with uncompressed bytes; 0 means the end.
    public func read(into buffer: UnsafeMutableRawBufferPointer) throws(Failure) -> Int {
        if finished { return 0 }
        var produced = 0
        while produced == 0 {
            if inputStart == inputEnd {
                try fill()
                if inputStart == inputEnd && inputEOF {
                    if compression != .none && !finished {
                        throw Failure(description: "\(source): unexpected end of compressed data (truncated?)")
                    }
                    finished = true
                    return 0
                }
            }
            switch compression {
            case .none:
                let n = min(buffer.count, inputEnd - inputStart)
                input.withUnsafeBytes { src in
                    buffer.baseAddress!.copyMemory(from: src.baseAddress! + inputStart, byteCount: n)
                }
                inputStart += n
                produced = n
                if inputEOF && inputStart == inputEnd { finished = true }
            case .gzip:
                produced = try inflateStep(into: buffer)
            case .zstd:
                produced = try zstdStep(into: buffer)
            }
            if finished { break }
        }
        uncompressedHash.update(UnsafeRawBufferPointer(rebasing: buffer[0..<produced]))
        tap?.consume(UnsafeRawBufferPointer(rebasing: buffer[0..<produced]))
        uncompressedBytes += Int64(produced)
        return produced
    }

    private func inflateStep(into buffer: UnsafeMutableRawBufferPointer) throws(Failure) -> Int {
        guard let z = zlib else { return 0 }
        let available = inputEnd - inputStart
        let rc: Int32 = input.withUnsafeMutableBytes { src in
            z.pointee.next_in = src.baseAddress!.advanced(by: inputStart).assumingMemoryBound(to: Bytef.self)
            z.pointee.avail_in = uInt(available)
            z.pointee.next_out = buffer.baseAddress!.assumingMemoryBound(to: Bytef.self)
            z.pointee.avail_out = uInt(buffer.count)
            return inflate(z, Z_NO_FLUSH)
        }
        inputStart += available - Int(z.pointee.avail_in)
        let produced = buffer.count - Int(z.pointee.avail_out)
        switch rc {
        case Z_STREAM_END:
            // Concatenated gzip members are legal; go on if bytes follow.
            if inputStart < inputEnd || !inputEOF {
                try fill()
                if inputStart < inputEnd { inflateReset(z); return produced }
            }
            finished = true
        case Z_OK, Z_BUF_ERROR:
            break
        default:
            throw Failure(description: "\(source): corrupt gzip data")
        }
        return produced
    }

    private func zstdStep(into buffer: UnsafeMutableRawBufferPointer) throws(Failure) -> Int {
        guard let d = zstd else { return 0 }
        var out = ZSTD_outBuffer(dst: buffer.baseAddress, size: buffer.count, pos: 0)
        let rc: Int = input.withUnsafeBytes { src in
            var inBuf = ZSTD_inBuffer(src: src.baseAddress! + inputStart, size: inputEnd - inputStart, pos: 0)
            let r = ZSTD_decompressStream(d, &out, &inBuf)
            inputStart += inBuf.pos
            return r
        }
        if ZSTD_isError(rc) != 0 {
            throw Failure(description: "\(source): corrupt zstd data")
        }
        if rc == 0 && inputStart == inputEnd {
            try fill()
            if inputStart == inputEnd && inputEOF { finished = true }
        }
        return out.pos
    }

    /// Reads and hashes whatever the tar reader left (end-of-archive padding),
    /// so the diff id covers the whole stream.
    public func drain() throws(Failure) {
        let scratch = UnsafeMutableRawBufferPointer.allocate(byteCount: 65536, alignment: 16)
        defer { scratch.deallocate() }
        while try read(into: scratch) > 0 {}
    }
}
