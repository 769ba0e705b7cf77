/// An error the CLI reports as one line on stderr, with the exit code it picks.
struct CLIError: Error, CustomStringConvertible {
    /// Exit code for bad input (unreadable, malformed, unknown names).
    static let inputExitCode: Int32 = 1
    /// Exit code for bad usage (unknown options, invalid values).
    static let usageExitCode: Int32 = 2

    var message: String
    var exitCode: Int32

    var description: String { message }

    /// `message` as the one line the CLI prints: line breaks (from a name or a quoted
    /// input) become spaces, and a message past 1,000 characters (a 20 MB token quoted
    /// back) keeps its start and end around an ellipsis.
    static func oneLine(_ message: String) -> String {
        var line = message.split(omittingEmptySubsequences: true, whereSeparator: \.isNewline).joined(separator: " ")
        if line.count > 1_000 {
            line = line.prefix(480) + " … " + line.suffix(480)
        }
        return line
    }

    /// An input error: the file (and line) and what is wrong.
    static func input(_ message: String) -> CLIError {
        CLIError(message: message, exitCode: inputExitCode)
    }

    /// A usage error: what was asked that cannot be done.
    static func usage(_ message: String) -> CLIError {
        CLIError(message: message, exitCode: usageExitCode)
    }
}
