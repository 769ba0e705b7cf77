import Testing
@testable import Extraction

@Suite struct CooperationDetectorTests {
    @Test func statedCooperation() throws {
        let graph = try extract("Azerbaijan and Latvia have been successfully cooperating within the framework of NATO programs.")
        #expect(graph.has(.cooperation, "Azerbaijan", "Latvia"))
        #expect(!graph.has(.cooperation, "Latvia", "NATO"))
    }

    @Test func hyphenatedPairAndPartners() throws {
        let graph = try extract("The advancement of Azerbaijan-Hungary cooperation was highlighted. China is ready to be Argentina's good partner.")
        #expect(graph.has(.cooperation, "Azerbaijan", "Hungary"))
        #expect(graph.has(.cooperation, "China", "Argentina"))
    }

    @Test func supportToAPartyButNotToACause() throws {
        let graph = try extract("He stressed Azerbaijan's logistical support to NATO. Turkey gave support to the peace process in Syria.")
        #expect(graph.has(.cooperation, "Azerbaijan", "NATO"))
        #expect(!graph.has(.cooperation, "Turkey", "Syria"))
    }

    @Test func wishesAndDiscussionsAreNotCooperation() throws {
        let graph = try extract("Georgia wants further cooperation with NATO. Armenia and Iran discussed cooperation. Moldova expressed interest in cooperation with Romania.")
        #expect(graph.relations.filter { $0.kind == .cooperation }.isEmpty)
    }

    @Test func workingTogetherLinksTheSubjectsNotTheirTopic() throws {
        let graph = try extract("Kenya and Rwanda agreed to work together to find solutions to the conflict facing Ethiopia and Sudan.")
        #expect(graph.has(.cooperation, "Kenya", "Rwanda"))
        #expect(!graph.has(.cooperation, "Kenya", "Ethiopia"))
    }

    @Test func signedAgreement() throws {
        let graph = try extract("Ministers of Russia and Serbia signed an agreement on cooperation in the fight against terrorism.")
        #expect(graph.relation(.cooperation, "Russia", "Serbia") != nil)
    }

    @Test func signedAgreementLinksOnlyTheSigners() throws {
        let graph = try extract("Norway signed a defence agreement with Canada on Monday covering bases near its border with Russia. Estonia, whose request was backed by Poland and Hungary, signed a similar agreement with the United States, as did Latvia.")
        #expect(graph.has(.cooperation, "Norway", "Canada"))
        #expect(graph.has(.cooperation, "Estonia", "United States"))
        #expect(graph.has(.cooperation, "Latvia", "United States"))
        #expect(!graph.has(.cooperation, "Norway", "Russia"))
        #expect(!graph.has(.cooperation, "Estonia", "Poland"))
        #expect(!graph.has(.cooperation, "Poland", "United States"))
        #expect(!graph.has(.cooperation, "Estonia", "Latvia"))
    }

    @Test func agreementWithAnUnnamedPartyLinksNoOne() throws {
        let graph = try extract("The dispute between Kenya and Uganda grew after Nairobi, which in March signed a memorandum with a breakaway region of Somalia, recalled its envoy.")
        #expect(graph.relations.filter { $0.kind == .cooperation }.isEmpty)
    }

    @Test func steppingUpCoordinationIsAWish() throws {
        let graph = try extract("Ghana and Togo agreed to step up coordination on maritime security.")
        #expect(!graph.has(.cooperation, "Ghana", "Togo"))
    }


    @Test func partnershipAgreementIsADocumentNotCooperation() throws {
        let graph = try extract("Leaders of Chile and Peru concluded negotiations on the Chile-Peru partnership agreement on Friday.")
        #expect(!graph.has(.cooperation, "Chile", "Peru"))
    }

    @Test func partnerOfAListLinksTheSubjectWithEach() throws {
        let graph = try extract("“The European Union is, and will remain, a reliable partner of Chile and Peru,” Pierre Lambert said.")
        #expect(graph.has(.cooperation, "European Union", "Chile"))
        #expect(graph.has(.cooperation, "European Union", "Peru"))
        #expect(!graph.has(.cooperation, "Chile", "Peru"))
    }

    @Test func continuingToWorkCloselyIsCooperation() throws {
        let graph = try extract("“We will continue to work closely with Norway,” Danish Foreign Minister Lars Holm said.")
        #expect(graph.has(.cooperation, "Denmark", "Norway"))
    }

    @Test func itsSupportIsTheLastNamedPartys() throws {
        let graph = try extract("Danish Foreign Minister Lars Holm thanked Norway for its consistent support of Denmark's initiatives.")
        #expect(graph.has(.cooperation, "Norway", "Denmark"))
    }


    @Test func troopsContributedToAMissionLinkTheContributor() throws {
        let graph = try extract("Ghana, one of the largest contributors of troops to UNIFIL, holds its command.")
        #expect(graph.has(.cooperation, "Ghana", "UNIFIL"))
    }

    @Test func troopsFromAListLinkEachWithTheForce() throws {
        let graph = try extract("ECOWAS deployed a force made up of troops from Ghana, Senegal and Togo.")
        #expect(graph.has(.cooperation, "Ghana", "ECOWAS"))
        #expect(graph.has(.cooperation, "Togo", "ECOWAS"))
        #expect(!graph.has(.cooperation, "Ghana", "Togo"))
    }

    @Test func pledgedTroopsAreNotGivenYet() throws {
        let graph = try extract("Egypt has pledged to contribute troops to the African Union mission.")
        #expect(!graph.has(.cooperation, "Egypt", "African Union"))
    }

    @Test func demonymBeforeAContributionIsTheGiver() throws {
        let graph = try extract("Romania values the Turkish contribution to NATO's eastern flank.")
        #expect(graph.has(.cooperation, "Turkey", "NATO"))
        #expect(!graph.has(.cooperation, "Romania", "NATO"))
    }

    @Test func thankedForItsAssistanceLinksGiverAndThanker() throws {
        let graph = try extract("Pakistani Prime Minister Imran Qadir thanked China for its prompt assistance after the floods.")
        #expect(graph.has(.cooperation, "China", "Pakistan"))
    }

    @Test func jointlyWithAndSideBySide() throws {
        let graph = try extract("Greece and Cyprus have been clearing mines jointly with Italy since January. “Our troops and the African Union have fought side by side,” Somali Foreign Minister Ali Omar said.")
        #expect(graph.has(.cooperation, "Greece", "Italy"))
        #expect(graph.has(.cooperation, "Cyprus", "Italy"))
        #expect(graph.has(.cooperation, "Somalia", "African Union"))
    }

    @Test func supportOfAPartyForACauseIsNotCooperation() throws {
        let graph = try extract("Armenia values the support of the European Union for the peace process.")
        #expect(!graph.has(.cooperation, "Armenia", "European Union"))
    }


    @Test func continuingSupportForItsEffortsIsCooperation() throws {
        let graph = try extract("Chinese President Li Wei said China stood by Nepal and would continue to support its relief efforts.")
        #expect(graph.has(.cooperation, "China", "Nepal"))
    }

    @Test func everyCoordinatedGiverIsLinked() throws {
        let graph = try extract("Japan and Norway had provided funding for the African Union's peace work.")
        #expect(graph.has(.cooperation, "Japan", "African Union"))
        #expect(graph.has(.cooperation, "Norway", "African Union"))
    }

    @Test func supportForAStanceIsNotCooperation() throws {
        let graph = try extract("The Arab League and Egypt have both expressed support for Somalia's position.")
        #expect(!graph.has(.cooperation, "Egypt", "Somalia"))
    }

    @Test func theTwoAlliesAreMembersNotPartners() throws {
        let graph = try extract("He added that Hungary and Turkey, the two allies that have yet to ratify the protocol, should do so.")
        #expect(!graph.has(.cooperation, "Hungary", "Turkey"))
    }

    @Test func unattributedQuoteGoesOnFromTheQuoteBefore() throws {
        let graph = try extract("“This is a historic day,” Finnish Foreign Minister Pekka Virtanen said. “We will continue to work closely with Sweden.”")
        #expect(graph.has(.cooperation, "Finland", "Sweden"))
    }

    @Test func witnessesOfASigningAreNotItsParties() throws {
        let text = "Italian Premier Giorgia Meloni and Dutch Prime Minister Mark Rutte witnessed the signing of a memorandum of understanding between the European Union and Tunisia."
        let graph = try extract(text)
        #expect(graph.has(.cooperation, "European Union", "Tunisia"))
        #expect(!graph.has(.cooperation, "Italy", "Tunisia"))
        #expect(!graph.has(.cooperation, "Italy", "Netherlands"))
    }

    @Test func supportForACountrysSovereigntyIsAPrincipleNotCooperation() throws {
        let graph = try extract("Turkish Foreign Minister Hakan Fidan reiterated Türkiye's support for Lebanon's sovereignty and territorial integrity.")
        #expect(!graph.has(.cooperation, "Turkey", "Lebanon"))
        let given = try extract("Turkish Foreign Minister Hakan Fidan reiterated Türkiye's support for Lebanon's army.")
        #expect(given.has(.cooperation, "Turkey", "Lebanon"))
    }
}
