import CSeccomp
#if canImport(Glibc)
import Glibc
#endif

public enum Seccomp {
    /// Compiles `profile` for a container with `capabilities` in its bounding
    /// set into a classic BPF program: `struct sock_filter` records (8 bytes
    /// each, host byte order), ready for seccomp(SECCOMP_SET_MODE_FILTER) in
    /// the C child. Compiling here, before fork, keeps libseccomp's
    /// allocations out of the child, where only async-signal-safe calls may run.
    public static func compile(_ profile: SeccompProfile, capabilities: CapabilitySet,
                               host: SeccompHost = .current) throws(SeccompError) -> [UInt8] {
        try compile(profile.selection(capabilities: capabilities, host: host))
    }

    static func compile(_ selection: SeccompSelection) throws(SeccompError) -> [UInt8] {
        let defaultAction = try actionValue(selection.defaultAction, errnoRet: selection.defaultErrnoRet)
        guard let ctx = seccomp_init(defaultAction) else {
            throw .library(operation: "seccomp_init", errno: EINVAL)
        }
        defer { seccomp_release(ctx) }

        // The exported program carries neither; they would matter only if this
        // context were loaded here. The child loads the program for its own
        // (single) thread and sets no_new_privs only when asked, so without
        // it the child must load while it still has CAP_SYS_ADMIN, that is
        // before dropping capabilities (seccomp(2): EACCES otherwise).
        try call("seccomp_attr_set NNP") { seccomp_attr_set(ctx, SCMP_FLTATR_CTL_NNP, 0) }
        try call("seccomp_attr_set TSYNC") { seccomp_attr_set(ctx, SCMP_FLTATR_CTL_TSYNC, 0) }
        // A binary tree of syscall numbers rather than a list: each syscall
        // is matched in a few comparisons, and loading is faster too, since
        // the kernel's action cache emulates the filter once for every
        // syscall number of each architecture.
        try call("seccomp_attr_set OPTIMIZE") { seccomp_attr_set(ctx, SCMP_FLTATR_CTL_OPTIMIZE, 2) }

        var arches = [seccomp_arch_native()]
        for arch in selection.architectures {
            let token = seccomp_arch_resolve_name(libseccompArchName(arch))
            guard token != 0 else { throw .invalidProfile("unknown architecture \"\(arch)\"") }
            let rc = seccomp_arch_add(ctx, token)
            if rc == -EEXIST { continue }  // the native one is already there
            if rc != 0 { throw .library(operation: "seccomp_arch_add \(arch)", errno: -rc) }
            arches.append(token)
        }

        for rule in selection.rules {
            let action = try actionValue(rule.action, errnoRet: rule.errnoRet)
            // libseccomp refuses a rule that only repeats the default.
            if action == defaultAction { continue }
            let conditions = rule.args.map(condition)
            for name in rule.names {
                // Names this libseccomp does not know are skipped, as runc does:
                // a profile may list syscalls newer than the library.
                let number = seccomp_syscall_resolve_name(name)
                if number == __NR_SCMP_ERROR { continue }
                try addRule(ctx, action: action, syscall: number, name: name, conditions: conditions)
            }
        }
        let program = try export(ctx)
        // Where unknown syscalls are allowed anyway, or already get ENOSYS, a
        // prologue could only change the profile's meaning.
        let enosys = hull_scmp_act_errno(UInt32(ENOSYS))
        if selection.defaultAction == .allow || selection.defaultAction == .log || defaultAction == enosys {
            return program
        }
        let prologue = SeccompEnosysStub.prologue(limits(arches: arches, names: selection.rules.flatMap(\.names)))
        // BPF_MAXINSNS: the kernel refuses longer programs.
        guard (prologue.count + program.count) / 8 <= 4096 else {
            throw .invalidProfile("the filter has \((prologue.count + program.count) / 8) instructions, more than the kernel's 4096")
        }
        return prologue + program
    }

    /// The highest syscall number the profile names, per architecture in the filter.
    private static func limits(arches: [UInt32], names: [String]) -> [SeccompEnosysStub.Limit] {
        let x32 = seccomp_arch_resolve_name("x32")
        var limits: [SeccompEnosysStub.Limit] = []
        var highestX32: UInt32?
        for arch in arches {
            var highest: Int32 = -1
            for name in Set(names) {
                // Negative numbers are libseccomp's pseudo-syscalls (not on this arch).
                highest = max(highest, seccomp_syscall_resolve_name_arch(arch, name))
            }
            guard highest >= 0 else { continue }
            if arch == x32 {
                highestX32 = UInt32(highest)
            } else {
                limits.append(.init(arch: arch, highest: UInt32(highest)))
            }
        }
        if let highestX32, let i = limits.firstIndex(where: { $0.arch == SeccompEnosysStub.auditArchX86_64 }) {
            limits[i].highestX32 = highestX32
        }
        return limits
    }

    /// libseccomp cannot AND two comparisons of the same argument in one rule;
    /// runc then adds each comparison as its own rule (OR), and so does hull.
    private static func addRule(_ ctx: scmp_filter_ctx, action: UInt32, syscall: Int32, name: String,
                                conditions: [scmp_arg_cmp]) throws(SeccompError) {
        let indexes = conditions.map(\.arg)
        let groups = Set(indexes).count == indexes.count ? [conditions] : conditions.map { [$0] }
        for group in groups {
            let rc = group.withUnsafeBufferPointer {
                seccomp_rule_add_array(ctx, action, syscall, UInt32($0.count), $0.baseAddress)
            }
            if rc != 0 { throw .library(operation: "seccomp_rule_add \(name)", errno: -rc) }
        }
    }

    private static func condition(_ arg: SeccompArgument) -> scmp_arg_cmp {
        let op: scmp_compare = switch arg.op {
        case .notEqual: SCMP_CMP_NE
        case .lessThan: SCMP_CMP_LT
        case .lessOrEqual: SCMP_CMP_LE
        case .equal: SCMP_CMP_EQ
        case .greaterOrEqual: SCMP_CMP_GE
        case .greaterThan: SCMP_CMP_GT
        case .maskedEqual: SCMP_CMP_MASKED_EQ
        }
        return scmp_arg_cmp(arg: arg.index, op: op, datum_a: arg.value, datum_b: arg.valueTwo ?? 0)
    }

    /// The filter return value for an action; ERRNO and TRACE default to
    /// EPERM as in runc.
    static func actionValue(_ action: SeccompAction, errnoRet: UInt32?) throws(SeccompError) -> UInt32 {
        switch action {
        case .kill, .killThread: return UInt32(SCMP_ACT_KILL_THREAD)
        case .killProcess: return UInt32(SCMP_ACT_KILL_PROCESS)
        case .trap: return UInt32(SCMP_ACT_TRAP)
        case .errno: return hull_scmp_act_errno(errnoRet ?? UInt32(EPERM))
        case .trace: return hull_scmp_act_trace(errnoRet ?? UInt32(EPERM))
        case .allow: return UInt32(SCMP_ACT_ALLOW)
        case .log: return UInt32(SCMP_ACT_LOG)
        case .notify: throw .invalidProfile("SCMP_ACT_NOTIFY is not supported (hull has no seccomp agent)")
        }
    }

    /// "SCMP_ARCH_X86_64" → "x86_64", the spelling seccomp_arch_resolve_name takes.
    static func libseccompArchName(_ name: String) -> String {
        var lower = name.lowercased()
        if lower.hasPrefix("scmp_arch_") { lower.removeFirst("scmp_arch_".count) }
        return lower
    }

    private static func call(_ operation: String, _ body: () -> Int32) throws(SeccompError) {
        let rc = body()
        if rc != 0 { throw .library(operation: operation, errno: -rc) }
    }

    /// libseccomp 2.5 exports only to a file descriptor (seccomp_export_bpf_mem
    /// is 2.6), so the program goes through a memfd: no file system, no size limit.
    private static func export(_ ctx: scmp_filter_ctx) throws(SeccompError) -> [UInt8] {
        let fd = hull_memfd_create("hull-seccomp")
        guard fd >= 0 else { throw .library(operation: "memfd_create", errno: errno) }
        defer { close(fd) }
        try call("seccomp_export_bpf") { seccomp_export_bpf(ctx, fd) }
        let size = lseek(fd, 0, SEEK_END)
        guard size >= 0 else { throw .library(operation: "lseek", errno: errno) }
        var program = [UInt8](repeating: 0, count: Int(size))
        var done = 0
        while done < program.count {
            let n = program.withUnsafeMutableBytes { buffer in
                pread(fd, buffer.baseAddress.map { $0 + done }, buffer.count - done, off_t(done))
            }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { throw .library(operation: "read exported filter", errno: n < 0 ? errno : EIO) }
            done += n
        }
        guard program.count % 8 == 0, !program.isEmpty else {
            throw .library(operation: "seccomp_export_bpf: \(program.count) bytes", errno: EINVAL)
        }
        return program
    }
}
