/// A seccomp profile in Docker's and Podman's JSON format
/// (`--security-opt seccomp=profile.json`): a default action plus rules,
/// each possibly conditioned on capabilities, architecture or kernel version.
/// Keys hull does not use (`comment`, OCI `flags`, ...) are ignored on decoding.
public struct SeccompProfile: Codable, Equatable, Sendable {
    public var defaultAction: SeccompAction
    /// errno for an `SCMP_ACT_ERRNO` default; EPERM when absent.
    public var defaultErrnoRet: UInt32?
    /// Architectures to filter; old-style profiles list them flat.
    public var architectures: [String]?
    /// Architectures per native architecture; the entry matching the host is used.
    public var archMap: [SeccompArchMapEntry]?
    public var syscalls: [SeccompSyscallRule]?

    public init(defaultAction: SeccompAction, defaultErrnoRet: UInt32? = nil, architectures: [String]? = nil,
                archMap: [SeccompArchMapEntry]? = nil, syscalls: [SeccompSyscallRule]? = nil) {
        self.defaultAction = defaultAction
        self.defaultErrnoRet = defaultErrnoRet
        self.architectures = architectures
        self.archMap = archMap
        self.syscalls = syscalls
    }
}

public struct SeccompArchMapEntry: Codable, Equatable, Sendable {
    public var architecture: String
    public var subArchitectures: [String]?

    public init(architecture: String, subArchitectures: [String]? = nil) {
        self.architecture = architecture
        self.subArchitectures = subArchitectures
    }
}

/// One rule: the action for a list of syscalls, optionally only when the
/// arguments compare as given (all comparisons must hold).
public struct SeccompSyscallRule: Codable, Equatable, Sendable {
    public var names: [String]?
    /// Old single-name form; a rule has `name` or `names`, not both.
    public var name: String?
    public var action: SeccompAction
    public var errnoRet: UInt32?
    public var args: [SeccompArgument]?
    /// The rule applies only if all of these hold.
    public var includes: SeccompCondition?
    /// The rule is dropped if any of these holds.
    public var excludes: SeccompCondition?

    public init(names: [String], action: SeccompAction, errnoRet: UInt32? = nil, args: [SeccompArgument]? = nil,
                includes: SeccompCondition? = nil, excludes: SeccompCondition? = nil) {
        self.names = names
        self.action = action
        self.errnoRet = errnoRet
        self.args = args
        self.includes = includes
        self.excludes = excludes
    }
}

/// A comparison of syscall argument `index` (0-5) with `value`; for
/// `SCMP_CMP_MASKED_EQ`, `value` is the mask and `valueTwo` the result.
public struct SeccompArgument: Codable, Equatable, Sendable {
    public var index: UInt32
    public var value: UInt64
    public var valueTwo: UInt64?
    public var op: SeccompOperator

    public init(index: UInt32, value: UInt64, valueTwo: UInt64? = nil, op: SeccompOperator) {
        self.index = index
        self.value = value
        self.valueTwo = valueTwo
        self.op = op
    }
}

/// Capabilities (all must be, or any may be, in the bounding set),
/// Go-style architecture names (`amd64`, `arm64`, `s390x`) and a minimum kernel.
public struct SeccompCondition: Codable, Equatable, Sendable {
    public var caps: [String]?
    public var arches: [String]?
    public var minKernel: String?

    public init(caps: [String]? = nil, arches: [String]? = nil, minKernel: String? = nil) {
        self.caps = caps
        self.arches = arches
        self.minKernel = minKernel
    }
}

public enum SeccompAction: String, Codable, Equatable, Sendable {
    case kill = "SCMP_ACT_KILL"
    case killThread = "SCMP_ACT_KILL_THREAD"
    case killProcess = "SCMP_ACT_KILL_PROCESS"
    case trap = "SCMP_ACT_TRAP"
    case errno = "SCMP_ACT_ERRNO"
    case trace = "SCMP_ACT_TRACE"
    case allow = "SCMP_ACT_ALLOW"
    case log = "SCMP_ACT_LOG"
    case notify = "SCMP_ACT_NOTIFY"

    // A clear message instead of the decoder's generic one for a bad enum value.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let raw = try container.decode(String.self)
        guard let value = SeccompAction(rawValue: raw) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "unknown action \"\(raw)\"")
        }
        self = value
    }
}

public enum SeccompOperator: String, Codable, Equatable, Sendable {
    case notEqual = "SCMP_CMP_NE"
    case lessThan = "SCMP_CMP_LT"
    case lessOrEqual = "SCMP_CMP_LE"
    case equal = "SCMP_CMP_EQ"
    case greaterOrEqual = "SCMP_CMP_GE"
    case greaterThan = "SCMP_CMP_GT"
    case maskedEqual = "SCMP_CMP_MASKED_EQ"

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let raw = try container.decode(String.self)
        guard let value = SeccompOperator(rawValue: raw) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "unknown operator \"\(raw)\"")
        }
        self = value
    }
}
