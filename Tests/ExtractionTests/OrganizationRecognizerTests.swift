import Testing
@testable import Extraction

@Suite struct OrganizationRecognizerTests {
    @Test func gazetteerOrganizationsAndOrgans() throws {
        let graph = try extract("Latvia, a NATO member, sent a delegation to the NATO Parliamentary Assembly and the UN Security Council.")
        #expect(graph.names(.organization) == ["NATO", "NATO Parliamentary Assembly", "UN Security Council"])
    }

    @Test func ministriesByPattern() throws {
        let graph = try extract("The Azerbaijani Foreign Ministry said the Ministry of Defence of Kenya and the General Intelligence Service agreed.")
        let names = graph.names(.organization)
        #expect(names.contains("Azerbaijani Foreign Ministry"))
        #expect(names.contains("Ministry of Defence of Kenya"))
        #expect(names.contains("General Intelligence Service"))
    }

    @Test func bracketedAcronymIsAnAlias() throws {
        let graph = try extract("The United States Agency for International Development (USAID) helped. USAID staff arrived.")
        let agency = try #require(graph.entity("USAID", kind: .organization))
        #expect(agency.name == "United States Agency for International Development")
    }

    @Test func institutesWithTitles() throws {
        let graph = try extract("Security and Development Policy Institute Director and Co-founder Svante Cornell said the region matters.")
        #expect(graph.names(.organization) == ["Security and Development Policy Institute"])
        #expect(graph.has(.affiliation, "Svante Cornell", "Security and Development Policy Institute"))
    }

    @Test func eventsAndVenuesAreNotOrganizations() throws {
        let graph = try extract("He spoke at the Presidential Secretariat before the Extraordinary Trade Council Summit opened.")
        #expect(graph.names(.organization).isEmpty)
    }

    @Test func theOrganizationRefersBack() throws {
        let doc = analyze("The Collective Security Treaty Organization met. The Organization's members agreed.")
        let names = doc.mentions.filter { $0.entity >= 0 }.map { doc.entities[$0.entity].name }
        #expect(names.filter { $0 == "Collective Security Treaty Organization" }.count == 2)
    }


    @Test func countryComplementEndsTheName() throws {
        let graph = try extract("Speaker of the Grand Assembly of Hungary Laszlo Kovacs received the delegation. The Federation of Cuban Women welcomed it.")
        #expect(graph.entity("Grand Assembly of Hungary", kind: .organization) != nil)
        #expect(graph.entity("Laszlo Kovacs", kind: .person) != nil)
        #expect(graph.entity("Federation of Cuban Women", kind: .organization) != nil)
    }


    @Test func definiteHeadIsTheBodyNamedSo() throws {
        let graph = try extract("The Caribbean Community met in Georgetown. The CARICOM Secretariat issued a note. Haiti is a full member of the Community.")
        #expect(graph.has(.membership, "Haiti", "Caribbean Community"))
        #expect(!graph.has(.membership, "Haiti", "CARICOM Secretariat"))
    }


    @Test func countrysFormalNameIsNoOrganization() throws {
        let graph = try extract("Romanian Foreign Minister Elena Pop condemned the hybrid actions of the Russian Federation.")
        #expect(graph.names(.organization).isEmpty)
        #expect(graph.has(.statement, "Elena Pop", "Russia"))
    }

    @Test func armedForcesNamedByADemonym() throws {
        let text = "Egyptian Foreign Minister Badr Abdelatty condemned attacks by the Israeli army on the peacekeepers. Relations worsened after the Egyptian army ousted the government."
        let graph = try extract(text)
        #expect(graph.names(.organization) == ["Egyptian army", "Israeli army"])
        #expect(graph.has(.statement, "Badr Abdelatty", "Israeli army"))
    }

    @Test func militaryAsAnAdjectiveIsNoArmedForce() throws {
        let graph = try extract("Russian military cooperation with Iran grew, and the Russian navy visited Tehran.")
        #expect(graph.names(.organization) == ["Russian navy"])
    }

    @Test func aRankAfterAnArmyIsAPersonsTitle() throws {
        let graph = try extract("Vietnamese President To Lam met Army General Raúl Castro in Havana.")
        #expect(!graph.names(.organization).contains { $0.contains("Castro") })
        #expect(graph.names(.person).contains("Raúl Castro"))
    }

    @Test func aPersonsNameAfterABodysHeadIsNoPartOfIt() throws {
        let graph = try extract("The deal was negotiated by Secretary of Iran's Supreme National Security Council Ali Shamkhani.")
        #expect(graph.names(.organization) == ["Iran's Supreme National Security Council"])
        #expect(graph.names(.person) == ["Ali Shamkhani"])
    }

    @Test func andJoinsNoPersonOrSecondBodyIntoAName() throws {
        let graph = try extract("The President also met Prime Minister Pham Minh Chinh and Communist Party of Vietnam General Secretary Nguyen Phu Trong. The Department of Agriculture and Vietnam's Ministry of Agriculture and Rural Development signed an agreement.")
        let organizations = graph.names(.organization)
        #expect(organizations.contains("Communist Party of Vietnam"))
        #expect(organizations.contains("Department of Agriculture"))
        #expect(!organizations.contains { $0.contains("Pham") || $0.contains("Agriculture and Vietnam") })
        #expect(graph.names(.person).contains("Pham Minh Chinh"))
        let joined = try extract("Malaysia's Ministry of Trade and Industry welcomed the agreement.")
        #expect(joined.names(.organization).contains { $0.contains("Trade and Industry") })
    }
    @Test func anotherCountrysBodyOfTheSameNameIsItsOwn() throws {
        let text = """
            Vietnam, Cambodia legislators meet

            Hanoi (VNA) - Chairman of the National Assembly (NA) Tran Thanh Man held talks on Monday with President of the Cambodian National Assembly Khuon Sudary.

            The talks were also attended by NA Vice Chairman Nguyen Duc Hai and, on the Cambodian side, the Cambodian NA's First Vice President Cheam Yeap.
            """
        let graph = try extract(text)
        #expect(graph.has(.affiliation, "Tran Thanh Man", "Vietnam"))
        #expect(!graph.has(.affiliation, "Tran Thanh Man", "Cambodia"))
        #expect(graph.has(.meeting, "Tran Thanh Man", "Khuon Sudary"))
        #expect(graph.has(.meeting, "Nguyen Duc Hai", "Cheam Yeap"))
        #expect(!graph.has(.affiliation, "Cheam Yeap", "Vietnam"))
    }
    @Test func aBodysNameEndsAtAListedBodyAndTakesItsCountry() throws {
        let text = """
            Delegation visits Islamabad

            ISLAMABAD, Sep 24 (APP): Pakistan and Uzbekistan discussed trade as a delegation led by Chairman of the Senate of the Oliy Majlis Nuriddin Ismoilov called on Pakistani leaders.
            """
        let graph = try extract(text)
        #expect(graph.entity("Nuriddin Ismoilov", kind: .person) != nil)
        #expect(graph.has(.affiliation, "Nuriddin Ismoilov", "Uzbekistan"))
        #expect(!graph.has(.affiliation, "Nuriddin Ismoilov", "Pakistan"))
    }

    @Test func aCountrysMinistryInLowerCase() throws {
        let graph = try extract("SEOUL (Yonhap) -- Kim Min-jae, director general at South Korea's foreign ministry, spoke with officials of the Egyptian foreign ministry.")
        #expect(graph.entity("South Korean Foreign Ministry", kind: .organization) != nil)
        #expect(graph.entity("Egyptian Foreign Ministry", kind: .organization) != nil)
        #expect(graph.has(.affiliation, "Kim Min-jae", "South Korean Foreign Ministry"))
        #expect(graph.has(.affiliation, "Kim Min-jae", "South Korea"))
    }

    @Test func parliamentsKnownByTheirOwnNames() throws {
        let graph = try extract("Ambassador Lars Holm was received by Chairwoman of the Mejlis of Turkmenistan Aygul Berdiyeva in Ashgabat.")
        #expect(graph.has(.affiliation, "Aygul Berdiyeva", "Mejlis"))
        #expect(graph.has(.affiliation, "Aygul Berdiyeva", "Turkmenistan"))
    }

    @Test func partiesAreOrganizations() throws {
        let graph = try extract("TBILISI (AFP) - Bidzina Ivanishvili, founder of the ruling Georgian Dream party, said the opposition had lost.")
        #expect(graph.entity("Georgian Dream", kind: .organization) != nil)
        #expect(graph.has(.affiliation, "Bidzina Ivanishvili", "Georgian Dream"))
        #expect(graph.entity("Dream", kind: .person) == nil)
    }

    @Test func aLowercaseArticleOpensAKnownName() throws {
        let graph = try extract("Abiy Ahmed said Ethiopian troops would fight al-Shabaab.")
        #expect(graph.has(.statement, "Abiy Ahmed", "al-Shabaab"))
    }
}
