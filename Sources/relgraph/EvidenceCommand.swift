import ArgumentParser

// Placeholder until the issue that owns `relgraph evidence` lands; replaced there.
struct Evidence: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "evidence", abstract: "(not yet available)")

    func run() throws {
        throw CLIError.usage("'relgraph evidence' is not available yet")
    }
}
