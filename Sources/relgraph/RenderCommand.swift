import ArgumentParser

// Placeholder until the issue that owns `relgraph render` lands; replaced there.
struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "render", abstract: "(not yet available)")

    func run() throws {
        throw CLIError.usage("'relgraph render' is not available yet")
    }
}
