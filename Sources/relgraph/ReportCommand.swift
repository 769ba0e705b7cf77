import ArgumentParser

// Placeholder until the issue that owns `relgraph report` lands; replaced there.
struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "report", abstract: "(not yet available)")

    func run() throws {
        throw CLIError.usage("'relgraph report' is not available yet")
    }
}
