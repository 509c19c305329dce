/// The digest of the OCI manifest a locally made image (imported,
/// committed, loaded without one) would have with its layers uncompressed.
/// Podman gives every local image such a digest: scripts read it as
/// `.Digest` and `images --digests`, and refer to the image as NAME@DIGEST.
enum LocalManifestDigest {
    static func of(configBytes: [UInt8], layers: [(diffID: String, size: Int64)]) -> String {
        let layerEntries = layers.map {
            #"{"mediaType":"application/vnd.oci.image.layer.v1.tar","digest":"\#($0.diffID)","size":\#($0.size)}"#
        }
        let manifest = #"{"schemaVersion":2,"mediaType":"application/vnd.oci.image.manifest.v1+json","config":"#
            + #"{"mediaType":"application/vnd.oci.image.config.v1+json","digest":"sha256:\#(SHA256Hasher.hexDigest(of: configBytes))","size":\#(configBytes.count)},"#
            + #""layers":["# + layerEntries.joined(separator: ",") + "]}"
        return "sha256:" + SHA256Hasher.hexDigest(of: Array(manifest.utf8))
    }
}
