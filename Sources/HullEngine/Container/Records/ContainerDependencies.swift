/// Which containers need which: a container that joins another's
/// namespaces (`--network container:X`) cannot outlive it, so `rm X` is
/// refused while it exists and `rm --depend X` removes it first.
public struct ContainerDependencies {
    let containers: [Container]

    public init(_ containers: [Container]) {
        self.containers = containers
    }

    /// The ids of the containers whose namespaces `c` joins.
    public static func requirements(of c: Container) -> [String] {
        [c.config.networking?.joinContainer].compactMap { $0 }
    }

    /// The containers that join `id`'s namespaces directly.
    public func dependents(of id: String) -> [Container] {
        containers.filter { Self.requirements(of: $0).contains(id) }
    }

    /// `id`'s dependents, theirs before them (deepest first), then `id`'s
    /// container itself: the order in which they can be removed.
    public func removalOrder(of id: String) -> [Container] {
        var order: [Container] = []
        var seen: Set<String> = []
        func visit(_ c: Container) {
            guard seen.insert(c.id).inserted else { return }
            for d in dependents(of: c.id) { visit(d) }
            order.append(c)
        }
        if let c = containers.first(where: { $0.id == id }) { visit(c) }
        return order
    }

    /// Every container, each after all that depend on it (`rm --all`).
    public func removalOrderOfAll() -> [Container] {
        var order: [Container] = []
        var seen: Set<String> = []
        for c in containers {
            for d in removalOrder(of: c.id) where seen.insert(d.id).inserted { order.append(d) }
        }
        return order
    }
}
