import HullEngine

/// Services in `depends_on` order: each after what it depends on.
public enum DependencyOrder {
    public static func sorted(_ project: ComposeProject) -> [ComposeService] {
        var done: Set<String> = []
        var out: [ComposeService] = []
        func visit(_ s: ComposeService) {
            guard !done.contains(s.name) else { return }
            done.insert(s.name)
            for dep in s.dependsOn.keys.sorted() { if let d = project.service(dep) { visit(d) } }
            out.append(s)
        }
        for s in project.services { visit(s) }
        return out
    }

    static func check(_ project: ComposeProject, file: String) throws(HullError) {
        var state: [String: Bool] = [:]  // false: on the path; true: finished
        func visit(_ name: String, _ path: [String]) throws(HullError) {
            if state[name] == true { return }
            if state[name] == false {
                let cycle = path[(path.firstIndex(of: name) ?? 0)...] + [name]
                throw composeError(file, "services.\(name).depends_on", "dependency cycle: \(cycle.joined(separator: " -> "))")
            }
            state[name] = false
            for dep in (project.service(name)?.dependsOn.keys.sorted() ?? []) { try visit(dep, path + [name]) }
            state[name] = true
        }
        for s in project.services { try visit(s.name, []) }
    }
}
