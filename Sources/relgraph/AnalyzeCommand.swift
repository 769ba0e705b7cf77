import ArgumentParser

// Placeholder until the issue that owns `relgraph analyze` lands; replaced there.
struct Analyze: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "analyze", abstract: "(not yet available)")

    func run() throws {
        throw CLIError.usage("'relgraph analyze' is not available yet")
    }
}
