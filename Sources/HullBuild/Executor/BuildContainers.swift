import HullEngine
import HullLinux
#if canImport(Glibc)
import Glibc
#endif

/// The containers RUN steps run in carry the building hull's PID and
/// start time as labels; one left by a build that was killed (SIGKILL,
/// a crash) is removed by the next build, as tmp/ leftovers are swept.
enum BuildContainers {
    static let pidLabel = "io.hull.build.pid"
    static let startLabel = "io.hull.build.start"

    static func labels() -> [String: String] {
        let pid = getpid()
        return [pidLabel: String(pid), startLabel: ProcessTable.startTime(of: pid).map(String.init) ?? ""]
    }

    static func sweep(layout: StoreLayout) {
        let remover = ContainerRemover(layout: layout)
        for container in ContainerStore(layout: layout).list() {
            guard let pid = container.config.labels[pidLabel].flatMap(Int32.init) else { continue }
            let start = container.config.labels[startLabel].flatMap(UInt64.init)
            if !ProcessTable.isAlive(pid: pid, startTime: start) {
                _ = try? remover.remove(container, force: true, volumes: true)
            }
        }
    }
}
