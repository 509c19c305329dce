/// `/run/.containerenv`: tells programs in the container that they run in
/// one (systemd, toolbox and many scripts test for the file). Empty, as in
/// Podman, unless the container is privileged, when it also says which
/// engine, container and image.
enum ContainerEnvFile {
    static let target = "/run/.containerenv"

    static func contents(_ config: ContainerConfig, privileged: Bool, rootless: Bool) -> String {
        guard privileged else { return "" }
        return """
            engine="hull"
            name="\(config.name)"
            id="\(config.id)"
            image="\(config.imageName)"
            imageid="\(config.imageID)"
            rootless=\(rootless ? 1 : 0)

            """
    }
}
