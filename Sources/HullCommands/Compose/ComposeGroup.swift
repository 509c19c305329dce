import ArgumentParser

struct ComposeGroup: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compose",
        abstract: "Run multi-container applications from compose files.",
        discussion: "Reads compose.yaml (or compose.yml, docker-compose.yaml, docker-compose.yml) in the current directory or the nearest parent, as docker compose does.",
        subcommands: [ComposeConfig.self, ComposeUp.self, ComposeDown.self, ComposePs.self, ComposeStart.self, ComposeStop.self,
                      ComposeRm.self, ComposeLogs.self, ComposeExec.self, ComposeRun.self, ComposeBuildCommand.self,
                      ComposeRestart.self, ComposeKill.self, ComposePause.self, ComposeUnpause.self, ComposePull.self, ComposePort.self])
}
