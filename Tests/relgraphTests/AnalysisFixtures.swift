import Foundation

/// The input files of the analysis command tests.
enum AnalysisFixtures {
    /// A small diplomacy graph with evidence: ministers, their countries, NATO.
    static var diplomacy: String { path("analysis-diplomacy", "json") }
    /// Zachary's karate club as a plain edge list.
    static var karate: String { path("analysis-karate", "edgelist") }

    static func path(_ name: String, _ ext: String) -> String {
        Bundle.module.url(forResource: name, withExtension: ext, subdirectory: "Fixtures")!.path
    }
}
