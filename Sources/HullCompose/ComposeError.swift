import HullEngine

/// A compose file problem: names the file and the key path, as
/// `compose.yaml: services.web.ports[1]: invalid port "80:80:80"`.
func composeError(_ file: String, _ path: String, _ message: String) -> HullError {
    HullError(.failure, path.isEmpty ? "\(file): \(message)" : "\(file): \(path): \(message)")
}
