#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Fetches blobs of one repository: small ones (configs) into memory with
/// their digest checked, large ones (layers) streamed, resuming with a
/// Range request when a connection breaks part way.
struct BlobReader {
    let session: RegistrySession

    func path(_ digest: String) -> String { "/v2/\(session.repository)/blobs/\(digest)" }

    func fetch(_ descriptor: Descriptor, client: HTTPClient) throws(HullError) -> [UInt8] {
        let response = try session.send(client, "GET", path(descriptor.digest))
        guard response.status == 200 else {
            throw HullError(.failure, "reading blob \(descriptor.digest): \(RegistrySession.describe(response))")
        }
        let actual = "sha256:" + SHA256Hasher.hexDigest(of: response.body)
        guard actual == descriptor.digest else {
            throw HullError(.failure, "blob \(descriptor.digest): digest mismatch: got \(actual)")
        }
        return response.body
    }

    /// Streams a blob to `write` (false aborts). The caller checks the digest
    /// of what it was given; this checks the length, so a registry can
    /// neither cut a blob short nor stream forever.
    func stream(_ descriptor: Descriptor, client: HTTPClient,
                progress: @escaping (Int64) -> Void, write: @escaping (UnsafeRawBufferPointer) -> Bool) throws(HullError) {
        var offset: Int64 = 0
        var attempts = 0
        while true {
            let startedAt = offset
            var skip: Int64 = 0
            var refused = false
            var oversize = false
            var firstChunk = true
            let sink: (Int, UnsafeRawBufferPointer) -> Bool = { status, chunk in
                // A registry that ignores Range resends from the start.
                if firstChunk { firstChunk = false; if status == 200 { skip = startedAt } }
                var piece = chunk
                if skip > 0 {
                    let drop = Int(min(skip, Int64(piece.count)))
                    skip -= Int64(drop)
                    piece = UnsafeRawBufferPointer(rebasing: piece[drop...])
                }
                if piece.isEmpty { return true }
                if offset + Int64(piece.count) > descriptor.size {
                    oversize = true
                    return false
                }
                guard write(piece) else { refused = true; return false }
                offset += Int64(piece.count)
                progress(offset)
                return true
            }
            let headers = offset > 0 ? ["Range: bytes=\(offset)-"] : []
            do throws(HullError) {
                let response = try session.send(client, "GET", path(descriptor.digest), headers: headers, sink: sink)
                guard response.status == 200 || response.status == 206 else {
                    throw HullError(.failure, "reading blob \(descriptor.digest): \(RegistrySession.describe(response))")
                }
                if offset == descriptor.size { return }
                if offset > startedAt && attempts < 5 { attempts += 1; continue }
                throw HullError(.failure, "reading blob \(descriptor.digest): got \(offset) of \(descriptor.size) bytes")
            } catch {
                if oversize {
                    throw HullError(.failure, "blob \(descriptor.digest) is larger than the \(descriptor.size) bytes its manifest says")
                }
                if refused { throw HullError(.failure, "reading blob \(descriptor.digest): aborted") }
                // Progress was made before the break: pick up where it stopped.
                if offset > startedAt && attempts < 5 { attempts += 1; continue }
                throw error
            }
        }
    }
}
