import ArgumentParser
import HullEngine
#if canImport(Glibc)
import Glibc
#endif

struct Login: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "login",
        abstract: "Log in to a container registry.",
        discussion: "Checks the credentials against the registry, then stores them in the auth file (shared with Podman, Buildah and Skopeo).")

    @OptionGroup var registryFlags: RegistryFlags

    @Option(name: .shortAndLong, help: "Username for the registry.")
    var username: String?

    @Option(name: .shortAndLong, help: "Password for the registry (prefer --password-stdin).")
    var password: String?

    @Flag(name: .customLong("password-stdin"), help: "Read the password from stdin.")
    var passwordStdin = false

    @Flag(name: .customLong("get-login"), help: "Print the username stored for the registry.")
    var getLogin = false

    @Argument(help: "The registry, e.g. localhost:5000 or docker.io.")
    var registry: String

    func run() throws {
        let options = try registryFlags.options()
        let host = try RegistryLogin.host(registry)
        if getLogin {
            guard let creds = AuthFile(path: options.authFile).credentials(for: host) else {
                throw HullError(.failure, "not logged into \(host)")
            }
            print(creds.username)
            return
        }
        if passwordStdin && password != nil { throw HullError(.failure, "--password and --password-stdin are mutually exclusive") }
        guard let user = username ?? Self.prompt("Username: ", echo: true), !user.isEmpty else {
            throw HullError(.failure, "a username is required: pass --username")
        }
        var secret = password
        if passwordStdin {
            secret = readLine(strippingNewline: true)
        } else if secret == nil {
            secret = Self.prompt("Password: ", echo: false)
        }
        guard let secret, !secret.isEmpty else { throw HullError(.failure, "a password is required: pass --password-stdin") }
        try RegistryLogin(options: options).login(host, Credentials(username: user, password: secret))
        print("Login Succeeded!")
    }

    /// Asks on the terminal; nil when stdin is not one (scripts must pass flags).
    static func prompt(_ question: String, echo: Bool) -> String? {
        guard isatty(0) == 1 else { return nil }
        StandardError.write(question)
        var saved = termios()
        tcgetattr(0, &saved)
        if !echo {
            var quiet = saved
            quiet.c_lflag &= ~tcflag_t(ECHO)
            tcsetattr(0, TCSANOW, &quiet)
        }
        defer {
            if !echo { tcsetattr(0, TCSANOW, &saved); StandardError.write("\n") }
        }
        return readLine(strippingNewline: true)
    }
}
