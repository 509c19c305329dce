#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The first decode or encode of a record type in a process costs far more
/// than the next: the Swift runtime makes the metadata and conformances of
/// its coding keys, containers and nested types on first use. A container
/// start decodes an image's records and encodes and decodes the container's
/// own, all on the thread that builds the spec. Decoding and encoding a
/// sample of each on the prefetch thread (`ContainerStartPrefetch`) does
/// that first-use work on the second core instead; the runtime's caches
/// are process-wide, so the main thread then finds it done.
///
/// The samples are records as hull writes them (a rootless `run`'s). A
/// sample that stops decoding when a record type changes only makes the
/// warm-up do less, never anything wrong; RecordCodingWarmupTests keeps
/// them decoding.
enum RecordCodingWarmup {
    static let imageRecord = #"{"created":"2026-01-01T00:00:00.5Z","id":"99fbd8febe9643fd2b77565fe393ba0c6e6caf72bf4ebdfed8ebac1b1bedc4d4","layers":["sha256:25f06c86e82e92a6ab99942e1f17dafb0e646087d60616a7a3af99fae6d33dcc"],"names":["localhost/busybox:latest"],"size":2129920}"#

    static let imageConfig = #"{"architecture":"amd64","config":{"Env":["PATH=/bin"],"Cmd":["sh"]},"created":"2026-01-01T00:00:00.5Z","history":[{"created":"2026-01-01T00:00:00.5Z","created_by":"ADD file in /"}],"os":"linux","rootfs":{"diff_ids":["sha256:25f06c86e82e92a6ab99942e1f17dafb0e646087d60616a7a3af99fae6d33dcc"],"type":"layers"}}"#

    static let containerConfig = #"{"autoRemove":true,"capAdd":[],"capDrop":[],"cmd":["true"],"created":"2026-01-01T00:00:00.5Z","entrypoint":[],"env":["PATH=/bin","container=hull","HOSTNAME=6e0ed33bf28e"],"groupAdd":[],"hostname":"6e0ed33bf28e","id":"6e0ed33bf28e16d73f05f68ff2c5b4a56da464687a81840154ad0aa6d6bf91e2","idMappings":{"gidMap":[{"containerID":0,"hostID":1001,"size":1},{"containerID":1,"hostID":100000,"size":65536}],"mode":"rootless","uidMap":[{"containerID":0,"hostID":1001,"size":1},{"containerID":1,"hostID":100000,"size":65536}]},"imageID":"99fbd8febe9643fd2b77565fe393ba0c6e6caf72bf4ebdfed8ebac1b1bedc4d4","imageName":"localhost/busybox:latest","initProcess":false,"interactive":false,"labels":{},"mounts":[],"name":"warm","network":"none","networking":{"addHosts":[],"aliases":{},"dns":[],"dnsOptions":[],"dnsSearch":[],"mode":"none","networks":[],"ports":[]},"noNewPrivileges":false,"privileged":false,"readOnly":false,"tty":false,"ulimits":[],"user":"","workingDir":"/"}"#

    static let containerState = #"{"exitCode":0,"oomKilled":false,"pid":7,"pidStartTime":5346082,"recorderPid":6,"recorderStartTime":5346082,"restartCount":0,"startedAt":"2026-01-01T00:00:00.5Z","status":"running"}"#

    static func run() {
        _ = roundTrip(ImageRecord.self, imageRecord)
        _ = roundTrip(ImageConfig.self, imageConfig)
        _ = roundTrip(ContainerConfig.self, containerConfig)
        _ = roundTrip(ContainerState.self, containerState)
    }

    /// Decodes the sample and encodes it again, as the store would; false
    /// when the sample no longer decodes.
    static func roundTrip<T: Codable>(_ type: T.Type, _ sample: String) -> Bool {
        guard let value = try? JSONFile.decode(T.self, Array(sample.utf8), path: "(warm-up)") else { return false }
        return (try? JSONFile.canonicalBytes(value, what: "warm-up")) != nil
    }
}
