import HullEngine

/// Docker Compose's labels on the objects a project makes, so tools that
/// know compose (and `hull ps --filter label=...`) see them.
public enum ComposeLabels {
    public static let project = "com.docker.compose.project"
    public static let service = "com.docker.compose.service"
    public static let number = "com.docker.compose.container-number"
    public static let configHash = "com.docker.compose.config-hash"
    public static let oneoff = "com.docker.compose.oneoff"
    public static let workingDir = "com.docker.compose.project.working_dir"
    public static let configFiles = "com.docker.compose.project.config_files"
    public static let network = "com.docker.compose.network"
    public static let volume = "com.docker.compose.volume"
    public static let dependsOn = "com.docker.compose.depends_on"
    public static let image = "com.docker.compose.image"
}

extension Container {
    var composeService: String? { config.labels[ComposeLabels.service] }
    var composeNumber: Int { Int(config.labels[ComposeLabels.number] ?? "") ?? 1 }
    var isOneOff: Bool { config.labels[ComposeLabels.oneoff] == "True" }
}
