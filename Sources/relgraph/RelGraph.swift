import ArgumentParser
import Foundation

/// The `relgraph` command: news articles → relationship graph → analysis and drawings.
@main
struct RelGraph: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "relgraph",
        abstract: "Turn news articles into a relationship graph, analyse it and draw it.",
        discussion: """
            Extract who met whom, who spoke about whom and who belongs where from
            diplomacy and politics news; analyse the network; render it with Graphviz.

            Examples:
              relgraph report examples/articles -o output
              relgraph extract articles/ -o graph.json
              relgraph analyze graph.json --measure betweenness --top 10
              relgraph convert graph.json -o - | dot -Tsvg > graph.svg
            """,
        version: "0.1.0",
        subcommands: [
            Report.self, Extract.self, Merge.self, Analyze.self, Path.self,
            Communities.self, Ego.self, Render.self, Convert.self, Ingest.self, Evidence.self,
        ]
    )

    /// Parses and runs the command; bad usage exits 2, bad input 1, with one line on stderr.
    static func main() async {
        // A parent may start relgraph with SIGINT and SIGTERM blocked (a spawning thread's
        // mask is inherited): unblock them so Ctrl-C stops it and removes temporary files.
        var interrupts = sigset_t()
        sigemptyset(&interrupts)
        sigaddset(&interrupts, SIGINT)
        sigaddset(&interrupts, SIGTERM)
        pthread_sigmask(SIG_UNBLOCK, &interrupts, nil)
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch let error as CLIError {
            FileHandle.standardError.write(Data("relgraph: \(CLIError.oneLine(error.message))\n".utf8))
            Foundation.exit(error.exitCode)
        } catch {
            let code = exitCode(for: error)
            if code == .success || code == ExitCode(0) {
                print(fullMessage(for: error))
                Foundation.exit(0)
            }
            let message = fullMessage(for: error)
            if code == .validationFailure {
                FileHandle.standardError.write(Data("\(message)\n".utf8))
                Foundation.exit(CLIError.usageExitCode)
            }
            if error is ExitCode {
                Foundation.exit(code.rawValue)
            }
            let firstLine = message.split(separator: "\n").first.map(String.init) ?? message
            FileHandle.standardError.write(Data("relgraph: \(CLIError.oneLine(firstLine))\n".utf8))
            Foundation.exit(CLIError.inputExitCode)
        }
    }
}
