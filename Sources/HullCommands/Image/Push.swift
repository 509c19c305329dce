import ArgumentParser
import HullEngine
#if canImport(Glibc)
import Glibc
#endif

struct Push: StoreCommand {
    static let configuration = CommandConfiguration(
        commandName: "push",
        abstract: "Push an image to a registry.",
        discussion: "Without DESTINATION the image's own name says where it goes. Only the layers the registry lacks are uploaded.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var registry: RegistryFlags

    @Flag(name: .shortAndLong, help: "Suppress progress output.")
    var quiet = false

    @Option(name: .customLong("digestfile"), help: "Write the digest of the pushed manifest to this file.", completion: .file())
    var digestFile: String?

    @Argument(help: "The local image: a name or an ID.", completion: .custom(Completion.images))
    var image: String

    @Argument(help: "Where to push: [docker://]REGISTRY/NAME[:TAG].")
    var destination: String?

    func execute(layout: StoreLayout) throws {
        var target = destination ?? image
        if target.hasPrefix("docker://") { target = String(target.dropFirst("docker://".count)) }
        guard ImageReference.hasRegistry(target) || destination != nil else {
            throw HullError(.failure, "\(image): give a destination with a registry, e.g. hull push \(image) localhost:5000/\(image)")
        }
        let reference = try ImageReference.parse(target)
        let observer: any TransferObserver = quiet ? SilentTransferObserver() : TransferProgress()
        let digest = try ImagePusher(layout: layout, options: try registry.options(), observer: observer).push(image, to: reference)
        if let digestFile {
            let bytes = Array(digest.utf8)
            let fd = open(digestFile, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
            guard fd >= 0, bytes.withUnsafeBytes({ write(fd, $0.baseAddress, $0.count) }) == bytes.count else {
                throw HullError(.failure, "writing \(digestFile): \(String(cString: strerror(errno)))")
            }
            close(fd)
        }
    }
}
