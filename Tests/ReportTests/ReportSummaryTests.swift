import GraphModel
import Testing
@testable import Report

@Suite struct ReportSummaryTests {
    static let bankName = "A|B *Bank* _x_"

    static func smallInput() throws -> ReportInput {
        var graph = Graph()
        graph.add(Entity(kind: .country, name: "Azerbaijan"))
        graph.add(Entity(kind: .country, name: "Hungary"))
        graph.add(Entity(kind: .person, name: "Jeyhun Bayramov", attributes: ["role": "Foreign Minister"]))
        graph.add(Entity(kind: .person, name: "Péter Szijjártó"))
        graph.add(Entity(kind: .organization, name: bankName))
        let az: EntityID = "country/azerbaijan", hu: EntityID = "country/hungary"
        let bayramov: EntityID = "person/jeyhun-bayramov", szijjarto: EntityID = "person/peter-szijjarto"
        let bank = EntityID(kind: .organization, name: bankName)
        func said(_ document: String, _ sentence: String) -> Evidence {
            Evidence(document: document, sentence: sentence, start: 0, end: sentence.unicodeScalars.count)
        }
        try graph.add(Relation(kind: .meeting, source: szijjarto, target: bayramov, weight: 2, evidence: [
            said("a.txt", "Bayramov met Szijjártó."), said("b.txt", "They met again.")]))
        try graph.add(Relation(kind: .cooperation, source: az, target: hu, evidence: [said("a.txt", "They cooperate.")]))
        try graph.add(Relation(kind: .affiliation, source: bayramov, target: az, evidence: [said("a.txt", "Bayramov of Azerbaijan.")]))
        try graph.add(Relation(kind: .affiliation, source: szijjarto, target: hu, evidence: [said("b.txt", "Szijjártó of Hungary.")]))
        try graph.add(Relation(kind: .statement, source: szijjarto, target: az, evidence: [said("b.txt", "He praised Azerbaijan.")]))
        try graph.add(Relation(kind: .membership, source: hu, target: bank))
        return ReportInput(
            title: "Test report", graph: graph,
            measures: [MeasureColumn(name: "degree", values: [az: 3, hu: 3, bayramov: 2, szijjarto: 3, bank: 1])],
            communities: [[az, bayramov], [hu, szijjarto, bank]], modularity: 0.25, generated: "2026-11-29")
    }

    @Test func knownAnswer() throws {
        let expected = #"""
            # Test report

            Generated 2026-11-29. 5 entities · 6 relations · 6 sentences from 2 documents.

            ## Entities and relations

            | Entity kind | Entities |
            | --- | ---: |
            | country | 2 |
            | organization | 1 |
            | person | 2 |
            | **total** | 5 |

            | Relation kind | Relations | Total weight | Sentences |
            | --- | ---: | ---: | ---: |
            | affiliation | 2 | 2 | 2 |
            | cooperation | 1 | 1 | 1 |
            | meeting | 1 | 2 | 2 |
            | membership | 1 | 1 | 0 |
            | statement | 1 | 1 | 1 |
            | **total** | 6 | 7 | 6 |

            ## Top entities

            ### degree

            | # | Entity | Kind | degree |
            | ---: | --- | --- | ---: |
            | 1 | Azerbaijan | country | 3 |
            | 2 | Hungary | country | 3 |
            | 3 | Péter Szijjártó | person | 3 |
            | 4 | Jeyhun Bayramov | person | 2 |
            | 5 | A\|B \*Bank\* \_x\_ | organization | 1 |

            ## Most connected pairs

            | # | Pair | Relations | Total weight |
            | ---: | --- | --- | ---: |
            | 1 | Jeyhun Bayramov — Péter Szijjártó | meeting (2) | 2 |
            | 2 | Azerbaijan — Hungary | cooperation (1) | 1 |
            | 3 | Azerbaijan — Jeyhun Bayramov | affiliation (1) | 1 |
            | 4 | Azerbaijan — Péter Szijjártó | statement (1) | 1 |
            | 5 | Hungary — A\|B \*Bank\* \_x\_ | membership (1) | 1 |
            | 6 | Hungary — Péter Szijjártó | affiliation (1) | 1 |

            ## Communities

            2 communities, modularity 0.25.

            ### Community 1 (2 members)

            - Azerbaijan (country)
            - Jeyhun Bayramov (person)

            ### Community 2 (3 members)

            - Hungary (country)
            - Péter Szijjártó (person)
            - A\|B \*Bank\* \_x\_ (organization)

            """#
        #expect(ReportSummary.markdown(for: try Self.smallInput()) == expected)
    }

    @Test func hostileNamesKeepTablesIntact() throws {
        let input = ReportPageTests.hostileInput
        let summary = ReportSummary.markdown(for: input)
        #expect(!summary.contains("<script>"))
        #expect(!summary.contains("\u{2028}"))
        for line in summary.split(separator: "\n") where line.hasPrefix("|") {
            // Unescaped pipes delimit cells: every row of every table has 5 or fewer cells.
            let cells = line.replacingOccurrences(of: "\\|", with: "").filter { $0 == "|" }.count - 1
            #expect((2...4).contains(cells), "row \(line) has \(cells) cells")
        }
        #expect(summary.contains(#"| 1 | \<script\>alert(1)\</script\> | person | 1 |"#))
    }

    @Test func saysWhatIsMissing() throws {
        let input = ReportInput(title: "Empty", graph: Graph(), generated: "now")
        let summary = ReportSummary.markdown(for: input)
        #expect(summary.contains("No centrality was computed."))
        #expect(summary.contains("The graph has no relations between two entities."))
        #expect(summary.contains("No communities were computed."))
        #expect(summary.contains("0 entities · 0 relations · 0 sentences from 0 documents"))
    }

    @Test func sameInputGivesSameText() throws {
        let input = SampleReport.input()
        #expect(ReportSummary.markdown(for: input) == ReportSummary.markdown(for: input))
        #expect(ReportSummary.markdown(for: input).contains("| 1 | Ararat Mirzoyan — Jeyhun Bayramov | meeting (3) | 3 |"))
    }
}
