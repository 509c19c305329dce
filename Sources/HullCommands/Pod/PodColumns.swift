import HullEngine

/// `ps --pod`: the pod's name beside each row's pod id.
struct PodColumns {
    let names: [String: String]

    init(layout: StoreLayout) {
        names = Dictionary(PodStore(layout: layout).list().map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
    }

    func addingPodName(_ rows: [TemplateValue], _ containers: [Container]) -> [TemplateValue] {
        zip(rows, containers).map { row, c in
            guard case .typed(let type, .map(var fields)) = row else { return row }
            fields.append(("PodName", .string(c.config.pod.flatMap { names[$0] } ?? "")))
            return .typed(type, .map(fields))
        }
    }
}
