import Testing
@testable import Extraction

@Suite struct TitlePhraseTests {
    @Test func honorificAfterACommaIsItsOwnTitle() throws {
        let graph = try extract("Letters of credence were presented by H.E. Ana Quispe of Chile, H.E. Lars Berg of Norway and H.E. Dato' Siti Aminah of Malaysia.")
        #expect(graph.has(.affiliation, "Lars Berg", "Norway"))
        #expect(graph.has(.affiliation, "Siti Aminah", "Malaysia"))
        #expect(!graph.has(.affiliation, "Lars Berg", "Chile"))
    }

    @Test func militaryRanksAreHonorifics() throws {
        let graph = try extract("Turkish Chief of the General Staff Gen. Ali Demir hosted Col. Gen. Rauf Aliyev, Chief of the General Staff of the Azerbaijani Armed Forces.")
        #expect(graph.has(.affiliation, "Ali Demir", "Turkey"))
        #expect(graph.has(.meeting, "Ali Demir", "Rauf Aliyev"))
        #expect(graph.entity("Gen", kind: .person) == nil)
    }


    @Test func nationalityAppositionIsAnAffiliation() throws {
        let graph = try extract("ECOWAS Commission President Omar Alieu Tamba, a Gambian, is expected to travel to Bissau next week.")
        #expect(graph.has(.affiliation, "Omar Alieu Tamba", "Gambia"))
        #expect(graph.has(.affiliation, "Omar Alieu Tamba", "ECOWAS Commission"))
    }

    @Test func aBodyAfterAtEndsAnAppositiveTitle() throws {
        let graph = try extract("TOKYO (Kyodo) -- Takeshi Mori, director general for Asian and Oceanian affairs at Japan's foreign ministry, met the envoy.")
        #expect(graph.has(.affiliation, "Takeshi Mori", "Japan"))
    }

    @Test func aHeadlinesCommaBeforeAPluralVerbIsNoApposition() throws {
        let text = "Lavrov, DPRK foreign minister hold talks in Moscow\n\nRussian Foreign Minister Sergey Lavrov held talks with North Korean Foreign Minister Choe Son Hui."
        let graph = try extract(text)
        #expect(graph.has(.meeting, "Sergey Lavrov", "Choe Son Hui"))
        #expect(!graph.has(.affiliation, "Sergey Lavrov", "North Korea"))
    }

    @Test func aHeadlinesTitleBeforeTheNextNameIsThatNamesTitle() throws {
        let text = "FM Cho, new Japanese counterpart Iwaya agree to keep up momentum\n\nSouth Korean Foreign Minister Cho Tae-yul held phone talks with Japanese Foreign Minister Takeshi Iwaya."
        let graph = try extract(text)
        #expect(!graph.has(.affiliation, "Cho Tae-yul", "Japan"))
        #expect(graph.has(.affiliation, "Cho Tae-yul", "South Korea"))
    }

    @Test func anAdvisorToSomeoneKeepsTheAppositiveTitle() throws {
        let graph = try extract("Wang Yi held talks with Celso Amorim, chief advisor to Brazilian President Luiz Inacio Lula da Silva, in Beijing.")
        #expect(graph.has(.affiliation, "Celso Amorim", "Brazil"))
    }

    @Test func aListOfDemonymsWithCommasBeforePluralCounterparts() throws {
        let text = "Latvian Foreign Minister Baiba Braže hosted her Estonian, Lithuanian and Polish counterparts, Margus Tsahkna, Gabrielius Landsbergis and Radosław Sikorski, in Riga."
        let graph = try extract(text)
        #expect(graph.has(.affiliation, "Margus Tsahkna", "Estonia"))
        #expect(graph.has(.affiliation, "Gabrielius Landsbergis", "Lithuania"))
        #expect(graph.has(.affiliation, "Radosław Sikorski", "Poland"))
        #expect(!graph.has(.affiliation, "Gabrielius Landsbergis", "Poland"))
    }

    @Test func aCountryAfterForInATitleIsThePortfolio() throws {
        let text = "Jung Pak, U.S. deputy special representative for North Korea, spoke with Lee Jun-il, director general for North Korean nuclear affairs. The court issued a warrant for Russian President Vladimir Putin."
        let graph = try extract(text)
        #expect(graph.has(.affiliation, "Jung Pak", "United States"))
        #expect(!graph.has(.affiliation, "Jung Pak", "North Korea"))
        #expect(!graph.has(.affiliation, "Lee Jun-il", "North Korea"))
        #expect(graph.has(.affiliation, "Vladimir Putin", "Russia"))
    }

    @Test func aBodyAfterTheAndADemonymEndsTheAppositive() throws {
        let graph = try extract("Halla-aho hosted Folketing Speaker Søren Gade of Denmark and Birgir Ármannsson, Speaker of the Icelandic Althing, for the annual talks.")
        #expect(!graph.names(.person).contains("Althing"))
        #expect(graph.has(.affiliation, "Birgir Ármannsson", "Iceland"))
    }

    @Test func presidentOfTheRepublicIsATitle() throws {
        let graph = try extract("Lisbon, 12 Mar 2024 (Lusa) - The President of the Republic, Marcelo Rebelo de Sousa, received his Cabo Verde counterpart, José Maria Neves. Portugal and the Republic of Korea signed a deal.")
        #expect(graph.entity("Marcelo Rebelo de Sousa")?.attributes["role"] == "President of the Republic")
        #expect(graph.has(.affiliation, "Marcelo Rebelo de Sousa", "Portugal"))
        #expect(graph.names(.country).contains("South Korea"))
    }
    @Test func aTitleEndsOnAWordOfItsOwnNotAPreposition() throws {
        let graph = try extract("Minister Ahmed Attaf attended the session of the Arab League Council of Foreign Ministers in Cairo.")
        #expect(graph.entity("Cairo", kind: .person) == nil)
        #expect(graph.names(.person) == ["Ahmed Attaf"])
    }
    @Test func anAcronymInBracketsAfterATitleIsNoName() throws {
        let graph = try extract("The MoU was signed by the director of the National Search and Rescue Agency (Basarnas), Marshal Kusworo, and Vietnamese Deputy Minister Nguyen Van Son.")
        #expect(graph.entity("Basarnas", kind: .person) == nil)
        #expect(graph.entity("Kusworo", kind: .person) != nil)
    }
}
