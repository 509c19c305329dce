import ArgumentParser
import HullEngine

/// `ps --sort`: Podman's keys. Every order is ascending and stable, so
/// containers that tie keep their creation order.
enum PsSortKey: String, CaseIterable, ExpressibleByArgument {
    case command, created, id, image, names, runningfor, size, status

    func sorted(_ containers: [Container], sizes: [String: ContainerSize]) -> [Container] {
        switch self {
        case .created: return containers  // already in creation order
        case .command: return stable(containers) { $0.config.command.joined(separator: " ") }
        case .id: return stable(containers) { $0.id }
        case .image: return stable(containers) { $0.config.imageName }
        case .names: return stable(containers) { $0.name }
        case .status: return stable(containers) { $0.state.status.rawValue }
        case .runningfor:
            // Podman sorts by start time; never started sorts first.
            return stable(containers) { $0.state.startedAt?.timeIntervalSince1970 ?? 0 }
        case .size:
            // Without --size there are no sizes to sort by.
            guard !sizes.isEmpty else { return containers }
            return stable(containers) { sizes[$0.id]?.rw ?? 0 }
        }
    }

    private func stable<Key: Comparable>(_ containers: [Container], by key: (Container) -> Key) -> [Container] {
        containers.enumerated()
            .sorted { a, b in
                let (ka, kb) = (key(a.element), key(b.element))
                return ka != kb ? ka < kb : a.offset < b.offset
            }
            .map(\.element)
    }
}
