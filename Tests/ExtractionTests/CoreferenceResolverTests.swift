import Testing
@testable import Extraction

@Suite struct CoreferenceResolverTests {
    @Test func surnameIsTheFullName() throws {
        let graph = try extract("Latvian MP Raimonds Bergmanis arrived. Bergmanis stressed that Latvia supports Georgia.")
        #expect(graph.names(.person) == ["Raimonds Bergmanis"])
        #expect(graph.entity("Bergmanis")?.aliases.contains("Bergmanis") == true)
        #expect(graph.has(.statement, "Raimonds Bergmanis", "Georgia"))
    }

    @Test func fullNameAfterSurnameBecomesCanonical() throws {
        let graph = try extract("Minister Joly meets counterpart\n\nThe Honourable Mélanie Joly, Minister of Foreign Affairs, met Ghana's foreign minister.")
        #expect(graph.names(.person) == ["Mélanie Joly"])
    }

    @Test func pronounIsTheLastSpeaker() throws {
        let graph = try extract("Serbian Foreign Minister Ivica Dacic arrived in Moscow. He said that Serbia values Russia's support.")
        #expect(graph.has(.statement, "Ivica Dacic", "Russia"))
    }

    @Test func descriptionWithDemonymIsThePersonFromThatCountry() throws {
        let text = "Kazakh President Kassym-Jomart Tokayev met Azerbaijani President Ilham Aliyev. The Kazakh President said trade with Georgia doubled."
        let graph = try extract(text)
        #expect(graph.has(.statement, "Kassym-Jomart Tokayev", "Georgia"))
        #expect(!graph.has(.statement, "Ilham Aliyev", "Georgia"))
    }

    @Test func descriptionGivesTheCountryToAPersonWithout() throws {
        let text = "President Uhuru Kenyatta and President Paul Kagame held talks. The Kenyan leader assured his Rwandan counterpart of support."
        let graph = try extract(text)
        #expect(graph.has(.affiliation, "Uhuru Kenyatta", "Kenya"))
        #expect(graph.has(.affiliation, "Paul Kagame", "Rwanda"))
    }

    @Test func groupIsTheMeetingsParticipants() throws {
        let text = "Kenyan President William Ruto and Ugandan President Yoweri Museveni met on Monday. The two leaders stressed that Somalia needs peace."
        let graph = try extract(text)
        #expect(graph.has(.statement, "William Ruto", "Somalia"))
        #expect(graph.has(.statement, "Yoweri Museveni", "Somalia"))
    }


    @Test func theTwoCountriesAfterASideMeetingAreTheVisitsTwo() throws {
        let text = "President of Uzbekistan Aziz Karimov and President of Turkmenistan Serdar Orazov held talks on Wednesday. Later, Karimov held a separate meeting with Uzbek Foreign Minister Bakhtiyor Salimov. The two countries also coordinate their positions closely."
        let graph = try extract(text)
        #expect(graph.has(.cooperation, "Uzbekistan", "Turkmenistan"))
    }

    @Test func courtesyStyleIsThePersonIntroducedWithIt() throws {
        let text = """
            ABU DHABI, 3rd September, 2024 (WAM) -- H.H. Sheikh Abdullah bin Zayed Al Nahyan, Minister of Foreign Affairs, today received H.E. Retno Marsudi, Minister of Foreign Affairs of Indonesia.

            His Highness stressed that the agreement between the UAE and Indonesia has doubled trade.
            """
        let graph = try extract(text)
        #expect(graph.names(.person) == ["Abdullah bin Zayed Al Nahyan", "Retno Marsudi"])
        #expect(graph.has(.statement, "Abdullah bin Zayed Al Nahyan", "Indonesia"))
        #expect(!graph.has(.statement, "Retno Marsudi", "United Arab Emirates"))
    }

    @Test func courtesyStyleBeforeANameIsATitle() throws {
        let graph = try extract("His Excellency Dr. Badr Abdelatty said that Egypt values the Kingdom's role.")
        #expect(graph.names(.person) == ["Badr Abdelatty"])
        #expect(graph.has(.statement, "Badr Abdelatty", "Egypt") || graph.has(.affiliation, "Badr Abdelatty", "Egypt"))
    }

    @Test func aSurnameWithItsArticleIsTheFullName() throws {
        let graph = try extract("Jordan's Ayman Safadi held talks with Syrian Foreign Minister Asaad Hassan al-Shaibani. Al-Shaibani thanked Jordan for its support.")
        #expect(graph.names(.person) == ["Asaad Hassan al-Shaibani", "Ayman Safadi"])
        #expect(graph.has(.statement, "Asaad Hassan al-Shaibani", "Jordan"))
    }

    @Test func hisCounterpartIsTheOtherOfTheSentencesSubject() throws {
        let text = "Sayyid Badr bin Hamad Al Busaidi, Minister of Foreign Affairs, received a phone call from Abdallah Bou Habib, Minister of Foreign Affairs and Emigrants of Lebanon. Bou Habib briefed his Omani counterpart on the deployment of the Lebanese army."
        let graph = try extract(text)
        #expect(graph.has(.affiliation, "Abdallah Bou Habib", "Lebanon"))
        #expect(graph.has(.affiliation, "Badr bin Hamad Al Busaidi", "Oman"))
        #expect(!graph.has(.affiliation, "Abdallah Bou Habib", "Oman"))
    }

    @Test func aDescriptionPicksThePersonWhoseRoleFitsAmongCompatriots() throws {
        let text = "Turkish President Recep Tayyip Erdogan received the delegation. Turkish Foreign Minister Hakan Fidan also spoke with Uzbek Foreign Minister Bakhtiyor Saidov. The Turkish minister said Uzbekistan is a strategic partner. The Turkish leader said Georgia is a friend."
        let graph = try extract(text)
        #expect(graph.has(.statement, "Hakan Fidan", "Uzbekistan"))
        #expect(!graph.has(.statement, "Recep Tayyip Erdogan", "Uzbekistan"))
        #expect(graph.has(.statement, "Recep Tayyip Erdogan", "Georgia"))
        #expect(!graph.has(.statement, "Hakan Fidan", "Georgia"))
    }

    @Test func thePrimeMinisterIsTheOneWhoseRoleSaysPrime() throws {
        let text = """
            The forum was attended by Canadian Prime Minister Justin Trudeau and Mexican Foreign Minister Alicia Barcena. \
            "Trade is growing," Barcena said. Trudeau had held bilateral talks with Indian President Droupadi Murmu at the \
            prime minister's residence on Friday.
            """
        let graph = try extract(text)
        #expect(graph.has(.meeting, "Justin Trudeau", "Droupadi Murmu"))
        #expect(!graph.has(.meeting, "Alicia Barcena", "Droupadi Murmu"))
    }
}

