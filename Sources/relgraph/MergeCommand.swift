import ArgumentParser

// Placeholder until the issue that owns `relgraph merge` lands; replaced there.
struct Merge: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "merge", abstract: "(not yet available)")

    func run() throws {
        throw CLIError.usage("'relgraph merge' is not available yet")
    }
}
