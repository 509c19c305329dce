/// `volume export` and `volume import`: a volume's content as a tar, read
/// and written the way layers are (names as bytes; a tar is unpacked as
/// hostile input, nothing landing outside the volume).
public struct VolumeArchive {
    public let layout: StoreLayout

    public init(layout: StoreLayout) {
        self.layout = layout
    }

    public func export(_ name: String, to fd: Int32) throws(HullError) {
        let store = VolumeStore(layout: layout)
        let record = try store.load(name)
        if record.isTmpfs {
            throw HullError(.failure, "volume \(name) is a tmpfs: its content lives only while a container mounts it")
        }
        do {
            try LayerWriter.write(directory: store.mountpoint(record), toDescriptor: fd, what: "volume \(name)")
        } catch {
            throw HullError(.failure, error.description)
        }
    }

    public func importArchive(_ name: String, from fd: Int32, source: String) throws(HullError) {
        let store = VolumeStore(layout: layout)
        let record = try store.load(name)
        if record.isTmpfs {
            throw HullError(.failure, "volume \(name) is a tmpfs: there is nothing to import into")
        }
        do {
            let stream = try LayerStream(fd: fd, source: source)
            _ = try LayerExtractor.extract(stream, into: store.mountpoint(record))
        } catch let error as LayerStream.Failure {
            throw HullError(.failure, "reading \(source): \(error.description)")
        } catch let error as LayerExtractor.Failure {
            throw HullError(.failure, "reading \(source): \(error.description)")
        } catch {
            throw HullError.wrap(error, "reading \(source)")
        }
    }
}
