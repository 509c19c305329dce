import CLibs

/// Streaming SHA-256 (OpenSSL's libcrypto), printed as OCI digests.
public final class SHA256Hasher {
    private let ctx: OpaquePointer

    public init() {
        // EVP_MD_CTX_new only fails when out of memory.
        guard let ctx = EVP_MD_CTX_new() else { fatalError("out of memory") }
        self.ctx = ctx
        EVP_DigestInit_ex(ctx, EVP_sha256(), nil)
    }

    deinit { EVP_MD_CTX_free(ctx) }

    public func update(_ buffer: UnsafeRawBufferPointer) {
        guard buffer.count > 0 else { return }
        EVP_DigestUpdate(ctx, buffer.baseAddress, buffer.count)
    }

    public func update(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { update($0) }
    }

    /// The 64 lowercase hex characters of the digest.
    public func finalizeHex() -> String {
        var out = [UInt8](repeating: 0, count: 32)
        var len: UInt32 = 0
        EVP_DigestFinal_ex(ctx, &out, &len)
        return Self.hex(out)
    }

    public static func hex(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var chars = [UInt8]()
        chars.reserveCapacity(bytes.count * 2)
        for b in bytes {
            chars.append(digits[Int(b >> 4)])
            chars.append(digits[Int(b & 0xf)])
        }
        return String(decoding: chars, as: UTF8.self)
    }

    public static func hexDigest(of bytes: [UInt8]) -> String {
        let h = SHA256Hasher()
        h.update(bytes)
        return h.finalizeHex()
    }
}

/// Identifiers: 64 lowercase hex characters.
public enum Identifier {
    public static func isFullID(_ s: String) -> Bool {
        s.utf8.count == 64 && s.utf8.allSatisfy(isHex)
    }

    public static func isHexPrefix(_ s: String) -> Bool {
        !s.isEmpty && s.utf8.count <= 64 && s.utf8.allSatisfy(isHex)
    }

    static func isHex(_ c: UInt8) -> Bool {
        (c >= 48 && c <= 57) || (c >= 97 && c <= 102)
    }

    /// A random 64-hex id. The kernel's CSPRNG, so ids never collide in practice.
    public static func random() -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: 0...255, using: &generator) }
        return SHA256Hasher.hex(bytes)
    }

    /// Strips a `sha256:` prefix.
    public static func hexPart(_ digest: String) -> String {
        digest.hasPrefix("sha256:") ? String(digest.dropFirst(7)) : digest
    }
}
