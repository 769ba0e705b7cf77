import ArgumentParser

// Placeholder until the issue that owns `relgraph convert` lands; replaced there.
struct Convert: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "convert", abstract: "(not yet available)")

    func run() throws {
        throw CLIError.usage("'relgraph convert' is not available yet")
    }
}
