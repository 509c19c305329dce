import ArgumentParser

/// The one name an `exists` verb takes, counted with Podman's words
/// (`accepts 1 arg(s), received 2`) rather than the parser's.
enum ExistsArgument {
    static func check(_ names: [String]) throws {
        guard names.count == 1 else { throw ValidationError("accepts 1 arg(s), received \(names.count)") }
    }
}
