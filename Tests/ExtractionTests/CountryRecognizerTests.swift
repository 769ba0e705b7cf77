import Testing
@testable import Extraction

@Suite struct CountryRecognizerTests {
    @Test func namesDemonymsAndAliases() throws {
        let graph = try extract("The Azerbaijani side and Türkiye discussed ties with the U.S. and the Russian Federation.")
        #expect(graph.names(.country) == ["Azerbaijan", "Russia", "Turkey", "United States"])
        #expect(graph.entity("Azerbaijan")?.aliases.contains("Azerbaijani") == true)
    }

    @Test func capitalAsActorIsTheCountry() throws {
        let graph = try extract("Moscow said the talks were useful.")
        #expect(graph.names(.country) == ["Russia"])
    }

    @Test func capitalAsPlaceIsNotACountry() throws {
        let graph = try extract("The summit was held in Harare and a Brussels-based group attended.")
        #expect(graph.names(.country).isEmpty)
    }

    @Test func languagesAndCurrenciesAreNotCountries() throws {
        let graph = try extract("The report, written in Russian, cost ten U.S. dollars.")
        #expect(graph.names(.country).isEmpty)
    }

    @Test func combiningFormsCountBeforeACountry() throws {
        #expect(try extract("The Russo-Ukrainian war continued.").names(.country) == ["Russia", "Ukraine"])
        #expect(try extract("The Indo-Pacific region matters.").names(.country).isEmpty)
    }

    @Test func regionsAreNotCountries() throws {
        #expect(try extract("Leaders of Latin America and the Korean Peninsula spoke.").names(.country).isEmpty)
    }

    @Test func statesInFreeAssociationWithTheirOwnForeignRelationsAreCountries() throws {
        let graph = try extract("Cook Islands Prime Minister Tama Vaine met Niuean Premier Sione Tali in Avarua.")
        #expect(graph.has(.affiliation, "Tama Vaine", "Cook Islands"))
        #expect(graph.has(.affiliation, "Sione Tali", "Niue"))
    }
}
