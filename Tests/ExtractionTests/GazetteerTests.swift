import Testing
@testable import Extraction

@Suite struct GazetteerTests {
    @Test func companiesAreOrganizationsWithoutGivingTheirCountry() throws {
        let graph = try extract("""
            Gas deal signed

            ALGIERS, Jan 23 (APS) - Sonatrach and Eni signed an agreement on Monday. Kazatomprom chief executive Meirzhan Yussupov said Orano was a reliable partner. Frelimo and Renamo welcomed the deal.
            """)
        #expect(graph.names(.organization) == ["Eni", "FRELIMO", "Kazatomprom", "Orano", "RENAMO", "Sonatrach"])
        // A company's country is not an entity the story names.
        #expect(graph.names(.country).isEmpty)
        #expect(graph.entity("Sonatrach")?.kind == .organization)
    }

    @Test func agenciesGiveTheirCountry() throws {
        let gazetteer = try Gazetteer.load()
        let qatar = try #require(gazetteer.agencyCountry["qna"])
        #expect(gazetteer.countries[qatar].name == "Qatar")
        // Global agencies report every country: none is listed.
        #expect(gazetteer.agencyCountry["reuters"] == nil)
    }

    @Test func anAgencyOfAnUnknownCountryIsAClearError() throws {
        var gazetteer = Gazetteer()
        try gazetteer.read(countries: ResourceTable.parse("name\tiso2\tiso3\taliases\tdemonyms\tcapitals\nQatar\tQA\tQAT\t\tQatari\tDoha\n", name: "countries.tsv", hasHeader: true))
        let agencies = try ResourceTable.parse("code\tcountry\nQNA\tQatar\nXYZ\tAtlantis\n", name: "agencies.tsv", hasHeader: true)
        #expect(throws: ExtractionError.resource(name: "agencies.tsv", line: 3, message: "no known country for agency 'XYZ'")) {
            try gazetteer.read(agencies: agencies)
        }
        #expect(ExtractionError.resource(name: "agencies.tsv", line: 3, message: "no known country for agency 'XYZ'").description
            == "resource agencies.tsv:3: no known country for agency 'XYZ'")
    }
}
