/// An error the CLI reports as one line on stderr, with the exit code it picks.
struct CLIError: Error, CustomStringConvertible {
    /// Exit code for bad input (unreadable, malformed, unknown names).
    static let inputExitCode: Int32 = 1
    /// Exit code for bad usage (unknown options, invalid values).
    static let usageExitCode: Int32 = 2

    var message: String
    var exitCode: Int32

    var description: String { message }

    /// An input error: the file (and line) and what is wrong.
    static func input(_ message: String) -> CLIError {
        CLIError(message: message, exitCode: inputExitCode)
    }

    /// A usage error: what was asked that cannot be done.
    static func usage(_ message: String) -> CLIError {
        CLIError(message: message, exitCode: usageExitCode)
    }
}
