/// Why `--cap-add`/`--cap-drop` could not be resolved. Texts follow Podman's.
public enum CapabilityError: Error, Equatable, CustomStringConvertible {
    case unknown(String)
    case addedAndDropped(String)
    case addAllAndDropAll

    public var description: String {
        switch self {
        case .unknown(let name): return "unknown capability \"\(name)\""
        case .addedAndDropped(let name): return "capability \"\(name)\" cannot be dropped and added"
        case .addAllAndDropAll: return "adding all caps and removing all caps not allowed"
        }
    }
}

extension CapabilitySet {
    /// The container's set from a default and `--cap-add`/`--cap-drop`, with
    /// Podman's rules (containers/common `MergeCapabilities`), which hull
    /// follows where Docker differs:
    /// - `--cap-drop ALL` starts from nothing and keeps only the additions;
    /// - `--cap-add ALL` starts from every capability the kernel knows, minus drops;
    /// - naming one capability in both lists is an error (Docker lets the add win);
    /// - `ALL` in both lists is an error.
    /// Capabilities the kernel does not know are left out of the result.
    public static func resolve(default base: CapabilitySet, add: [String], drop: [String]) throws(CapabilityError) -> CapabilitySet {
        let addAll = add.contains(where: isAll)
        let dropAll = drop.contains(where: isAll)
        // Parse everything first so an unknown name is reported even when ALL
        // would make it irrelevant, as Podman does.
        let added = try CapabilitySet(names: add.filter { !isAll($0) })
        let dropped = try CapabilitySet(names: drop.filter { !isAll($0) })

        if dropAll {
            if addAll { throw .addAllAndDropAll }
            return added.supportedByKernel
        }
        if addAll {
            return allSupported.subtracting(dropped)
        }
        // Reported in the order given, like Podman.
        if let conflict = add.compactMap(number(of:)).first(where: dropped.contains) {
            throw .addedAndDropped(displayName(conflict))
        }
        return base.subtracting(dropped).union(added).supportedByKernel
    }
}
