import Testing
@testable import Extraction

@Suite struct StatementDetectorTests {
    @Test func reviewingRelationsIsTalkNotAStatement() throws {
        let graph = try extract("During the reception, Crown Prince Mohammed bin Salman and US Secretary of State Antony Blinken reviewed Saudi-US relations and efforts to end the fighting in Sudan.")
        #expect(!graph.has(.statement, "Mohammed bin Salman", "Sudan"))
        #expect(!graph.has(.statement, "Antony Blinken", "Sudan"))
    }

    @Test func whereAQuoteWasSaidIsNotWhatWasSaid() throws {
        let graph = try extract("""
            Quad in Tokyo

            TOKYO, July 29 (Kyodo) -- Japanese Foreign Minister Yoko Kamikawa hosted talks on Monday.

            "Our four nations share fundamental values," Kamikawa said at the start of the meeting, attended by U.S. Secretary of State Antony Blinken and Australian Foreign Minister Penny Wong.
            """)
        #expect(!graph.has(.statement, "Yoko Kamikawa", "Antony Blinken"))
        #expect(!graph.has(.statement, "Yoko Kamikawa", "Australia"))
        // What follows "that", or a verb of speech after the place, is what was said.
        let that = try extract("\"We are ready,\" Japanese Foreign Minister Yoko Kamikawa said at the meeting that Japan would support the Philippines.")
        #expect(that.has(.statement, "Yoko Kamikawa", "Philippines"))
        let urging = try extract("\"We are ready,\" Japanese Foreign Minister Yoko Kamikawa said at the meeting, urging China to respect the ruling.")
        #expect(urging.has(.statement, "Yoko Kamikawa", "China"))
    }

    @Test func speakerBeforeTheVerb() throws {
        let graph = try extract("Russian Foreign Minister Sergey Lavrov said that Russia trusts the EU and Serbia.")
        #expect(graph.relationLines.filter { $0.hasPrefix("statement") } == [
            "statement Sergey Lavrov -> European Union", "statement Sergey Lavrov -> Russia", "statement Sergey Lavrov -> Serbia",
        ])
    }

    @Test func postposedAttribution() throws {
        let graph = try extract("Russia will continue to support Serbia on Kosovo, Russian Foreign Minister Sergey Lavrov said.")
        #expect(graph.has(.statement, "Sergey Lavrov", "Kosovo"))
        #expect(graph.has(.statement, "Sergey Lavrov", "Serbia"))
    }

    @Test func introClauseIsNotWhatWasSaid() throws {
        let graph = try extract("After talking to Serbian President Aleksandar Vucic, Lavrov said that Russia backs Kosovo talks. Sergey Lavrov arrived.")
        #expect(graph.has(.statement, "Sergey Lavrov", "Kosovo"))
        #expect(!graph.has(.statement, "Sergey Lavrov", "Aleksandar Vucic"))
        #expect(!graph.has(.statement, "Aleksandar Vucic", "Kosovo"))
    }

    @Test func quoteSpanningSentencesBelongsToItsAttribution() throws {
        let text = "Kazakh President Kassym-Jomart Tokayev spoke.\n\n“Kazakhstan values China. We also trust India. Turkey is a friend,” he said."
        let graph = try extract(text)
        for country in ["China", "India", "Turkey", "Kazakhstan"] {
            #expect(graph.has(.statement, "Kassym-Jomart Tokayev", country))
        }
    }

    @Test func attributionBeforeTheQuote() throws {
        let graph = try extract("Egyptian Foreign Minister Sameh Shoukry said: “Egypt supports Sudan.”")
        #expect(graph.has(.statement, "Sameh Shoukry", "Sudan"))
    }

    @Test func unattributedQuoteParagraphContinuesTheSpeaker() throws {
        let text = "“We believe in Caribbean unity,” Barbadian Prime Minister Mia Mottley said.\n\n“Jamaica and Guyana are with us.”\n\nThe meeting ended."
        let graph = try extract(text)
        #expect(graph.has(.statement, "Mia Mottley", "Jamaica"))
        #expect(graph.has(.statement, "Mia Mottley", "Guyana"))
    }

    @Test func creditedSourcesAreNotSpeakers() throws {
        let graph = try extract("Kenya and Ethiopia discussed trade, the Kenyan Foreign Ministry reported. According to the ministry, Somalia was mentioned.")
        #expect(graph.relations.filter { $0.kind == .statement }.isEmpty)
    }

    @Test func personToldIsNotATarget() throws {
        let graph = try extract("Hungarian Prime Minister Viktor Orbán told Slovak Prime Minister Robert Fico that Ukraine needs peace.")
        #expect(graph.has(.statement, "Viktor Orbán", "Ukraine"))
        #expect(!graph.has(.statement, "Viktor Orbán", "Robert Fico"))
    }

    @Test func personThankedIsATarget() throws {
        let graph = try extract("Guyanese President Irfaan Ali thanked Barbadian Prime Minister Mia Mottley for her visit.")
        #expect(graph.has(.statement, "Irfaan Ali", "Mia Mottley"))
    }

    @Test func countriesCanSpeak() throws {
        let graph = try extract("Pakistan strongly condemned the attack on Afghan civilians.")
        let relation = try #require(graph.relation(.statement, "Pakistan", "Afghanistan"))
        #expect(relation.attributes["tone"] == "negative")
        #expect(relation.attributes["cameo"] == "111")
    }

    @Test func speakerIsNeverItsOwnTarget() throws {
        let graph = try extract("Brazilian President Luiz Inácio Lula da Silva said Lula da Silva would visit China.")
        #expect(!graph.relations.contains { $0.source == $0.target })
        #expect(graph.has(.statement, "Luiz Inácio Lula da Silva", "China"))
    }

    @Test func statementDocumentHeadlineGivesTheSpeaker() throws {
        let text = "Statement by High Representative Federica Mogherini on the Day of Democracy\n\nToday the European Union marks the day. Democracy matters."
        let graph = try extract(text)
        #expect(graph.has(.statement, "Federica Mogherini", "European Union"))
    }


    @Test func relativeClauseBeforeTheVerbIsNotTheSpeaker() throws {
        let text = "Norwegian Foreign Minister Lars Berg, who held a meeting with Danish Foreign Minister Lars Holm and Swedish Foreign Minister Eva Lind on Monday, said Oslo would keep pressing Finland."
        let graph = try extract(text)
        #expect(graph.has(.statement, "Lars Berg", "Finland"))
        #expect(!graph.has(.statement, "Lars Holm", "Finland"))
        #expect(!graph.has(.statement, "Eva Lind", "Finland"))
    }


    @Test func descriptionInsideANamedSpeakersStatementIsWhatWasSaid() throws {
        let text = "Kuwaiti Prime Minister Nasser Salem chaired the council. Council Secretary-General Omar Rashid said the council reaffirmed its rejection of interference and reiterated that the islands belong to Oman."
        let graph = try extract(text)
        #expect(graph.has(.statement, "Omar Rashid", "Oman"))
        #expect(!graph.has(.statement, "Nasser Salem", "Oman"))
    }


    @Test func pressConferenceAudienceIsNoTargetAndTheQuoteIs() throws {
        let text = "“This agreement is a win for the European Union,” Ursula von der Leyen told a joint press conference with Brazil's President Luiz Costa, Argentina's Javier Perez and Paraguay's Santiago Ruiz."
        let graph = try extract(text)
        #expect(graph.has(.statement, "Ursula von der Leyen", "European Union"))
        #expect(!graph.has(.statement, "Ursula von der Leyen", "Javier Perez"))
        #expect(!graph.has(.statement, "Ursula von der Leyen", "Paraguay"))
    }

    @Test func aPassiveSpeechVerbHasNoSpeaker() throws {
        let graph = try extract("Somalia was formally admitted on Friday as the newest member of the East African Community, which also includes Kenya and Uganda.")
        #expect(!graph.relations.contains { $0.kind == .statement })
    }

    @Test func aPersonNamedInAQuoteIsNotTheNextPronoun() throws {
        let text = """
            "We are ready," Ukrainian President Volodymyr Zelenskiy told reporters. "Putin is afraid; that says everything." \
            He thanked Turkish President Tayyip Erdogan for his efforts.
            """
        let graph = try extract(text)
        #expect(graph.has(.statement, "Volodymyr Zelenskiy", "Tayyip Erdogan"))
        #expect(!graph.relations.contains { $0.kind == .statement && graph[$0.source]?.name == "Putin" })
    }

    @Test func theCountryThankedIsNotTheSpeakersOwn() throws {
        let text = "Prince Faisal bin Farhan, Minister of Foreign Affairs, spoke in Riyadh. He thanked the Republic of Iraq for hosting talks, and said Saudi Arabia was ready."
        let graph = try extract(text)
        #expect(!graph.has(.affiliation, "Faisal bin Farhan", "Iraq"))
    }

    @Test func aRelativeClauseOfPlaceIsNotWhatWasSaid() throws {
        let text = "Italian Prime Minister Giorgia Meloni hailed the results of the summit in Apulia, where the leaders of France and Japan gathered."
        let graph = try extract(text)
        #expect(!graph.has(.statement, "Giorgia Meloni", "France"))
        #expect(!graph.has(.statement, "Giorgia Meloni", "Japan"))
    }

    @Test func thePartyUrgedIsATarget() throws {
        let graph = try extract("Japanese Prime Minister Fumio Kishida urged North Korea to cancel the launch.")
        #expect(graph.has(.statement, "Fumio Kishida", "North Korea"))
    }

    @Test func theStatementThatCarriedAQuoteIsNoTarget() throws {
        let text = "\"We condemn Israel's attacks targeting UNIFIL positions in southern Lebanon,\" Türkiye said in a written statement issued by the Turkish Foreign Ministry."
        let graph = try extract(text)
        #expect(graph.has(.statement, "Turkey", "Israel"))
        #expect(!graph.has(.statement, "Turkey", "Turkish Foreign Ministry"))
        let said = try extract("Türkiye said in a statement that Israel must stop its attacks.")
        #expect(said.has(.statement, "Turkey", "Israel"))
    }

    @Test func aSpokespersonGivingAPositionSpeaksOneRelayingAReadoutDoesNot() throws {
        let position = try extract("In Moscow, Kremlin spokesman Dmitry Peskov said serious preparation was needed for any meeting between Russia and the United States.")
        #expect(position.has(.statement, "Dmitry Peskov", "United States"))
        let readout = try extract("Spokesman for the Presidency Ahmed Fahmy said Secretary of State Antony Blinken conveyed greetings to President Abdel Fattah El-Sisi, stressing that the United States supports Egypt.")
        #expect(!readout.has(.statement, "Ahmed Fahmy", "Egypt"))
    }

    @Test func aPartyInBracketsAfterTheSpeaker() throws {
        let graph = try extract("VIENNA (APA) - Interior Minister Gerhard Karner (ÖVP) said Romania and Bulgaria were not ready.")
        #expect(graph.has(.statement, "Gerhard Karner", "Romania"))
        #expect(!graph.has(.statement, "Austrian People's Party", "Romania"))
    }
}
