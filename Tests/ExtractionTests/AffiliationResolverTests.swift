import Testing
@testable import Extraction

@Suite struct AffiliationResolverTests {
    @Test func titleNamingADelegationAndAnAssembly() throws {
        let graph = try extract("Member of the Latvian delegation to the NATO Parliamentary Assembly Raimonds Bergmanis spoke.")
        #expect(graph.has(.affiliation, "Raimonds Bergmanis", "Latvia"))
        #expect(graph.has(.affiliation, "Raimonds Bergmanis", "NATO Parliamentary Assembly"))
    }

    @Test func ambassadorToACountryBelongsToTheSender() throws {
        let graph = try extract("U.S. Ambassador to Sri Lanka, Julie Chung, said the talks went well.")
        #expect(graph.has(.affiliation, "Julie Chung", "United States"))
        #expect(!graph.has(.affiliation, "Julie Chung", "Sri Lanka"))
    }

    @Test func nationalBodyGivesItsCountry() throws {
        let graph = try extract("Egypt hosted the talks. Director of the Egyptian General Intelligence Service, Major General Abbas Kamel, attended.")
        #expect(graph.has(.affiliation, "Abbas Kamel", "Egyptian General Intelligence Service"))
        #expect(graph.has(.affiliation, "Abbas Kamel", "Egypt"))
    }

    @Test func titleWithoutCountryTakesTheDatelinesCountry() throws {
        let graph = try extract("Ministers meet\n\nUlaanbaatar/MONTSAME/ Foreign Minister Batmunkh Battsetseg met Chinese Ambassador Shen Minjuan. Mongolia and China are partners.")
        #expect(graph.has(.affiliation, "Batmunkh Battsetseg", "Mongolia"))
        #expect(graph.has(.affiliation, "Shen Minjuan", "China"))
    }

    @Test func sharedPluralTitleIsZipped() throws {
        let graph = try extract("Presidents of Kazakhstan and Azerbaijan Kassym-Jomart Tokayev and Ilham Aliyev held talks.")
        #expect(graph.has(.affiliation, "Kassym-Jomart Tokayev", "Kazakhstan"))
        #expect(graph.has(.affiliation, "Ilham Aliyev", "Azerbaijan"))
        #expect(graph.has(.meeting, "Kassym-Jomart Tokayev", "Ilham Aliyev"))
    }

    @Test func membersOfTheEuropeanParliamentTakeTheirNationality() throws {
        let graph = try extract("Kosovo rejected the plan. Irish MEP Sean Kelly said Kosovo should reconsider.")
        #expect(graph.has(.affiliation, "Sean Kelly", "Ireland"))
        #expect(!graph.has(.affiliation, "Sean Kelly", "Kosovo"))
    }

    @Test func climateEnvoyIsATitle() throws {
        let graph = try extract("The talks were attended by Minister of State for Foreign Affairs and Climate Envoy Adel al-Jubeir.")
        #expect(graph.entity("Climate", kind: .person) == nil)
        #expect(graph.entity("Adel al-Jubeir", kind: .person) != nil)
    }


    @Test func listedNationalBodyGivesItsNamedCountry() throws {
        let named = try extract("Russia welcomed the move. Kremlin spokesman Dmitry Orlov told reporters that the group will grow.")
        #expect(named.has(.affiliation, "Dmitry Orlov", "Kremlin"))
        #expect(named.has(.affiliation, "Dmitry Orlov", "Russia"))
        let unnamed = try extract("Kremlin spokesman Dmitry Orlov told reporters in Jakarta that the group will grow.")
        #expect(unnamed.entity("Russia", kind: .country) == nil)
    }

    @Test func aBodyNamedWithItsCountryCountsLessThanTheCountryItself() throws {
        let text = """
            Emirati Foreign Minister Abdullah bin Zayed received Indonesian Foreign Minister Retno Marsudi in Abu Dhabi. \
            The meeting was attended by Khalifa Shaheen Al Marar, Minister of State. \
            The UAE and Indonesia signed a partnership. Marsudi thanked the UAE. \
            Marsudi witnessed the signing of a memorandum between the Emirati academy and the Indonesian Ministry of Foreign Affairs.
            """
        let graph = try extract(text)
        #expect(graph.has(.affiliation, "Khalifa Shaheen Al Marar", "United Arab Emirates"))
        #expect(graph.has(.meeting, "Khalifa Shaheen Al Marar", "Retno Marsudi"))
    }
    @Test func aNationalAgencysCountryIsTheArticlesHome() throws {
        let text = """
            Qatar welcomes Saudi talks

            Riyadh, November 11 (QNA) - Saudi Arabia hosted the talks, and Saudi Arabia's foreign minister thanked Qatar.
            """
        let doc = analyze(text)
        let home = AffiliationResolver(doc: doc).homeCountry()
        #expect(home.map { doc.entities[$0].name } == "Qatar")
        // Without a national agency the dateline's country is the home.
        let wire = analyze(text.replacingOccurrences(of: "(QNA)", with: "(Reuters)"))
        #expect(AffiliationResolver(doc: wire).homeCountry().map { wire.entities[$0].name } == "Saudi Arabia")
    }

    @Test func aVisitorIsNotOfTheCountryVisited() throws {
        let text = """
            Minister concludes visit

            The Foreign Minister, Seán Byrne, today concluded a two-day visit to Jordan.

            During the visit, the minister met Prime Minister Omar Haddad and Foreign Minister Layla Nasser in Amman.
            """
        let graph = try extract(text)
        #expect(!graph.has(.affiliation, "Seán Byrne", "Jordan"))
        #expect(graph.has(.meeting, "Seán Byrne", "Omar Haddad"))
    }

    @Test func aKnownOfficialTakesTheTablesCountry() throws {
        // The dateline's country would be the guess for a title without one.
        let graph = try extract("NEW DELHI (PTI) - India welcomed the remarks of President Joe Biden on trade with the United States.")
        #expect(graph.has(.affiliation, "Joe Biden", "United States"))
        #expect(!graph.has(.affiliation, "Joe Biden", "India"))
    }

    @Test func theTableGivesOnlyACountryTheArticleNames() throws {
        let graph = try extract("President Joe Biden said the talks went well.")
        #expect(graph.entity("United States") == nil)
        #expect(graph.entity("Joe Biden")?.attributes["affiliation"] == nil)
    }

    @Test func anOfficialInTheOrganizationsPostIsNotTheirCountrys() throws {
        // The table knows Rutte as Dutch and as NATO's; the title gives the post he speaks in.
        let graph = try extract("NATO Secretary General Mark Rutte said the Netherlands would host the summit.")
        #expect(graph.has(.affiliation, "Mark Rutte", "NATO"))
        #expect(!graph.has(.affiliation, "Mark Rutte", "Netherlands"))
    }

    @Test func anInternationalCivilServantGetsNoGuessedCountry() throws {
        let graph = try extract("BRUSSELS (AFP) - Commission President Ursula von der Leyen said Albania and Montenegro were the front-runners.")
        #expect(!graph.has(.affiliation, "Ursula von der Leyen", "Albania"))
    }

    @Test func theTablesCountryReplacesOneTheWordsBeforeTheTitleSeemedToGive() throws {
        let graph = try extract("NAIROBI (ENA) - Asked about Somalia, President Isaias Afwerki stated that Eritrea would keep training Somali soldiers.")
        #expect(graph.has(.affiliation, "Isaias Afwerki", "Eritrea"))
        #expect(!graph.has(.affiliation, "Isaias Afwerki", "Somalia"))
    }
}
