/// The machine a profile is resolved for. Docker matches `archMap` entries by
/// libseccomp's name for the host and `includes`/`excludes.arches` by Go's
/// (GOARCH) name, so profiles written for Docker say `amd64`, not `x86_64`.
public struct SeccompHost: Equatable, Sendable {
    public var goArch: String
    public var seccompArch: String
    public var kernel: KernelVersion

    public init(goArch: String, seccompArch: String, kernel: KernelVersion) {
        self.goArch = goArch
        self.seccompArch = seccompArch
        self.kernel = kernel
    }

    public static var current: SeccompHost {
        #if arch(x86_64)
        SeccompHost(goArch: "amd64", seccompArch: "SCMP_ARCH_X86_64", kernel: .current)
        #elseif arch(arm64)
        SeccompHost(goArch: "arm64", seccompArch: "SCMP_ARCH_AARCH64", kernel: .current)
        #elseif arch(s390x)
        SeccompHost(goArch: "s390x", seccompArch: "SCMP_ARCH_S390X", kernel: .current)
        #elseif arch(powerpc64le)
        SeccompHost(goArch: "ppc64le", seccompArch: "SCMP_ARCH_PPC64LE", kernel: .current)
        #elseif arch(riscv64)
        SeccompHost(goArch: "riscv64", seccompArch: "SCMP_ARCH_RISCV64", kernel: .current)
        #else
        SeccompHost(goArch: "unknown", seccompArch: "SCMP_ARCH_NATIVE", kernel: .current)
        #endif
    }
}

/// A profile with its conditions decided: what the compiler hands to libseccomp.
struct SeccompSelection: Equatable {
    struct Rule: Equatable {
        var names: [String]
        var action: SeccompAction
        var errnoRet: UInt32?
        var args: [SeccompArgument]
    }

    var defaultAction: SeccompAction
    var defaultErrnoRet: UInt32?
    /// libseccomp architecture names (`SCMP_ARCH_X86_64`), beyond the native one.
    var architectures: [String]
    var rules: [Rule]
}

extension SeccompProfile {
    /// Structural checks that do not depend on capabilities or the host,
    /// done when a profile is loaded so a bad file fails before any container starts.
    public func validate() throws(SeccompError) {
        if architectures?.isEmpty == false && archMap?.isEmpty == false {
            throw .invalidProfile("'architectures' and 'archMap' were both specified, use either 'architectures' or 'archMap'")
        }
        if defaultAction == .notify {
            throw .invalidProfile("SCMP_ACT_NOTIFY is not supported (hull has no seccomp agent)")
        }
        for (i, rule) in (syscalls ?? []).enumerated() {
            if rule.name != nil && rule.names?.isEmpty == false {
                throw .invalidProfile("syscalls[\(i)]: 'name' and 'names' were both specified, use either 'name' or 'names'")
            }
            if rule.action == .notify {
                throw .invalidProfile("syscalls[\(i)]: SCMP_ACT_NOTIFY is not supported (hull has no seccomp agent)")
            }
            // The kernel passes six arguments (seccomp_data.args[6]).
            if let bad = rule.args?.first(where: { $0.index > 5 }) {
                throw .invalidProfile("syscalls[\(i)]: argument index \(bad.index) is out of range 0-5")
            }
            for version in [rule.includes?.minKernel, rule.excludes?.minKernel].compactMap({ $0 }) {
                if KernelVersion(parsing: version) == nil {
                    throw .invalidProfile("syscalls[\(i)]: bad minKernel \"\(version)\"")
                }
            }
        }
    }

    /// Docker's `setupSeccomp`: picks the architectures for the host and
    /// keeps only the rules whose `includes` all hold and whose `excludes`
    /// none hold. Capabilities are those of the container's bounding set.
    func selection(capabilities: CapabilitySet, host: SeccompHost) throws(SeccompError) -> SeccompSelection {
        try validate()
        var arches = architectures ?? []
        if let entry = archMap?.first(where: { $0.architecture == host.seccompArch }) {
            arches = [entry.architecture] + (entry.subArchitectures ?? [])
        }
        var rules: [SeccompSelection.Rule] = []
        for rule in syscalls ?? [] where Self.applies(rule, capabilities: capabilities, host: host) {
            let names = rule.names ?? (rule.name.map { [$0] } ?? [])
            rules.append(.init(names: names, action: rule.action, errnoRet: rule.errnoRet, args: rule.args ?? []))
        }
        return SeccompSelection(defaultAction: defaultAction, defaultErrnoRet: defaultErrnoRet,
                                architectures: arches, rules: rules)
    }

    private static func applies(_ rule: SeccompSyscallRule, capabilities: CapabilitySet, host: SeccompHost) -> Bool {
        if let excludes = rule.excludes {
            if excludes.arches?.contains(host.goArch) == true { return false }
            if excludes.caps?.contains(where: capabilities.contains(named:)) == true { return false }
            if let v = excludes.minKernel.flatMap(KernelVersion.init(parsing:)), host.kernel >= v { return false }
        }
        if let includes = rule.includes {
            if let arches = includes.arches, !arches.isEmpty, !arches.contains(host.goArch) { return false }
            if let caps = includes.caps, !caps.allSatisfy(capabilities.contains(named:)) { return false }
            if let v = includes.minKernel.flatMap(KernelVersion.init(parsing:)), host.kernel < v { return false }
        }
        return true
    }
}
