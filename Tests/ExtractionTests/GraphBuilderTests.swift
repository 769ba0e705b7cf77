import Foundation
import GraphModel
import Testing
@testable import Extraction

@Suite struct GraphBuilderTests {
    @Test(arguments: ["Zakir Hasanov", "Côte d'Ivoire", "U.S. Department of Treasury", "  Jean-Yves  Le Drian ", "O'Brien", "Péter Szijjártó", "G20", "---", "Kim Jong-un"])
    func directIdsMatchTheModel(name: String) {
        #expect(GraphBuilder.id(kind: .person, name: name) == EntityID(kind: .person, name: name))
    }

    /// The builder sorts once and hands the lists to `Graph`: they must be what a graph
    /// built by adding every entity and relation would list.
    @Test(arguments: ExampleArticlesTests.names)
    func builtGraphsAreSortedAndEqualToTheirTables(name: String) throws {
        let text = try String(contentsOf: ExampleArticlesTests.folder.appendingPathComponent(name + ".txt"), encoding: .utf8)
        let graph = try extract(text, document: name + ".txt")
        let entities = graph.entities, relations = graph.relations
        #expect(!entities.isEmpty && !relations.isEmpty)
        for k in entities.indices.dropFirst() { #expect(entities[k - 1].id < entities[k].id) }
        for k in relations.indices.dropFirst() { #expect(relations[k - 1].key < relations[k].key) }
        for entity in entities {
            #expect(entity.aliases == Array(Set(entity.aliases)).sorted())
            #expect(!entity.aliases.contains(entity.name))
        }
        for relation in relations {
            #expect(graph.contains(relation.source) && graph.contains(relation.target))
            #expect(relation.evidence == relation.evidence.sorted())
            #expect(relation.weight >= Double(relation.evidence.count))
        }
        let tables = try Graph(entities: entities, relations: relations)
        #expect(tables == graph)
        #expect(tables.entities == entities && tables.relations == relations)
    }

    @Test(arguments: [
        "Mohammed Shia al-Sudani", "Jean-Yves Le Drian", "H.E Olusegun Obasanjo", "U.S.-backed interim government",
        "the President of the Republic of Azerbaijan", "a b c d e f g h", "a b c d e f g h i", "O'Brien's", "Côte d'Ivoire",
        "Minister of Foreign Affairs of the Kyrgyz Republic", "Kassym-Jomart Tokayev", "D.Tsogtbaatar", "A.B.C.D.E.F.G.H.I.J",
        "one-two-three-four-five", "\u{FEFF}Name", "x,y,z,w,v", "Prime Minister Narendra Modi's government",
    ])
    func shortNamesAreThoseOfAtMostEightTokens(alias: String) {
        #expect(GraphBuilder.isShortName(alias) == (PhraseTrie<Int>.keys(alias).count <= 8))
    }

    @Test func anOrganizationIsNamedAsTheArticleSpellsIt() throws {
        let american = try extract("Saudi Arabia and Egypt coordinate within the Organization of Islamic Cooperation.")
        let british = try extract("Saudi Arabia and Egypt coordinate within the Organisation of Islamic Cooperation.")
        let a = try #require(american.entities.first { $0.kind == .organization })
        let b = try #require(british.entities.first { $0.kind == .organization })
        #expect(a.name == "Organization of Islamic Cooperation")
        #expect(b.name == "Organisation of Islamic Cooperation")
        // One id, so the two articles merge into one entity.
        #expect(a.id == b.id)
        #expect(GraphBuilder.isSpellingVariant("Organization", of: "Organisation"))
        #expect(!GraphBuilder.isSpellingVariant("Organisation", of: "Organisation"))
        #expect(!GraphBuilder.isSpellingVariant("Organizations", of: "Organisation"))
    }
}
