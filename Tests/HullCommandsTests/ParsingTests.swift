import ArgumentParser
import XCTest
@testable import HullCommands

/// Podman's command-line rules that swift-argument-parser does not have:
/// dash values, cobra's error words and its command suggestions.
final class ParsingTests: XCTestCase {
    func testNegativeNumbersAreValuesNotOptions() {
        for word in ["-1", "-0.5", "-5m", "-.5"] { XCTAssertTrue(ArgumentRewriter.isNegativeNumber(word), word) }
        for word in ["-", "--", "-m", "--1", "-.", "1", "-a1"] { XCTAssertFalse(ArgumentRewriter.isNegativeNumber(word), word) }
        // The image after `--cpus -1` is still the image: the rest is the command.
        XCTAssertEqual(ArgumentRewriter.rewrite(["run", "--cpus", "-1", "img", "sh", "-c", "x"]),
                       ["run", "--cpus", "-1", "img", "--", "sh", "-c", "x"])
    }

    func testDashValuesAreGluedToTheirOptionsUpToTheCommand() {
        let options = ["-s": "signal", "--signal": "signal", "--cpus": "cpus", "-m": "memory", "--memory": "memory"]
        XCTAssertEqual(ArgumentRewriter.glueDashValues(["kill", "-s", "-INT", "c"], valueOptions: options),
                       ["kill", "--signal=-INT", "c"])
        XCTAssertEqual(ArgumentRewriter.glueDashValues(["run", "--cpus", "-1", "-m", "-5m", "img", "--", "--cpus", "-1"], valueOptions: options),
                       ["run", "--cpus=-1", "--memory=-5m", "img", "--", "--cpus", "-1"])
        // A flag (no value) and an option at the end stay as they are.
        XCTAssertEqual(ArgumentRewriter.glueDashValues(["ps", "-a", "-q", "--cpus"], valueOptions: options), ["ps", "-a", "-q", "--cpus"])
    }

    func testFlagErrorsAreWordedAsPodmanWordsThem() {
        let shape = CommandShape(path: "hull ps", options: [
            .init(short: "n", long: "last", takesValue: true), .init(short: nil, long: "pids-limit", takesValue: true),
            .init(short: "a", long: "all", takesValue: false),
        ])
        func words(_ message: String, _ args: [String] = []) -> [String] { FlagErrorWording.lines(for: message, shape: shape, args: args) }
        XCTAssertEqual(words("Unknown option '--bogus'. Did you mean '--root'?"), ["unknown flag: --bogus", "See 'hull ps --help'"])
        XCTAssertEqual(words("Unknown option '-Z'", ["ps", "-aZq"]), ["unknown shorthand flag: 'Z' in -Zq", "See 'hull ps --help'"])
        XCTAssertEqual(words("Missing value for '-n <last>'"), ["flag needs an argument: 'n' in -n", "See 'hull ps --help'"])
        XCTAssertEqual(words("Missing value for '--last <last>'"), ["flag needs an argument: --last", "See 'hull ps --help'"])
        XCTAssertEqual(words("The value 'x' is invalid for '--last <last>'"),
                       ["invalid argument \"x\" for \"-n, --last\" flag: strconv.ParseInt: parsing \"x\": invalid syntax", "See 'hull ps --help'"])
        XCTAssertEqual(words("The value 'x' is invalid for '--pids-limit <pids-limit>'")[0],
                       "invalid argument \"x\" for \"--pids-limit\" flag: strconv.ParseInt: parsing \"x\": invalid syntax")
        XCTAssertEqual(words("The option '-a' does not take any value, but 'yes' was specified.")[0],
                       "invalid argument \"yes\" for \"-a, --all\" flag: strconv.ParseBool: parsing \"yes\": invalid syntax")
        var bare = shape
        bare.takesArguments = false
        XCTAssertEqual(FlagErrorWording.lines(for: "Unexpected argument 'x'", shape: bare, args: []), ["`hull ps` takes no arguments"])
        let run = CommandShape(path: "hull container run", options: [])
        XCTAssertEqual(FlagErrorWording.lines(for: "Missing expected argument '<image>'", shape: run, args: []),
                       ["requires at least 1 arg(s), only received 0"])
        // Other messages stay the parser's, on one line.
        XCTAssertEqual(words("Missing expected argument '<names> ...'"), ["Missing expected argument '<names> ...'"])
    }

    func testCommandShapeFindsTheNamedSubcommandAndItsOptions() {
        let shape = CommandShape.named(by: ["image", "rm", "--force", "x"])
        XCTAssertEqual(shape.path, "hull image rm")
        let kill = CommandShape.named(by: ["kill", "-s", "-INT", "c"])
        XCTAssertEqual(kill.valueOptions["-s"], "signal")
        XCTAssertEqual(kill.valueOptions["--root"], "root")
        XCTAssertNil(kill.valueOptions["--all"])
    }

    func testUnknownCommandsGetCobrasSuggestions() {
        XCTAssertEqual(UnknownCommand.editDistance("rnu", "run"), 2)
        XCTAssertEqual(UnknownCommand.editDistance("", "ps"), 2)
        XCTAssertEqual(UnknownCommand.editDistance("psx", "ps"), 1)
        XCTAssertEqual(UnknownCommand.check(["rnu"]), [
            "unrecognized command `hull rnu`", "", "Did you mean this?", "\trm", "\trun", "\trmi", "", "Try 'hull --help' for more information",
        ])
        // In a group only names the word begins are suggested.
        XCTAssertEqual(UnknownCommand.check(["image", "rmm"]), ["unrecognized command `hull image rmm`", "Try 'hull image --help' for more information"])
        XCTAssertEqual(UnknownCommand.check(["volume", "exist"])?[3], "\texists")
        XCTAssertNil(UnknownCommand.check(["image", "rm", "x"]))
        XCTAssertNil(UnknownCommand.check(["run", "img", "anything"]))
        XCTAssertNil(UnknownCommand.check(["help"]))
    }

    func testAGroupWithoutACommandIsMissingOne() {
        XCTAssertEqual(UnknownCommand.missingCommand([])?.path, "hull")
        XCTAssertEqual(UnknownCommand.missingCommand(["--root", "/r"])?.path, "hull")
        XCTAssertEqual(UnknownCommand.missingCommand(["image"])?.path, "hull image")
        XCTAssertEqual(UnknownCommand.missingCommand(["network", "--runroot=/x"])?.path, "hull network")
        XCTAssertNil(UnknownCommand.missingCommand(["image", "ls"]))
        XCTAssertNil(UnknownCommand.missingCommand(["image", "--help"]))
        XCTAssertNil(UnknownCommand.missingCommand(["--help"]))
        XCTAssertNil(UnknownCommand.missingCommand(["version"]))
        // An option without its value is the parser's to report.
        XCTAssertNil(UnknownCommand.missingCommand(["--root", "/r", "--root"]))
    }
}
