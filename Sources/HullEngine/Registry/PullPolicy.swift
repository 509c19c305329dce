/// When `run`/`create` pull their image first (`--pull`), as Podman does.
public enum PullPolicy: String, CaseIterable, Sendable {
    /// Pull only when the store has no such image (the default).
    case missing
    /// Pull every time; the registry's newest wins.
    case always
    /// Never pull; a missing image is an error.
    case never
    /// Podman pulls when the registry's digest differs; hull checks by pulling,
    /// which downloads nothing when the layers are present.
    case newer

    public static func parse(_ text: String) throws(HullError) -> PullPolicy {
        let lowered = text.lowercased()
        if lowered == "true" { return .always }
        if lowered == "false" { return .never }
        guard let policy = PullPolicy(rawValue: lowered) else {
            throw HullError(.failure, "invalid pull policy \"\(text)\": use missing, always, never or newer")
        }
        return policy
    }

    /// Makes sure the image named by `text` is in the store, pulling it when
    /// this policy says so; returns its record, so the caller need not
    /// look it up again.
    @discardableResult
    public func ensure(_ text: String, puller: ImagePuller) throws(HullError) -> ImageRecord {
        let store = ImageStore(layout: puller.layout)
        switch self {
        case .never:
            return try store.require(text)
        case .missing:
            if let record = try store.find(text) { return record }
            let reference = try ImageReference.parse(text)
            do {
                return try puller.pull(reference)
            } catch {
                throw HullError(.failure, "\(text): image not known locally, and pulling \(reference) failed: \(error.message)")
            }
        case .always, .newer:
            return try puller.pull(ImageReference.parse(text))
        }
    }
}
