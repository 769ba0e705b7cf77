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

    @Test func formedByAndJoinedLaterInTheSameSentence() throws {
        let graph = try extract("The Shanghai Cooperation Organisation was formed in 2001 by China, Russia and Kazakhstan, and India joined later. NATO held a summit.")
        for country in ["China", "Russia", "Kazakhstan", "India"] {
            #expect(graph.has(.membership, country, "Shanghai Cooperation Organisation"))
        }
        #expect(!graph.has(.membership, "India", "NATO"))
    }

    @Test func appositionNamesOnlyItsCountry() throws {
        let graph = try extract("Norway, whose EU bid was rejected by Sweden and Spain, signed a deal with Canada, as did Iceland, a founding member of NATO.")
        #expect(graph.has(.membership, "Iceland", "NATO"))
        for country in ["Norway", "Sweden", "Spain", "Canada"] {
            #expect(!graph.has(.membership, country, "NATO"))
        }
    }

    @Test func pendingAccessionIsNotMembership() throws {
        let graph = try extract("Chile is in the process of joining the OECD. The leaders agreed to admit Bolivia as the next member of Mercosur.")
        #expect(graph.relations.filter { $0.kind == .membership }.isEmpty)
    }

    @Test func introductoryAsPhraseAndAllies() throws {
        let graph = try extract("The minister recalled that, as a member state of the European Union since 2004 and a NATO ally, Poland is ready to help Ukraine.")
        #expect(graph.has(.membership, "Poland", "European Union"))
        #expect(graph.has(.membership, "Poland", "NATO"))
        #expect(!graph.has(.cooperation, "European Union", "NATO"))
    }


    @Test func listAfterADashNamesTheMembers() throws {
        let graph = try extract("She said the four EU member states that do not recognise the plan – Spain, Greece, Cyprus and Slovakia – should reconsider.")
        #expect(graph.has(.membership, "Spain", "European Union"))
        #expect(graph.has(.membership, "Slovakia", "European Union"))
    }

    @Test func appositiveListAfterMembers() throws {
        let graph = try extract("Brazil said Argentina set an example for Mercosur's other members, Paraguay and Uruguay.")
        #expect(graph.has(.membership, "Paraguay", "Mercosur"))
        #expect(graph.has(.membership, "Uruguay", "Mercosur"))
    }


    @Test func joiningAsAMemberIsPending() throws {
        let graph = try extract("Pakistan looked forward to Iran joining the Shanghai Cooperation Organisation as a full member.")
        #expect(!graph.has(.membership, "Iran", "Shanghai Cooperation Organisation"))
    }

    @Test func membersListedAfterAVerb() throws {
        let text = "Foreign ministers of the Organization of American States met in Washington. Spain, a NATO member, holds observer status in the organization, whose members include Canada, Mexico and Peru."
        let graph = try extract(text)
        for country in ["Canada", "Mexico", "Peru"] {
            #expect(graph.has(.membership, country, "Organization of American States"))
            #expect(!graph.has(.membership, country, "NATO"))
        }
        #expect(graph.has(.membership, "Spain", "NATO"))
        #expect(!graph.has(.membership, "Spain", "Organization of American States"))
    }

    @Test func aBlocThatIncludesItsMembers() throws {
        let text = "Bolivia joined Mercosur, a regional bloc that also includes Argentina, Brazil, Paraguay and Uruguay."
        let graph = try extract(text)
        for country in ["Bolivia", "Argentina", "Brazil", "Paraguay", "Uruguay"] {
            #expect(graph.has(.membership, country, "Mercosur"))
        }
    }

    @Test func aGroupingThatBringsTogetherItsMembers() throws {
        let graph = try extract("The Lublin Triangle, which brings together Poland, Lithuania and Ukraine, met in Vilnius.")
        for country in ["Poland", "Lithuania", "Ukraine"] {
            #expect(graph.has(.membership, country, "Lublin Triangle"))
        }
    }

    @Test func aGroupingThatWouldIncludeIsPending() throws {
        let graph = try extract("The Lublin Triangle, which would include Moldova and Georgia, met in Vilnius.")
        #expect(!graph.has(.membership, "Moldova", "Lublin Triangle"))
    }

    @Test func memberOfSeveralOrganizations() throws {
        let graph = try extract("Orbán said that Hungary, although a member of the European Union and NATO, remained neutral.")
        #expect(graph.has(.membership, "Hungary", "European Union"))
        #expect(graph.has(.membership, "Hungary", "NATO"))
    }

    @Test func memberStatesOfTheContextAreTheOrganizationsNotItsOrgans() throws {
        let text = """
            Belarus joined the SCO at the meeting of the SCO Council of Heads of State in Astana. \
            The decision was approved by the member states – China, India and Iran – whose delegations attended the summit.
            """
        let graph = try extract(text)
        for country in ["China", "India", "Iran"] {
            #expect(graph.has(.membership, country, "SCO"))
            #expect(!graph.has(.membership, country, "SCO Council of Heads of State"))
        }
    }

    @Test func membersOpeningASentenceIsNoCrash() throws {
        // Found by fuzzing: "Members" as a sentence's first or second token.
        let graph = try extract("NATO held talks. Members agreed. A members list followed.")
        #expect(graph.names(.organization) == ["NATO"])
    }

    @Test func bothCountriesAsMembersAreTheMeetingsTwo() throws {
        let text = "Cambodian Prime Minister Hun Manet and his Thai counterpart Srettha Thavisin held talks in Bangkok. Hun Manet said both countries, as members of ASEAN, should work together for peace in Myanmar."
        let graph = try extract(text)
        #expect(graph.has(.membership, "Cambodia", "ASEAN"))
        #expect(graph.has(.membership, "Thailand", "ASEAN"))
        #expect(!graph.has(.membership, "Myanmar", "ASEAN"))
    }

    @Test func joiningABodysPeopleIsNoMembership() throws {
        let graph = try extract("Leaders from Albania, Kosovo and Serbia joined the 27 EU leaders in Brussels. Sweden joined NATO in March.")
        #expect(!graph.has(.membership, "Albania", "European Union"))
        #expect(!graph.has(.membership, "Kosovo", "European Union"))
        #expect(graph.has(.membership, "Sweden", "NATO"))
    }
}
