import ArgumentParser

// Placeholder until the issue that owns `relgraph ingest` lands; replaced there.
struct Ingest: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "ingest", abstract: "(not yet available)")

    func run() throws {
        throw CLIError.usage("'relgraph ingest' is not available yet")
    }
}
