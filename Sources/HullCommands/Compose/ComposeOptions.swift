import ArgumentParser
import HullCompose
import HullEngine
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The options every compose verb shares. As in docker compose they stand
/// before the verb (`hull compose -f a.yml -p shop up`), where -f and -p
/// are these; the rewriter moves them after it in their long spelling, so
/// a verb's own -f (`rm -f`) keeps its meaning.
struct ComposeOptions: ParsableArguments {
    @Option(name: .customLong("file"), help: "Compose configuration files, -f before the verb (repeatable; later files override earlier ones).")
    var file: [String] = []

    @Option(name: .customLong("project-name"), help: "Project name, -p before the verb (default: COMPOSE_PROJECT_NAME, else name: in the file, else the directory's name).")
    var projectName: String?

    @Option(name: .customLong("profile"), help: "Enable the services of a profile (repeatable).")
    var profile: [String] = []

    @Option(name: .customLong("env-file"), help: "Files of variables for interpolation, instead of .env (repeatable).")
    var envFile: [String] = []

    @Option(name: .customLong("project-directory"), help: "Directory the files are looked for from (default: the current directory).")
    var projectDirectory: String?

    /// The resolved project; warnings (unset variables) go to stderr.
    func load() throws -> (ComposeProject, files: [String]) {
        var cwd = FileManager.default.currentDirectoryPath
        if let d = projectDirectory { cwd = d.hasPrefix("/") ? d : cwd + "/" + d }
        let env = ProcessInfo.processInfo.environment
        var o = ProjectLoader.Options(workingDirectory: cwd, environment: env)
        if file.isEmpty, let fromEnv = env["COMPOSE_FILE"], !fromEnv.isEmpty {
            o.files = fromEnv.split(separator: ":").map(String.init)
        } else {
            o.files = file
        }
        o.projectName = projectName
        o.profiles = profile
        o.envFiles = envFile
        let project = try ProjectLoader(o).load()
        for w in project.warnings { Warning.emit(w) }
        return (project, project.configFiles)
    }

    /// Only the project name, for verbs that work from labels (`down`,
    /// `ps`) and so also after the file is gone or broken, when -p names it.
    func projectNameOnly() throws -> String {
        if let p = projectName { return try ProjectName.check(p, source: "-p") }
        if let p = ProcessInfo.processInfo.environment["COMPOSE_PROJECT_NAME"], !p.isEmpty {
            return try ProjectName.check(p, source: "COMPOSE_PROJECT_NAME")
        }
        return try load().0.name
    }
}

/// Progress lines go to stderr, as docker compose writes them.
func composeProgress(_ line: String) {
    StandardError.write(line + "\n")
}
