import Testing
@testable import Extraction

@Suite struct MeetingDetectorTests {
    @Test func metWithIsAMeetingWithItsDate() throws {
        let graph = try extract("Azerbaijani Foreign Minister Jeyhun Bayramov met with Georgian Foreign Minister Ilia Darchiashvili on June 17.")
        let meeting = try #require(graph.relation(.meeting, "Jeyhun Bayramov", "Ilia Darchiashvili"))
        #expect(meeting.attributes["date"] == "June 17")
        #expect(meeting.attributes["cameo"] == "040")
        #expect(meeting.evidence.first?.date == "June 17")
    }

    @Test func plannedMeetingsAreNotMeetings() throws {
        let text = "Turkish Foreign Minister Hakan Fidan is scheduled to meet Greek Foreign Minister Giorgos Gerapetritis. Georgian Prime Minister Irakli Kobakhidze will meet Armenian Prime Minister Nikol Pashinyan next week."
        let graph = try extract(text)
        #expect(graph.relations.filter { $0.kind == .meeting }.isEmpty)
    }

    @Test func phoneCallsAndTalks() throws {
        let graph = try extract("During their telephone talks, Japanese Foreign Minister Yoko Kamikawa and South Korean Foreign Minister Cho Tae-yul discussed North Korea.")
        #expect(graph.has(.meeting, "Yoko Kamikawa", "Cho Tae-yul"))
    }

    @Test func jointPressConferenceLinksEveryPair() throws {
        let graph = try extract("Jordanian Foreign Minister Ayman Safadi said in a joint press conference with Iraqi Foreign Minister Fuad Hussein and Egyptian Foreign Minister Sameh Shoukry that ties are good.")
        #expect(graph.has(.meeting, "Ayman Safadi", "Fuad Hussein"))
        #expect(graph.has(.meeting, "Ayman Safadi", "Sameh Shoukry"))
        #expect(graph.has(.meeting, "Fuad Hussein", "Sameh Shoukry"))
    }

    @Test func sameSideIsNotLinked() throws {
        let text = "Egyptian President Abdel Fattah El-Sisi received U.S. Secretary of State Antony Blinken. The meeting was attended by Egyptian Foreign Minister Sameh Shoukry."
        let graph = try extract(text)
        #expect(graph.has(.meeting, "Abdel Fattah El-Sisi", "Antony Blinken"))
        #expect(graph.has(.meeting, "Sameh Shoukry", "Antony Blinken"))
        #expect(!graph.has(.meeting, "Sameh Shoukry", "Abdel Fattah El-Sisi"))
    }

    @Test func visitWithoutHostLinksTheVisited() throws {
        let graph = try extract("“I visited NATO headquarters recently,” Azerbaijani presidential aide Hikmat Hajiyev said.")
        #expect(graph.has(.meeting, "Hikmat Hajiyev", "NATO"))
    }

    @Test func visitWithNamedHostLinksOnlyTheHost() throws {
        let graph = try extract("During his visit to Serbia, Russian Foreign Minister Sergey Lavrov met Serbian President Aleksandar Vucic.")
        #expect(graph.has(.meeting, "Sergey Lavrov", "Aleksandar Vucic"))
        #expect(!graph.has(.meeting, "Sergey Lavrov", "Serbia"))
    }

    @Test func laterParticipantsJoinTheCall() throws {
        let text = "U.S. President Joe Biden held a video call on Tuesday. Joining Biden on the call were French President Emmanuel Macron and German Chancellor Olaf Scholz."
        let graph = try extract(text)
        #expect(graph.has(.meeting, "Joe Biden", "Emmanuel Macron"))
        #expect(graph.has(.meeting, "Emmanuel Macron", "Olaf Scholz"))
    }

    @Test func unnamedLeadersAreTheirCountries() throws {
        let graph = try extract("“The presidents of Turkey and Russia met and discussed this issue,” the analyst said.")
        #expect(graph.has(.meeting, "Turkey", "Russia"))
    }
}
