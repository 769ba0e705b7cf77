import ArgumentParser

// Placeholder until the issue that owns `relgraph path` lands; replaced there.
struct Path: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "path", abstract: "(not yet available)")

    func run() throws {
        throw CLIError.usage("'relgraph path' is not available yet")
    }
}
