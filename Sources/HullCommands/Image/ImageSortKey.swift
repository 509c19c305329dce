import HullEngine

/// `images --sort`: Podman's keys. Created is newest first, the others
/// ascending; ties keep the listing's order.
enum ImageSortKey: String, CaseIterable {
    case created, id, repository, size, tag

    /// Rows are (row, image, name); one image has a row per name.
    func sorted<Row>(_ rows: [(Row, ImageRecord, String)]) -> [(Row, ImageRecord, String)] {
        switch self {
        case .created: return rows  // listed newest first already
        case .id: return stable(rows) { $0.1.id }
        case .repository: return stable(rows) { ImageNames.split($0.2).repository }
        case .tag: return stable(rows) { ImageNames.split($0.2).tag }
        case .size: return stable(rows) { $0.1.size }
        }
    }

    private func stable<T, Key: Comparable>(_ rows: [T], by key: (T) -> Key) -> [T] {
        rows.enumerated()
            .sorted { a, b in
                let (ka, kb) = (key(a.element), key(b.element))
                return ka != kb ? ka < kb : a.offset < b.offset
            }
            .map(\.element)
    }
}
