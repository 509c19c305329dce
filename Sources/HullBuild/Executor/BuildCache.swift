#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import HullEngine
import HullLinux

/// Which image a step made, by the step's key: `build-cache/<key>` holds
/// the image id. A key is known before any work is done (see `CacheKey`),
/// so a hit runs nothing and copies nothing. An entry whose image (or one
/// of its layers) is gone is a miss.
struct BuildCache {
    let layout: StoreLayout

    var directory: String { layout.root + "/build-cache" }

    func lookup(_ key: String) -> Image? {
        guard let bytes = try? FileSystem.readFile(directory + "/" + key) else { return nil }
        let id = String(decoding: bytes, as: UTF8.self).trimmingWhitespace
        guard Identifier.isFullID(id) else { return nil }
        let images = ImageStore(layout: layout)
        guard let record = try? images.requireByID(id), let image = try? images.load(record) else { return nil }
        let layers = LayerStore(layout: layout)
        guard record.layers.allSatisfy(layers.has) else { return nil }
        return image
    }

    func record(_ key: String, imageID: String) {
        do {
            try FileSystem.makeDirectories(directory, mode: 0o700)
            try AtomicFile.write(Array(imageID.utf8), to: directory + "/" + key, mode: 0o600, durable: false)
        } catch {
            // A cache that cannot be written only makes the next build slower.
        }
    }
}

/// A step's cache key: the parent image, then everything that decides
/// the step's result, each part length-prefixed so no two lists of parts
/// hash alike.
public enum CacheKey {
    public static func make(parent: String?, parts: [String]) -> String {
        let hasher = SHA256Hasher()
        for part in ["hull-build-v1", parent ?? "scratch"] + parts {
            let bytes = Array(part.utf8)
            hasher.update(Array("\(bytes.count):".utf8))
            hasher.update(bytes)
        }
        return hasher.finalizeHex()
    }
}
