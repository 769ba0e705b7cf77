import ArgumentParser

// Placeholder until the issue that owns `relgraph communities` lands; replaced there.
struct Communities: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "communities", abstract: "(not yet available)")

    func run() throws {
        throw CLIError.usage("'relgraph communities' is not available yet")
    }
}
