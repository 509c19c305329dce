import ArgumentParser
import HullEngine
#if canImport(Glibc)
import Glibc
#endif

struct Logout: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "logout",
        abstract: "Log out of a container registry.")

    @Option(name: .customLong("authfile"), help: "Path of the authentication file.", completion: .file())
    var authfile: String?

    @Flag(name: .shortAndLong, help: "Remove the credentials of every registry.")
    var all = false

    @Argument(help: "The registry.")
    var registry: String?

    func run() throws {
        let login = RegistryLogin(options: RegistryOptions(authFile: authfile))
        if all {
            try login.logoutAll()
            print("Removed login credentials for all registries")
            return
        }
        guard let registry else { throw HullError(.failure, "a registry is required, or --all") }
        let host = try RegistryLogin.host(registry)
        try login.logout(host)
        print("Removed login credentials for \(host)")
    }
}
