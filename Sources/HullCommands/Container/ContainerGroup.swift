import ArgumentParser
import HullEngine
#if canImport(Glibc)
import Glibc
#endif

struct ContainerGroup: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "container",
        abstract: "Manage containers.",
        subcommands: [Attach.self, Commit.self, Cp.self, Create.self, Diff.self, Exec.self, ContainerExists.self, Export.self, ContainerInspect.self, Kill.self, Logs.self, ContainerList.self,
                      ContainerPrune.self, Pause.self, Rename.self, Restart.self, Rm.self, Run.self, Start.self, Stats.self, Stop.self,
                      Top.self, Unpause.self, Update.self, Wait.self])
}
