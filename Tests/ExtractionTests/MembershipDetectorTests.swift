import Testing
@testable import Extraction

@Suite struct MembershipDetectorTests {
    @Test func statedMembership() throws {
        let graph = try extract("Latvia, being a NATO member, supports Georgia. Indonesia has joined BRICS.")
        #expect(graph.has(.membership, "Latvia", "NATO"))
        #expect(graph.has(.membership, "Indonesia", "BRICS"))
    }

    @Test func foundersAndLaterMembers() throws {
        let graph = try extract("BRICS was founded in 2009 by Brazil, Russia, India and China. Last year, Iran and Egypt became full members.")
        for country in ["Brazil", "Russia", "India", "China", "Iran", "Egypt"] {
            #expect(graph.has(.membership, country, "BRICS"))
        }
    }

    @Test func invitedAndApplicantsAreNotMembers() throws {
        let graph = try extract("BRICS met in Kazan. Saudi Arabia has been invited to join. Turkey and Malaysia have applied for membership.")
        #expect(graph.relations.filter { $0.kind == .membership }.isEmpty)
    }

    @Test func delegationMemberIsNotCountryMembership() throws {
        let graph = try extract("Member of the Latvian delegation to the NATO Parliamentary Assembly Raimonds Bergmanis spoke.")
        #expect(graph.relations.filter { $0.kind == .membership }.isEmpty)
    }
}
