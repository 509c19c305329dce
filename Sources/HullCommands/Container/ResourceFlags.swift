import ArgumentParser
import HullEngine

/// --memory, --cpus and friends, shared by run, create and update.
struct ResourceFlags: ParsableArguments {
    @Option(name: [.customShort("m"), .long], help: "Memory limit (e.g. 64m, 1g).")
    var memory: String?

    @Option(name: .customLong("memory-swap"), help: "Memory plus swap limit; -1 for unlimited swap.")
    var memorySwap: String?

    @Option(name: .customLong("memory-reservation"), help: "Memory soft limit.")
    var memoryReservation: String?

    @Option(name: .long, help: "Number of CPUs (e.g. 0.5); 0 or negative for no limit.")
    var cpus: CPUCount?

    @Option(name: [.customShort("c"), .customLong("cpu-shares")], help: "CPU shares (relative weight).")
    var cpuShares: UInt64?

    @Option(name: .customLong("cpuset-cpus"), help: "CPUs in which to allow execution (0-3, 0,1).")
    var cpusetCpus: String?

    @Option(name: .customLong("cpuset-mems"), help: "Memory nodes in which to allow execution.")
    var cpusetMems: String?

    @Option(name: .customLong("pids-limit"), help: "Limit on the number of processes (-1 or 0: unlimited).")
    var pidsLimit: Int64?

    @Option(name: .customLong("blkio-weight"), help: "Block IO weight (10 to 1000).")
    var blkioWeight: UInt16?

    @Option(name: .customLong("kernel-memory"), help: "Accepted and ignored with a warning, as Podman (kernels no longer limit it).")
    var kernelMemory: String?

    var options: ResourceOptions {
        var o = ResourceOptions()
        o.memory = memory
        o.memorySwap = memorySwap
        o.memoryReservation = memoryReservation
        o.cpus = cpus?.text
        o.cpuShares = cpuShares
        o.cpusetCpus = cpusetCpus
        o.cpusetMems = cpusetMems
        o.pidsLimit = pidsLimit
        o.blkioWeight = blkioWeight
        o.kernelMemory = kernelMemory
        return o
    }
}

extension ResourceFlags {
    /// The same options for `OptionTable`'s fast parse (kept equal by OptionTableTests).
    static var optionTable: OptionTable<ResourceFlags> { OptionTable<ResourceFlags>([
        .option("-m", "--memory") { $0.memory = $1 },
        .option("--memory-swap") { $0.memorySwap = $1 },
        .option("--memory-reservation") { $0.memoryReservation = $1 },
        .option("--cpus") { $0.cpus = $1 },
        .option("-c", "--cpu-shares") { $0.cpuShares = $1 },
        .option("--cpuset-cpus") { $0.cpusetCpus = $1 },
        .option("--cpuset-mems") { $0.cpusetMems = $1 },
        .option("--pids-limit") { $0.pidsLimit = $1 },
        .option("--blkio-weight") { $0.blkioWeight = $1 },
        .option("--kernel-memory") { $0.kernelMemory = $1 },
    ]) }
}

/// A `--cpus` value: any number Go's ParseFloat reads (Podman's flag
/// type), kept as written so the engine converts it exactly.
struct CPUCount: ExpressibleByArgument, CustomStringConvertible {
    let text: String

    init?(argument: String) {
        guard Double(argument) != nil else { return nil }
        text = argument
    }

    var description: String { text }
}
