import ArgumentParser

// Placeholder until the issue that owns `relgraph extract` lands; replaced there.
struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "extract", abstract: "(not yet available)")

    func run() throws {
        throw CLIError.usage("'relgraph extract' is not available yet")
    }
}
