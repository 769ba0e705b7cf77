import ArgumentParser

// Placeholder until the issue that owns `relgraph ego` lands; replaced there.
struct Ego: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "ego", abstract: "(not yet available)")

    func run() throws {
        throw CLIError.usage("'relgraph ego' is not available yet")
    }
}
