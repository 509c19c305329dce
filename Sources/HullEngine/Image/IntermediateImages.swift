/// Which images `images` leaves out unless `-a`: as Podman, nameless
/// images another image was built on (the steps of a build, or what a
/// commit started from). An image is built on another when its layers
/// and its history both start with all of the other's and go further;
/// two imports of one tarball share layers but not history, and stay.
public enum IntermediateImages {
    /// - history: an image's history, read only for the few images whose
    ///   layers already say they may be a parent.
    public static func ids(in images: [ImageRecord],
                           history: (ImageRecord) -> [ImageConfig.History]?) -> Set<String> {
        var out = Set<String>()
        var histories: [String: [ImageConfig.History]] = [:]
        func historyOf(_ image: ImageRecord) -> [ImageConfig.History] {
            if let known = histories[image.id] { return known }
            let read = history(image) ?? []
            histories[image.id] = read
            return read
        }
        for parent in images where parent.names.isEmpty {
            let isParent = images.contains { child in
                guard child.id != parent.id, child.layers.count >= parent.layers.count,
                      Array(child.layers.prefix(parent.layers.count)) == parent.layers else { return false }
                let mine = historyOf(parent), theirs = historyOf(child)
                return theirs.count > mine.count && Array(theirs.prefix(mine.count)) == mine
            }
            if isParent { out.insert(parent.id) }
        }
        return out
    }
}
