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

    @Test func chairAndLaterAttendeesMeet() throws {
        let graph = try extract("Thai Foreign Minister Maris Sangiampongsa, who chaired the annual meeting of the Mekong ministers, opened the session. The meeting was attended by Cambodian Foreign Minister Sok Chenda Sophea and Vietnamese Foreign Minister Bui Thanh Son.")
        #expect(graph.has(.meeting, "Maris Sangiampongsa", "Sok Chenda Sophea"))
        #expect(graph.has(.meeting, "Maris Sangiampongsa", "Bui Thanh Son"))
        #expect(graph.has(.meeting, "Sok Chenda Sophea", "Bui Thanh Son"))
    }

    @Test func tookPartInTheTalks() throws {
        let graph = try extract("President Emmanuel Macron met Chancellor Olaf Scholz in Paris on Monday. French Foreign Minister Catherine Colonna and German Foreign Minister Annalena Baerbock also took part in the talks.")
        #expect(graph.has(.meeting, "Emmanuel Macron", "Olaf Scholz"))
        #expect(graph.has(.meeting, "Catherine Colonna", "Olaf Scholz"))
        #expect(graph.has(.meeting, "Annalena Baerbock", "Emmanuel Macron"))
    }

    @Test func tookPartInTheDeliberationsAndBriefedTheCouncil() throws {
        let graph = try extract("""
            Ministers prepare the summit

            ACCRA, May 3 (GNA) - The session of the Mediation Council at ministerial level was chaired by Liberia's Minister of Foreign Affairs, Sara Beysolow Nyanti, and attended by the President of the ECOWAS Commission, Omar Alieu Touray. Senegal's Foreign Minister, Yassine Fall, also took part in the closed-door deliberations. Togo's Foreign Minister, Robert Dussey, briefed the council on his recent contacts.
            """)
        #expect(graph.has(.meeting, "Sara Beysolow Nyanti", "Omar Alieu Touray"))
        #expect(graph.has(.meeting, "Yassine Fall", "Sara Beysolow Nyanti"))
        #expect(graph.has(.meeting, "Yassine Fall", "Omar Alieu Touray"))
        #expect(graph.has(.meeting, "Robert Dussey", "Omar Alieu Touray"))
        #expect(graph.has(.meeting, "Robert Dussey", "Yassine Fall"))
    }

    @Test func anAgreementSignedSomewhereByTwoWithOthersPresent() throws {
        let graph = try extract("""
            Peru and Chile seal border deal

            LIMA, May 9 (Andina) - The agreement was signed at the Government Palace by Peruvian Foreign Minister Elmer Schialer and his Chilean counterpart, Alberto van Klaveren, in the presence of Peruvian President Dina Boluarte.
            """)
        #expect(graph.has(.meeting, "Elmer Schialer", "Alberto van Klaveren"))
        #expect(graph.has(.meeting, "Dina Boluarte", "Alberto van Klaveren"))
        let joined = try extract("""
            Trade pact signed

            The accord was signed in Abu Dhabi by Turkish Trade Minister Omer Bolat and Emirati Minister of State for Foreign Trade Thani bin Ahmed Al Zeyoudi, in a ceremony that Turkish President Recep Tayyip Erdogan joined by videoconference.
            """)
        #expect(joined.has(.meeting, "Omer Bolat", "Thani bin Ahmed Al Zeyoudi"))
        #expect(joined.has(.meeting, "Recep Tayyip Erdogan", "Thani bin Ahmed Al Zeyoudi"))
        // A signing told in passing, with a person between the verb and "by", is not read this way.
        let past = try extract("The treaty was signed in 1998 with Russian President Boris Yeltsin and later by the parliament.")
        #expect(!past.relations.contains { $0.kind == .meeting })
    }

    @Test func tookPartAsAnObserverAndJoinedPartOfTheSession() throws {
        let graph = try extract("""
            Summit in Baku

            BAKU, Oct 15 (AZERTAC) - The summit, chaired by Azerbaijani President Ilham Aliyev, was attended by Turkish President Recep Tayyip Erdogan and Kyrgyz President Sooronbay Jeenbekov. Hungarian Prime Minister Viktor Orban took part as the head of an observer state. Ukraine's Foreign Minister Dmytro Kuleba joined part of the session by video link from Kyiv.
            """)
        #expect(graph.has(.meeting, "Ilham Aliyev", "Recep Tayyip Erdogan"))
        #expect(graph.has(.meeting, "Viktor Orban", "Ilham Aliyev"))
        #expect(graph.has(.meeting, "Viktor Orban", "Sooronbay Jeenbekov"))
        #expect(graph.has(.meeting, "Dmytro Kuleba", "Recep Tayyip Erdogan"))
        // Not one told as to come.
        let future = try extract("President Ilham Aliyev met Turkish President Recep Tayyip Erdogan in Baku on Monday. Hungarian Prime Minister Viktor Orban will take part as an observer next year.")
        #expect(!future.has(.meeting, "Viktor Orban", "Ilham Aliyev"))
    }

    @Test func satAtTheSameTableAsEveryOne() throws {
        let graph = try extract("""
            Regional summit

            QUITO (EFE) - Bolivian President Luis Arce sat at the same table as Chilean President Gabriel Boric, Uruguayan President Luis Lacalle Pou and Colombia's Gustavo Petro on Tuesday.
            """)
        #expect(graph.has(.meeting, "Luis Arce", "Gabriel Boric"))
        #expect(graph.has(.meeting, "Luis Arce", "Gustavo Petro"))
        #expect(graph.has(.meeting, "Gabriel Boric", "Luis Lacalle Pou"))
        #expect(graph.has(.meeting, "Gustavo Petro", "Luis Lacalle Pou"))
    }

    @Test func leadersFromCountriesJoinedTheLeadersOfTheSummit() throws {
        let graph = try extract("""
            EU summit with the Western Balkans

            Brussels, 18 December 2024 - The summit was chaired by European Council President António Costa. Leaders from Albania, Kosovo and Serbia joined the 27 EU leaders, together with Commission President Ursula von der Leyen.
            """)
        #expect(graph.has(.meeting, "António Costa", "Albania"))
        #expect(graph.has(.meeting, "Kosovo", "Serbia"))
        #expect(graph.has(.meeting, "Ursula von der Leyen", "Serbia"))
        // Not leaders who will join.
        let future = try extract("The summit was chaired by European Council President António Costa. Leaders from Albania and Serbia will join the EU leaders next year.")
        #expect(!future.has(.meeting, "António Costa", "Albania"))
    }

    @Test func aHostWelcomingGuestsToTheSummitItHosted() throws {
        let graph = try extract("""
            Summit in Samarkand

            SAMARKAND, April 4 (UzA) - President of Uzbekistan Shavkat Mirziyoyev on Friday hosted the first summit between the European Union and the states of Central Asia, welcoming President of the European Council António Costa and President of the European Commission Ursula von der Leyen to the ancient city.

            Also taking part were President of Kazakhstan Kassym-Jomart Tokayev and President of Tajikistan Emomali Rahmon.
            """)
        #expect(graph.has(.meeting, "Shavkat Mirziyoyev", "António Costa"))
        #expect(graph.has(.meeting, "Ursula von der Leyen", "Shavkat Mirziyoyev"))
        #expect(graph.has(.meeting, "Kassym-Jomart Tokayev", "António Costa"))
        #expect(graph.has(.meeting, "Emomali Rahmon", "Ursula von der Leyen"))
        // The two guests came together: they are not linked to each other.
        #expect(!graph.has(.meeting, "António Costa", "Ursula von der Leyen"))
    }

    @Test func leadersOfMemberStatesListedAfterAColon() throws {
        let graph = try extract("""
            Summit in Bangkok

            Bangkok, April 4 (ANI): Prime Minister Narendra Modi on Friday met Nepalese Prime Minister KP Sharma Oli on the sidelines of the BIMSTEC Summit. Earlier in the day, the summit hosted by Thai Prime Minister Paetongtarn Shinawatra brought together leaders of the seven BIMSTEC member states: Bangladesh, Bhutan, India, Myanmar, Nepal, Sri Lanka and Thailand.
            """)
        #expect(graph.has(.meeting, "Bhutan", "Sri Lanka"))
        #expect(graph.has(.meeting, "KP Sharma Oli", "Myanmar"))
        #expect(graph.has(.meeting, "Narendra Modi", "Paetongtarn Shinawatra"))
        // India and Nepal take part through Modi and Oli, not as countries.
        #expect(!graph.has(.meeting, "India", "Bhutan"))
        #expect(!graph.has(.meeting, "Nepal", "Bhutan"))
    }

    @Test func amongTheLeadersAtTheSessionWere() throws {
        let graph = try extract("""
            ECOWAS summit

            ABUJA, Aug. 10 (NAN) - The decision came at an extraordinary summit chaired by Nigerian President Bola Tinubu at the State House in Abuja. Among the leaders at the closed-door session were Ivorian President Alassane Ouattara, Senegal's Macky Sall and Benin's Patrice Talon.
            """)
        #expect(graph.has(.meeting, "Bola Tinubu", "Alassane Ouattara"))
        #expect(graph.has(.meeting, "Macky Sall", "Patrice Talon"))
    }

    @Test func anEnvoyPresentedCredentialsToTheHeadOfState() throws {
        let graph = try extract("""
            New envoy

            NEW DELHI, May 11 (IANS) -- Eric Garcetti, the new US Ambassador to India, on Thursday presented his credentials to President Droupadi Murmu at Rashtrapati Bhavan.
            """)
        #expect(graph.has(.meeting, "Eric Garcetti", "Droupadi Murmu"))
        // Not a report presented to a body.
        let report = try extract("Foreign Minister Penny Wong presented a report to the Senate on Monday.")
        #expect(!report.relations.contains { $0.kind == .meeting })
    }

    @Test func credentialsOfAmbassadorsListedWithTheirCountries() throws {
        let graph = try extract("""
            New ambassadors

            MEXICO CITY, May 19 (Notimex) - President Claudia Sheinbaum Pardo received on Monday, at the National Palace, the letters of credence of five new ambassadors: Ronald Johnson of the United States, Messaoud Mehila of Algeria and Milan Cigán of Slovakia.
            """)
        #expect(graph.names(.person) == ["Claudia Sheinbaum Pardo", "Messaoud Mehila", "Milan Cigán", "Ronald Johnson"])
        #expect(graph.has(.affiliation, "Ronald Johnson", "United States"))
        #expect(graph.has(.affiliation, "Milan Cigán", "Slovakia"))
        #expect(graph.has(.meeting, "Claudia Sheinbaum Pardo", "Messaoud Mehila"))
        // Each envoy met the President alone.
        #expect(!graph.has(.meeting, "Ronald Johnson", "Messaoud Mehila"))
    }

    @Test func theHostOfTalksBetweenTwoTookPart() throws {
        let graph = try extract("""
            Talks in Muscat

            MUSCAT, April 12 (ONA) -- Sayyid Badr bin Hamad Albusaidi, Minister of Foreign Affairs, today hosted talks in Muscat between Abbas Araghchi, Minister of Foreign Affairs of the Islamic Republic of Iran, and Steve Witkoff, Special Envoy of the President of the United States for the Middle East.
            """)
        #expect(graph.has(.meeting, "Abbas Araghchi", "Steve Witkoff"))
        #expect(graph.has(.meeting, "Badr bin Hamad Albusaidi", "Abbas Araghchi"))
        #expect(graph.has(.meeting, "Badr bin Hamad Albusaidi", "Steve Witkoff"))
    }

    @Test func talksBetweenCountriesLedRespectivelyByTwo() throws {
        let graph = try extract("""
            Talks in Muscat

            Muscat, 12 April (ONA) -- Foreign Minister Badr Albusaidi today hosted in Muscat talks between the Islamic Republic of Iran and the United States of America, led respectively by Abbas Araghchi, Iran's Minister of Foreign Affairs, and Steve Witkoff, the US President's Special Envoy.
            """)
        #expect(graph.has(.meeting, "Abbas Araghchi", "Steve Witkoff"))
        #expect(graph.has(.meeting, "Badr Albusaidi", "Steve Witkoff"))
        #expect(!graph.has(.meeting, "Iran", "United States"))
    }

    @Test func twoWhoSpokeDirectly() throws {
        let graph = try extract("Before leaving, Iranian Foreign Minister Abbas Araghchi and US envoy Steve Witkoff spoke directly for several minutes.")
        #expect(graph.has(.meeting, "Abbas Araghchi", "Steve Witkoff"))
        // "spoke" alone, of a speech, is no meeting.
        let speech = try extract("Iranian Foreign Minister Abbas Araghchi and US envoy Steve Witkoff spoke at the conference.")
        #expect(!speech.has(.meeting, "Abbas Araghchi", "Steve Witkoff"))
    }

    @Test func countriesRepresentedByEnvoysTheStoryDoesNotName() throws {
        let graph = try extract("""
            Amazon summit

            BELÉM, Aug. 8 (Agência Brasil) - Leaders of the Amazon countries met on Tuesday in Belém. Brazilian President Luiz Inácio Lula da Silva was joined at the table by Colombia's Gustavo Petro and Bolivia's Luis Arce, while Ecuador, Guyana and Suriname were represented by vice-presidents or ministers.
            """)
        #expect(graph.has(.meeting, "Gustavo Petro", "Luis Arce"))
        #expect(graph.has(.meeting, "Ecuador", "Gustavo Petro"))
        #expect(graph.has(.meeting, "Ecuador", "Luiz Inácio Lula da Silva"))
        #expect(graph.has(.meeting, "Guyana", "Suriname"))
    }

    @Test func aLeaderWhoBroughtTogetherLeadersNamedLater() throws {
        let graph = try extract("""
            Lula hosts South American leaders

            BRASÍLIA, May 30 (Agência Brasil) - Brazilian President Luiz Inácio Lula da Silva on Tuesday brought together the leaders of the other eleven South American countries for a day of closed-door talks.

            Around the table were Chile's Gabriel Boric, Uruguay's Luis Lacalle Pou and Venezuela's Nicolás Maduro, among others.
            """)
        #expect(graph.has(.meeting, "Luiz Inácio Lula da Silva", "Gabriel Boric"))
        #expect(graph.has(.meeting, "Gabriel Boric", "Nicolás Maduro"))
        #expect(graph.has(.meeting, "Luis Lacalle Pou", "Luiz Inácio Lula da Silva"))
        // Not a gathering to come.
        let planned = try extract("President Luiz Inácio Lula da Silva will bring together South American leaders next week. Around the table will be Chile's Gabriel Boric and Venezuela's Nicolás Maduro.")
        #expect(!planned.has(.meeting, "Gabriel Boric", "Nicolás Maduro"))
    }

    @Test func anObserverJoinsButNotThePersonInTheirTitle() throws {
        let graph = try extract("""
            Talks at Argyle

            KINGSTOWN, Dec 14 (CMC) - Guyana's President Irfaan Ali and Venezuela's President Nicolás Maduro met at Argyle on Thursday. Celso Amorim, special adviser to Brazil's President Luiz Inácio Lula da Silva, attended as an observer.
            """)
        #expect(graph.has(.meeting, "Irfaan Ali", "Nicolás Maduro"))
        #expect(graph.has(.meeting, "Celso Amorim", "Nicolás Maduro"))
        #expect(graph.has(.meeting, "Celso Amorim", "Irfaan Ali"))
        #expect(!graph.has(.meeting, "Luiz Inácio Lula da Silva", "Nicolás Maduro"))
    }

    @Test func aroundTheTableWithTheHostWere() throws {
        let graph = try extract("""
            C5+1 summit

            NEW YORK (AP) - US President Joe Biden met the leaders of Kazakhstan, Tajikistan and Uzbekistan on Tuesday.

            Around the table with Biden were Kassym-Jomart Tokayev of Kazakhstan, Emomali Rahmon of Tajikistan and Shavkat Mirziyoyev of Uzbekistan.
            """)
        #expect(graph.has(.meeting, "Joe Biden", "Kassym-Jomart Tokayev"))
        #expect(graph.has(.meeting, "Emomali Rahmon", "Shavkat Mirziyoyev"))
        // The countries stood for their leaders until the story named them.
        #expect(!graph.has(.meeting, "Joe Biden", "Kazakhstan"))
    }

    @Test func aFiveWayFormatSitsEveryoneTogether() throws {
        let graph = try extract("On the sidelines, Azerbaijani President Ilham Aliyev and Armenian Prime Minister Nikol Pashinyan met in a five-way format with French President Emmanuel Macron, German Chancellor Olaf Scholz and European Council President Charles Michel.")
        #expect(graph.has(.meeting, "Ilham Aliyev", "Nikol Pashinyan"))
        #expect(graph.has(.meeting, "Charles Michel", "Emmanuel Macron"))
        #expect(graph.has(.meeting, "Charles Michel", "Ilham Aliyev"))
    }

    @Test func aCourtesyCallOnSomeoneWhoseTitleNamesAParty() throws {
        let graph = try extract("DHAKA, Aug 24 (BSS) - Pakistani Foreign Minister Mohammad Ishaq Dar, who arrived in Dhaka yesterday, also called on Bangladesh Nationalist Party (BNP) Chairperson and former Prime Minister Khaleda Zia at her Gulshan residence in the evening.")
        #expect(graph.has(.meeting, "Mohammad Ishaq Dar", "Khaleda Zia"))
        #expect(!graph.has(.statement, "Mohammad Ishaq Dar", "Khaleda Zia"))
        // An appeal is still a statement: "called on the BNP's Khaleda Zia to ...".
        let appeal = try extract("Pakistani Foreign Minister Mohammad Ishaq Dar called on Bangladesh Nationalist Party (BNP) Chairperson Khaleda Zia to join the talks.")
        #expect(appeal.has(.statement, "Mohammad Ishaq Dar", "Khaleda Zia"))
    }

    @Test func theTwoLeadersAfterASigningTheySharedMet() throws {
        let graph = try extract("New Zealand Prime Minister Jacinda Ardern and her Fijian counterpart Sitiveni Rabuka on Monday signed a trade pact. The two leaders met at the Beehive for an hour.")
        #expect(graph.has(.meeting, "Jacinda Ardern", "Sitiveni Rabuka"))
    }

    @Test func visitingAListOfCountries() throws {
        let graph = try extract("Indonesian President Joko Widodo has pursued an active diplomacy, visiting Japan, the United States and Chile in May.")
        for country in ["Japan", "United States", "Chile"] {
            #expect(graph.has(.meeting, "Joko Widodo", country))
        }
    }

    @Test func talksBetweenCountriesDoNotLinkPersonsNamedLater() throws {
        let graph = try extract("UN-brokered talks between Sudan and South Sudan collapsed on Monday after Sudanese President Omar al-Bashir and South Sudanese President Salva Kiir refused to attend, UN envoy Haile Menkerios said.")
        #expect(!graph.has(.meeting, "Omar al-Bashir", "Salva Kiir"))
        #expect(!graph.has(.meeting, "Salva Kiir", "Haile Menkerios"))
    }

    @Test func talksBetweenNamedLeaders() throws {
        let graph = try extract("Talks between Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev took place in Prague on Thursday.")
        #expect(graph.has(.meeting, "Nikol Pashinyan", "Ilham Aliyev"))
    }

    @Test func metTheTwoLeadersSeparately() throws {
        let graph = try extract("Talks failed after Sudanese President Omar al-Bashir and South Sudanese President Salva Kiir refused to meet. UN envoy Haile Menkerios met the two leaders separately in Addis Ababa.")
        #expect(graph.has(.meeting, "Haile Menkerios", "Omar al-Bashir"))
        #expect(graph.has(.meeting, "Haile Menkerios", "Salva Kiir"))
        #expect(!graph.has(.meeting, "Omar al-Bashir", "Salva Kiir"))
    }

    @Test func visitingInHisFirstWeeksMeetsNoOneElse() throws {
        let graph = try extract("Malaysian Foreign Minister Anifah Aman said the trip went well. Indonesian President Joko Widodo has pursued an active diplomacy, visiting Japan and Chile in his first weeks in office.")
        #expect(graph.has(.meeting, "Joko Widodo", "Japan"))
        #expect(!graph.has(.meeting, "Joko Widodo", "Anifah Aman"))
    }


    @Test func sessionWithLaterAttendeesLinksEveryPair() throws {
        let text = "The Council of the Andean Forum held its 12th session in Quito on Monday. The meeting was attended by Peruvian Foreign Minister Rosa Calderon, Chilean Foreign Minister Tomas Varela and Bolivian Foreign Minister Ana Quispe."
        let graph = try extract(text)
        #expect(graph.has(.meeting, "Rosa Calderon", "Tomas Varela"))
        #expect(graph.has(.meeting, "Rosa Calderon", "Ana Quispe"))
        #expect(graph.has(.meeting, "Tomas Varela", "Ana Quispe"))
    }

    @Test func openedMeetingBroughtTogetherLeaders() throws {
        let text = "Island leaders opened their annual meeting in Apia on Monday, with host Prime Minister Tavita Leota of Samoa taking over as chair from Tonga's Prime Minister Sione Vea. The meeting brought together leaders including Fiji's Josaia Tora and Palau's Kione Remeliik."
        let graph = try extract(text)
        #expect(graph.has(.meeting, "Tavita Leota", "Sione Vea"))
        #expect(graph.has(.meeting, "Josaia Tora", "Kione Remeliik"))
        #expect(graph.has(.meeting, "Sione Vea", "Josaia Tora"))
    }

    @Test func listOfParticipantsGoesOnAfterCommaAnd() throws {
        let text = "The President of the European Council, Pierre Lambert, met in Vienna on 3 May with the President of Kazakhstan, Daulet Serikov, and the President of Mongolia, Bat Erdene, for a summit."
        let graph = try extract(text)
        #expect(graph.has(.meeting, "Pierre Lambert", "Bat Erdene"))
        #expect(graph.has(.meeting, "Daulet Serikov", "Bat Erdene"))
    }

    @Test func negationBeforeButBelongsToTheOtherClause() throws {
        let graph = try extract("Chilean President Tomas Varela did not travel to Lima but spoke with Peruvian President Rosa Calderon by phone on Thursday.")
        #expect(graph.has(.meeting, "Tomas Varela", "Rosa Calderon"))
    }

    @Test func attendeeInALaterClauseJoins() throws {
        let text = "The summit, hosted by Kenyan President Daniel Mwangi, brought together Ugandan President Joseph Okello and Tanzanian President Amina Juma, while Rwandan President Eric Habimana attended as a guest."
        let graph = try extract(text)
        #expect(graph.has(.meeting, "Joseph Okello", "Amina Juma"))
        #expect(graph.has(.meeting, "Eric Habimana", "Joseph Okello"))
        #expect(graph.has(.meeting, "Eric Habimana", "Daniel Mwangi"))
    }

    @Test func credentialsArePresentedOneByOne() throws {
        let text = "Kazakh President Daulet Serikov on Friday received the credentials of the new ambassadors of Chile and Norway. Letters of credence were presented by H.E. Ana Quispe of Chile and H.E. Lars Berg of Norway."
        let graph = try extract(text)
        #expect(graph.has(.meeting, "Daulet Serikov", "Ana Quispe"))
        #expect(graph.has(.meeting, "Daulet Serikov", "Lars Berg"))
        #expect(!graph.has(.meeting, "Ana Quispe", "Lars Berg"))
        #expect(!graph.has(.meeting, "Daulet Serikov", "Norway"))
    }

    @Test func alsoMetStartsAnotherMeeting() throws {
        let text = "EU envoy Pierre Lambert met Serbian President Marko Jovic in Belgrade on Tuesday, a day after holding talks with Kosovo Prime Minister Arben Krasniqi in Pristina. Lambert also met Kosovo President Drita Berisha."
        let graph = try extract(text)
        #expect(graph.has(.meeting, "Pierre Lambert", "Marko Jovic"))
        #expect(graph.has(.meeting, "Pierre Lambert", "Arben Krasniqi"))
        #expect(graph.has(.meeting, "Pierre Lambert", "Drita Berisha"))
        #expect(!graph.has(.meeting, "Marko Jovic", "Arben Krasniqi"))
        #expect(!graph.has(.meeting, "Marko Jovic", "Drita Berisha"))
    }

    @Test func delegationMemberJoinsItsCountrysSide() throws {
        let text = "Hungarian Parliament Speaker Laszlo Kovacs on Tuesday received a delegation led by Polish Senate President Jan Nowak. The Polish delegation also included Senator Piotr Zielinski."
        let graph = try extract(text)
        #expect(graph.has(.meeting, "Laszlo Kovacs", "Piotr Zielinski"))
        #expect(!graph.has(.meeting, "Jan Nowak", "Piotr Zielinski"))
        #expect(graph.has(.affiliation, "Piotr Zielinski", "Poland"))
    }

    @Test func signersJoinTheMeetingToldBefore() throws {
        let text = "Peruvian President Rosa Calderon and her Chilean counterpart Tomas Varela on Friday presided over the binational cabinet in Arica. Peruvian Foreign Minister Luis Rojas and his Chilean counterpart Ana Soto signed a memorandum on consular affairs."
        let graph = try extract(text)
        #expect(graph.has(.meeting, "Rosa Calderon", "Tomas Varela"))
        #expect(graph.has(.meeting, "Luis Rojas", "Ana Soto"))
        #expect(graph.has(.meeting, "Rosa Calderon", "Ana Soto"))
        #expect(!graph.has(.meeting, "Rosa Calderon", "Luis Rojas"))
    }


    @Test func officialsOfOneOrganizationAreOneSide() throws {
        let graph = try extract("EU foreign policy chief Josep Borrell and the EU's special envoy for the dialogue, Pierre Lambert, met Serbian President Marko Jovic.")
        #expect(graph.has(.meeting, "Pierre Lambert", "Marko Jovic"))
        #expect(graph.has(.meeting, "Josep Borrell", "Marko Jovic"))
        #expect(!graph.has(.meeting, "Josep Borrell", "Pierre Lambert"))
    }


    @Test func separateMeetingIsAnotherMeeting() throws {
        let text = "President of Uzbekistan Aziz Karimov and President of Turkmenistan Serdar Orazov held talks on Wednesday. Later in the day, Karimov held a separate meeting with Gurban Orazov, Chairman of the People's Council of Turkmenistan."
        let graph = try extract(text)
        #expect(graph.has(.meeting, "Aziz Karimov", "Serdar Orazov"))
        #expect(graph.has(.meeting, "Aziz Karimov", "Gurban Orazov"))
        #expect(!graph.has(.meeting, "Serdar Orazov", "Gurban Orazov"))
    }


    @Test func theTwoLeadersAfterAPlannedMeetingInTheHeadline() throws {
        let text = "EU's Borrell says talks fail as leaders refuse to meet\n\nTalks between Serbia and Kosovo broke down on Thursday after Serbian President Marko Jovic and Kosovo Prime Minister Arben Krasniqi refused to sit down together, EU foreign policy chief Josep Borrell said.\n\nBorrell and the EU special envoy Pierre Lambert met the two leaders separately in Brussels."
        let graph = try extract(text)
        #expect(graph.has(.meeting, "Josep Borrell", "Marko Jovic"))
        #expect(graph.has(.meeting, "Pierre Lambert", "Arben Krasniqi"))
        #expect(!graph.has(.meeting, "Marko Jovic", "Arben Krasniqi"))
    }

    @Test func passiveSummitWithItsChairAndLaterAttendees() throws {
        let text = """
            A summit of the leaders of the Nordic Council was held in Reykjavik on Monday under the chairmanship of Icelandic Prime Minister Katrin Olafsdottir. \
            The summit was attended by Danish Prime Minister Henrik Madsen and Norwegian Prime Minister Lars Haugen.
            """
        let graph = try extract(text)
        #expect(graph.has(.meeting, "Katrin Olafsdottir", "Henrik Madsen"))
        #expect(graph.has(.meeting, "Katrin Olafsdottir", "Lars Haugen"))
        #expect(graph.has(.meeting, "Henrik Madsen", "Lars Haugen"))
    }

    @Test func plannedPassiveSummitIsNoMeeting() throws {
        let text = "The next summit of the Nordic Council will be held in Oslo under the chairmanship of Norwegian Prime Minister Lars Haugen and Danish Prime Minister Henrik Madsen."
        #expect(try extract(text).relations.filter { $0.kind == .meeting }.isEmpty)
    }

    @Test func talksThatTookPlaceJoinTheirParties() throws {
        let text = "Peruvian Foreign Minister Ana Salas began talks with Chilean Foreign Minister Jorge Mella on Monday. The talks took place at the presidential palace."
        #expect(try extract(text).has(.meeting, "Ana Salas", "Jorge Mella"))
    }

    @Test func summitIntroducedWithItsAttendees() throws {
        let text = "The treaty was signed at an extraordinary summit in Accra, attended by Ghanaian President Kofi Mensah, Togolese President Faure Akakpo and Beninese President Patrice Adjovi."
        let graph = try extract(text)
        #expect(graph.has(.meeting, "Kofi Mensah", "Faure Akakpo"))
        #expect(graph.has(.meeting, "Kofi Mensah", "Patrice Adjovi"))
        #expect(graph.has(.meeting, "Faure Akakpo", "Patrice Adjovi"))
    }

    @Test func proposedConferenceWithParticipationIsNoMeeting() throws {
        let text = "Chilean President Gabriel Soto and Peruvian President Dina Ramos support an international conference held at a proper time, with equal participation of all parties."
        #expect(!(try extract(text).has(.meeting, "Gabriel Soto", "Dina Ramos")))
    }

    @Test func hostNamedWithHostedByJoinsTheTalks() throws {
        let text = """
            Serbian Foreign Minister Marko Jovic and Kosovo Foreign Minister Arben Krasniqi began two days of talks in Vienna on Friday. \
            The negotiations, hosted by Austrian Foreign Minister Karl Berger, opened in a trilateral format.
            """
        let graph = try extract(text)
        #expect(graph.has(.meeting, "Marko Jovic", "Arben Krasniqi"))
        #expect(graph.has(.meeting, "Karl Berger", "Marko Jovic"))
        #expect(graph.has(.meeting, "Karl Berger", "Arben Krasniqi"))
    }

    @Test func aNewSubjectAfterAsEndsTheMeetingsClause() throws {
        let graph = try extract("Sanchez meets Lula in Madrid as Milei stays away from the summit\n\nSpanish Prime Minister Pedro Sanchez met Brazilian President Lula in Madrid.")
        #expect(!graph.has(.meeting, "Lula", "Milei"))
        #expect(!graph.has(.meeting, "Pedro Sanchez", "Milei"))
    }

    @Test func aClauseAfterACommaAndAfterHasOtherSubjects() throws {
        let text = "Ukrainian President Volodymyr Zelenskiy held talks with Turkish President Tayyip Erdogan in Ankara, after Russian President Vladimir Putin declined to attend."
        let graph = try extract(text)
        #expect(graph.has(.meeting, "Volodymyr Zelenskiy", "Tayyip Erdogan"))
        #expect(!graph.has(.meeting, "Volodymyr Zelenskiy", "Vladimir Putin"))
        #expect(!graph.has(.meeting, "Tayyip Erdogan", "Vladimir Putin"))
    }

    @Test func aSummitChairedBySomeoneWithDelegationsAndRepresentatives() throws {
        let text = """
            Mongolia joined the bloc on Thursday, at the meeting of the Council of Heads of State chaired by Kazakh President Kassym-Jomart Tokayev in Astana. \
            The decision was approved by the member states – China, Iran and Uzbekistan – whose delegations attended the summit. \
            The summit was attended by Chinese President Xi Jinping. India was represented by Indian External Affairs Minister Subrahmanyam Jaishankar.
            """
        let graph = try extract(text)
        #expect(graph.has(.meeting, "Kassym-Jomart Tokayev", "Xi Jinping"))
        #expect(graph.has(.meeting, "Kassym-Jomart Tokayev", "Subrahmanyam Jaishankar"))
        #expect(graph.has(.meeting, "Xi Jinping", "Subrahmanyam Jaishankar"))
        // Iran and Uzbekistan stand for their unnamed leaders; China is Xi's.
        #expect(graph.has(.meeting, "Kassym-Jomart Tokayev", "Iran"))
        #expect(graph.has(.meeting, "Iran", "Uzbekistan"))
        #expect(graph.has(.meeting, "Xi Jinping", "Uzbekistan"))
        #expect(!graph.has(.meeting, "Xi Jinping", "China"))
        #expect(!graph.has(.meeting, "China", "Iran"))
        #expect(!graph.relations.contains { $0.kind == .statement })
    }

    @Test func unnamedLeadersAtAHostedSummitMetEachOther() throws {
        let text = "Italian Prime Minister Giorgia Meloni hailed the summit she hosted in Apulia, where the leaders of the United States, France and Japan gathered for talks."
        let graph = try extract(text)
        #expect(graph.has(.meeting, "Giorgia Meloni", "France"))
        #expect(graph.has(.meeting, "United States", "France"))
        #expect(graph.has(.meeting, "France", "Japan"))
    }

    @Test func aMeetingBetweenIntroducedWithAIsANewMeeting() throws {
        let text = """
            Italian Prime Minister Giorgia Meloni held talks with Indian Prime Minister Narendra Modi. \
            A meeting between Meloni and Argentine President Javier Milei took place on Friday.
            """
        let graph = try extract(text)
        #expect(graph.has(.meeting, "Giorgia Meloni", "Narendra Modi"))
        #expect(graph.has(.meeting, "Giorgia Meloni", "Javier Milei"))
        #expect(!graph.has(.meeting, "Narendra Modi", "Javier Milei"))
    }

    @Test func aMeetingOnTheSidelinesOfAHostedGathering() throws {
        let text = """
            Egyptian President Abdel Fattah El-Sisi received CIA Director William Burns on the sidelines of a quadrilateral meeting hosted by Egypt. \
            The meeting brought together Egyptian intelligence chief Abbas Kamel, Burns and Qatari Prime Minister Mohammed bin Abdulrahman Al Thani. \
            Presidential Spokesman Ahmed Fahmy said El-Sisi stressed during his meeting with Burns the need for a ceasefire. \
            Meanwhile, Egyptian Foreign Minister Sameh Shoukry discussed Gaza in a phone call with his Jordanian counterpart Ayman Safadi.
            """
        let graph = try extract(text)
        #expect(graph.has(.meeting, "Abdel Fattah El-Sisi", "William Burns"))
        #expect(graph.has(.meeting, "Abbas Kamel", "Mohammed bin Abdulrahman Al Thani"))
        #expect(graph.has(.meeting, "William Burns", "Mohammed bin Abdulrahman Al Thani"))
        #expect(!graph.has(.meeting, "Abdel Fattah El-Sisi", "Mohammed bin Abdulrahman Al Thani"))
        #expect(!graph.has(.meeting, "Ahmed Fahmy", "William Burns"))
        #expect(graph.has(.meeting, "Sameh Shoukry", "Ayman Safadi"))
        #expect(!graph.has(.meeting, "Sameh Shoukry", "William Burns"))
    }

    @Test func aGuestWhoAttendedTheSummitJoinsIt() throws {
        let text = """
            Kazakh President Kassym-Jomart Tokayev chaired the summit in Astana. The summit was attended by Chinese President Xi Jinping. \
            Turkish President Recep Tayyip Erdoğan, whose country is a dialogue partner, attended the summit as a guest.
            """
        let graph = try extract(text)
        #expect(graph.has(.meeting, "Recep Tayyip Erdoğan", "Xi Jinping"))
        #expect(graph.has(.meeting, "Recep Tayyip Erdoğan", "Kassym-Jomart Tokayev"))
    }

    @Test func aSigningCeremonyIsAMeetingOfSignersAndWitnesses() throws {
        let text = "The agreement was signed by Saudi National Security Advisor Musaed Al-Aiban and Iranian official Ali Shamkhani, in the presence of Chinese Foreign Minister Wang Yi."
        let graph = try extract(text)
        #expect(graph.has(.meeting, "Musaed Al-Aiban", "Ali Shamkhani"))
        #expect(graph.has(.meeting, "Wang Yi", "Ali Shamkhani"))
        #expect(graph.has(.meeting, "Wang Yi", "Musaed Al-Aiban"))
    }

    @Test func aPastDocumentSignedBySomeoneIsNoMeeting() throws {
        let text = "Kishida upheld the 1998 joint declaration signed by then Japanese Prime Minister Keizo Obuchi and South Korean President Kim Dae Jung."
        #expect(!(try extract(text).has(.meeting, "Keizo Obuchi", "Kim Dae Jung")))
    }

    @Test func bothMinistersAreTheCurrentGroup() throws {
        let text = """
            Saudi Foreign Minister Faisal bin Farhan met Iranian Foreign Minister Hossein Amir-Abdollahian in Beijing. \
            Chinese Foreign Minister Qin Gang, who met both ministers separately before their talks, praised them.
            """
        let graph = try extract(text)
        #expect(graph.has(.meeting, "Qin Gang", "Faisal bin Farhan"))
        #expect(graph.has(.meeting, "Qin Gang", "Hossein Amir-Abdollahian"))
    }

    @Test func aPlanPresentedBySomeoneDoesNotJoinTheMeeting() throws {
        let text = """
            Spanish Prime Minister Pedro Sánchez received Brazilian President Lula at the Moncloa Palace. \
            Sánchez said the peace plan presented by Ukrainian President Volodymyr Zelensky should be the basis for talks.
            """
        let graph = try extract(text)
        #expect(graph.has(.meeting, "Pedro Sánchez", "Lula"))
        #expect(!graph.has(.meeting, "Pedro Sánchez", "Volodymyr Zelensky"))
    }

    @Test func aMinisterWhoJoinedTheMeetingAndItsLaterAttendees() throws {
        let text = """
            Malaysian Foreign Minister Datuk Seri Utama Mohamad Hasan on Thursday joined his Southeast Asian counterparts at the 57th ASEAN Foreign Ministers' Meeting. \
            The meeting, chaired by Lao Foreign Minister Saleumxay Kommasith, was attended among others by Indonesian Foreign Minister Retno Marsudi. \
            Timor-Leste, which is expected to join the bloc, was represented as an observer by Foreign Minister Bendito Freitas.
            """
        let graph = try extract(text)
        #expect(graph.names(.person).contains("Mohamad Hasan"))
        #expect(graph.has(.meeting, "Mohamad Hasan", "Saleumxay Kommasith"))
        #expect(graph.has(.meeting, "Mohamad Hasan", "Retno Marsudi"))
        #expect(graph.has(.meeting, "Retno Marsudi", "Bendito Freitas"))
        #expect(graph.has(.affiliation, "Bendito Freitas", "Timor-Leste"))
    }

    @Test func anEarlierMeetingAndOneThatDidNotTakePlace() throws {
        let text = """
            Russian Foreign Minister Sergey Lavrov met Chinese Foreign Minister Wang Yi in Astana. \
            Lavrov and Wang last met in Beijing in April, when the Russian minister was also received by Chinese President Xi Jinping. \
            The meeting in Astana was also attended by Uzbek Foreign Minister Bakhtiyor Saidov. \
            A bilateral meeting between Lavrov and Indian External Affairs Minister Subrahmanyam Jaishankar did not take place.
            """
        let graph = try extract(text)
        #expect(graph.has(.meeting, "Sergey Lavrov", "Xi Jinping"))
        #expect(!graph.has(.meeting, "Bakhtiyor Saidov", "Xi Jinping"))
        #expect(!graph.has(.meeting, "Sergey Lavrov", "Subrahmanyam Jaishankar"))
    }

    @Test func aMeetingThatFellThroughAndASideMeetingOnTheMargins() throws {
        let text = """
            Egyptian President Abdel Fattah El-Sisi held a summit in Asmara with Eritrean President Isaias Afwerki. \
            On the margins of the summit, Egyptian Foreign Minister Badr Abdelatty held talks with Eritrean Foreign Minister Osman Saleh. \
            In May, a meeting with Chinese Foreign Minister Wang Yi on the sidelines of an ASEAN gathering fell through at short notice.
            """
        let graph = try extract(text)
        #expect(graph.has(.meeting, "Abdel Fattah El-Sisi", "Isaias Afwerki"))
        #expect(graph.has(.meeting, "Badr Abdelatty", "Osman Saleh"))
        #expect(!graph.has(.meeting, "Abdel Fattah El-Sisi", "Osman Saleh"))
        #expect(!graph.relations.contains { $0.kind == .meeting && (graph[$0.source]?.name == "Wang Yi" || graph[$0.target]?.name == "Wang Yi") })
    }

    @Test func takingPartAndAlsoAttendedJoinTheMeeting() throws {
        let text = """
            The leaders' meeting, chaired by Tongan Prime Minister Siaosi Sovaleni, brought together Australian Prime Minister Anthony Albanese. \
            United Nations Secretary-General António Guterres also attended. \
            Taking part in the meeting were Fijian Prime Minister Sitiveni Rabuka and Samoan Prime Minister Fiamē Naomi Mataʻafa.
            """
        let graph = try extract(text)
        #expect(graph.has(.meeting, "Siaosi Sovaleni", "Anthony Albanese"))
        #expect(graph.has(.meeting, "António Guterres", "Anthony Albanese"))
        #expect(graph.has(.meeting, "Sitiveni Rabuka", "Siaosi Sovaleni"))
        #expect(graph.has(.meeting, "Sitiveni Rabuka", "António Guterres"))
    }

    @Test func talksBetweenMinistersAndTheirCounterparts() throws {
        let text = "The pact was signed in Manila during talks between Japanese Foreign Minister Yoko Kamikawa and Japanese Defense Minister Minoru Kihara and their Philippine counterparts, Enrique Manalo and Gilberto Teodoro."
        let graph = try extract(text)
        #expect(graph.has(.meeting, "Yoko Kamikawa", "Enrique Manalo"))
        #expect(graph.has(.meeting, "Minoru Kihara", "Gilberto Teodoro"))
        #expect(!graph.has(.meeting, "Yoko Kamikawa", "Minoru Kihara"))
        #expect(graph.has(.affiliation, "Gilberto Teodoro", "Philippines"))
    }

    @Test func aBilateralMeetingOnTheSidelinesIsItsOwn() throws {
        let text = """
            Malaysian Foreign Minister Mohamad Hasan met Indonesian Foreign Minister Retno Marsudi and Philippine Foreign Secretary Enrique Manalo. \
            On the sidelines, Mohamad held a bilateral meeting with Chinese Foreign Minister Wang Yi.
            """
        let graph = try extract(text)
        #expect(graph.has(.meeting, "Mohamad Hasan", "Wang Yi"))
        #expect(!graph.has(.meeting, "Retno Marsudi", "Wang Yi"))
        #expect(!graph.has(.meeting, "Enrique Manalo", "Wang Yi"))
    }

    @Test func counterpartsFromCountriesAmongThemAndARepresentedAbsentee() throws {
        let text = """
            The meeting brought together Brazilian Foreign Minister Mauro Vieira, Russian Foreign Minister Sergey Lavrov and the Vice Minister of Foreign Affairs of China, Ma Zhaoxu, who represented Foreign Minister Qin Gang. \
            On Friday, Vieira and Lavrov held a session with their counterparts from 12 countries of Africa and Asia, among them Cuba, Egypt and Kazakhstan.
            """
        let graph = try extract(text)
        #expect(graph.has(.meeting, "Mauro Vieira", "Ma Zhaoxu"))
        #expect(!graph.has(.meeting, "Mauro Vieira", "Qin Gang"))
        #expect(graph.has(.meeting, "Sergey Lavrov", "Cuba"))
        #expect(graph.has(.meeting, "Cuba", "Egypt"))
        #expect(graph.has(.meeting, "Egypt", "Kazakhstan"))
    }

    @Test func callingOnPersonsIsACourtesyVisitNotAnAppeal() throws {
        let text = """
            Sri Lankan Foreign Minister Ali Sabry arrived in New Delhi on Thursday. Sabry also called on Prime Minister Narendra Modi and National Security Adviser Ajit Doval.

            Modi called on Pakistan to end cross-border terrorism. Japanese Foreign Minister Yoko Kamikawa paid a courtesy call on President Ferdinand Marcos Jr. at the palace.

            The visit of Indian Foreign Minister Subrahmanyam Jaishankar to Tokyo has been called off.
            """
        let graph = try extract(text)
        #expect(graph.has(.meeting, "Ali Sabry", "Narendra Modi"))
        #expect(graph.has(.meeting, "Ali Sabry", "Ajit Doval"))
        #expect(!graph.has(.meeting, "Narendra Modi", "Ajit Doval"))
        #expect(!graph.has(.statement, "Ali Sabry", "Narendra Modi"))
        #expect(graph.has(.statement, "Narendra Modi", "Pakistan"))
        #expect(graph.has(.meeting, "Yoko Kamikawa", "Ferdinand Marcos Jr."))
        #expect(graph.relation(.meeting, "Ali Sabry", "Narendra Modi")?.attributes["cameo"] == "042")
        #expect(!graph.relations.contains { $0.kind == .meeting && ($0.source.rawValue.contains("jaishankar") || $0.target.rawValue.contains("jaishankar")) })
    }

    @Test func theFourMinistersAreTheGroupOfTheMeeting() throws {
        let text = """
            Latvian Foreign Minister Baiba Braze hosted her Estonian, Lithuanian and Polish counterparts, Margus Tsahkna, Gabrielius Landsbergis and Radoslaw Sikorski, in Riga on Monday.

            The four ministers were later received by Latvian President Edgars Rinkevics at Riga Castle.
            """
        let graph = try extract(text)
        for guest in ["Margus Tsahkna", "Gabrielius Landsbergis", "Radoslaw Sikorski"] {
            #expect(graph.has(.meeting, "Edgars Rinkevics", guest))
        }
        // One side: the Latvian host and the Latvian president.
        #expect(!graph.has(.meeting, "Edgars Rinkevics", "Baiba Braze"))
    }

    @Test func officialsOfTwoCountriesSigningTogetherMeet() throws {
        let graph = try extract("Spanish Foreign Minister José Manuel Albares and his Colombian counterpart, Luis Gilberto Murillo, on Monday signed a memorandum of understanding on migration.")
        #expect(graph.has(.meeting, "José Manuel Albares", "Luis Gilberto Murillo"))
        #expect(graph.relation(.meeting, "José Manuel Albares", "Luis Gilberto Murillo")?.attributes["cameo"] == "057")
        let planned = try extract("Spanish Foreign Minister José Manuel Albares and his Colombian counterpart, Luis Gilberto Murillo, will sign a memorandum of understanding on migration.")
        #expect(!planned.has(.meeting, "José Manuel Albares", "Luis Gilberto Murillo"))
        let oneSide = try extract("Spanish Foreign Minister José Manuel Albares and Spanish Interior Minister Fernando Grande-Marlaska signed a memorandum of understanding with Morocco.")
        #expect(!oneSide.has(.meeting, "José Manuel Albares", "Fernando Grande-Marlaska"))
    }

    @Test func aMeetingCancelledAfterAnAsideDidNotTakePlace() throws {
        let text = """
            MADRID, 17 Jun (EFE).- Colombian Foreign Minister Luis Gilberto Murillo thanked Spain for its support.

            During his stay, Murillo also met with the Secretary General of the Ibero-American General Secretariat, Andrés Allamand, and with the president of the Congress of Deputies, Francina Armengol.

            A meeting with Prime Minister Pedro Sánchez, initially scheduled for Tuesday, was cancelled due to his agenda.
            """
        let graph = try extract(text)
        #expect(graph.has(.meeting, "Luis Gilberto Murillo", "Andrés Allamand"))
        #expect(graph.has(.meeting, "Luis Gilberto Murillo", "Francina Armengol"))
        #expect(!graph.has(.meeting, "Luis Gilberto Murillo", "Pedro Sánchez"))
        #expect(!graph.has(.meeting, "Andrés Allamand", "Pedro Sánchez"))
    }

    @Test func delegationMembersAndTheOtherSideJoinTheTalks() throws {
        let text = """
            NEW DELHI, June 1 (PTI) -- Nepalese Prime Minister Pushpa Kamal Dahal held delegation-level talks with his Indian counterpart Narendra Modi on Thursday.

            Foreign Minister Narayan Prakash Saud and Foreign Secretary Bharat Raj Paudyal were part of Dahal's delegation. On the Indian side, External Affairs Minister S Jaishankar and Foreign Secretary Vinay Mohan Kwatra joined the talks.
            """
        let graph = try extract(text)
        for nepali in ["Pushpa Kamal Dahal", "Narayan Prakash Saud", "Bharat Raj Paudyal"] {
            for indian in ["Narendra Modi", "S Jaishankar", "Vinay Mohan Kwatra"] {
                #expect(graph.has(.meeting, nepali, indian), "\(nepali) – \(indian)")
            }
        }
        #expect(graph.has(.affiliation, "Narayan Prakash Saud", "Nepal"))
        #expect(graph.has(.affiliation, "Bharat Raj Paudyal", "Nepal"))
        #expect(!graph.has(.meeting, "Narayan Prakash Saud", "Bharat Raj Paudyal"))
        #expect(!graph.has(.meeting, "S Jaishankar", "Vinay Mohan Kwatra"))
    }

    @Test func ministersEachNamedWithTheirCountryHeldAMeeting() throws {
        let graph = try extract("Foreign ministers Jeenbek Kulubaev of Kyrgyzstan, Sirojiddin Muhriddin of Tajikistan and Bakhtiyor Saidov of Uzbekistan held a separate meeting in Khujand on the eve of the summit.")
        #expect(graph.has(.meeting, "Jeenbek Kulubaev", "Sirojiddin Muhriddin"))
        #expect(graph.has(.meeting, "Sirojiddin Muhriddin", "Bakhtiyor Saidov"))
        #expect(graph.has(.affiliation, "Sirojiddin Muhriddin", "Tajikistan"))
    }

    @Test func theSubjectsTookPartInTalksTheyFollowed() throws {
        let graph = try extract("Ethiopian Prime Minister Abiy Ahmed and Somalia's President Hassan Sheikh Mohamud agreed on Wednesday to leave behind differences, following talks hosted by Turkish President Recep Tayyip Erdogan in Ankara.")
        #expect(graph.has(.meeting, "Abiy Ahmed", "Hassan Sheikh Mohamud"))
        #expect(graph.has(.meeting, "Abiy Ahmed", "Recep Tayyip Erdogan"))
        let hostOnly = try extract("Ethiopian Prime Minister Abiy Ahmed praised the talks hosted by Turkish President Recep Tayyip Erdogan in Ankara.")
        #expect(!hostOnly.has(.meeting, "Abiy Ahmed", "Recep Tayyip Erdogan"))
    }

    @Test func sittingAtTheTableWithIsMeeting() throws {
        let graph = try extract("Bolivian President Luis Arce, who sat at the table with Paraguayan President Santiago Peña and Uruguayan President Luis Lacalle Pou, described the moment as historic.")
        #expect(graph.has(.meeting, "Luis Arce", "Santiago Peña"))
        #expect(graph.has(.meeting, "Santiago Peña", "Luis Lacalle Pou"))
    }

    @Test func phoneCallsToldInOtherWords() throws {
        let spoken = try extract("Mexican President Andrés Manuel López Obrador said that he had spoken by telephone with the new president of Guatemala, Bernardo Arévalo.")
        #expect(spoken.has(.meeting, "Andrés Manuel López Obrador", "Bernardo Arévalo"))
        let both = try extract("Secretary of State Marco Rubio and Russian Foreign Minister Sergei Lavrov spoke by phone on Monday to prepare the summit.")
        #expect(both.has(.meeting, "Marco Rubio", "Sergei Lavrov"))
        #expect(both.relation(.meeting, "Marco Rubio", "Sergei Lavrov")?.attributes["cameo"] == "041")
        let their = try extract("Chief Adviser Muhammad Yunus said he had told Indian Prime Minister Narendra Modi during their telephone conversation on August 16 that minorities would be protected.")
        #expect(their.has(.meeting, "Muhammad Yunus", "Narendra Modi"))
    }

    @Test func aJourneyMadeToMeetSomeoneIsAMeeting() throws {
        let made = try extract("In late December, U.S. Secretary of State Antony Blinken travelled to Mexico City to meet Mexican President Andrés Manuel López Obrador.")
        #expect(made.has(.meeting, "Antony Blinken", "Andrés Manuel López Obrador"))
        let planned = try extract("U.S. Secretary of State Antony Blinken is expected to travel to Mexico City to meet Mexican President Andrés Manuel López Obrador.")
        #expect(!planned.has(.meeting, "Antony Blinken", "Andrés Manuel López Obrador"))
    }

    @Test func theAntecedentOfWhoHeldTheMeeting() throws {
        let text = "Guatemalan President Bernardo Arévalo was sworn in on Sunday. Mexico was represented at the ceremony by Foreign Secretary Alicia Bárcena, who held a brief meeting with the Guatemalan president afterwards."
        let graph = try extract(text)
        #expect(graph.has(.meeting, "Alicia Bárcena", "Bernardo Arévalo"))
    }

    @Test func expectedSomewhereForTalksIsPlanned() throws {
        let graph = try extract("Senegalese President Bassirou Diomaye Faye is expected in Bamako and Ouagadougou later this week for talks with Mali's transitional President, Colonel Assimi Goïta.")
        #expect(!graph.has(.meeting, "Bassirou Diomaye Faye", "Assimi Goïta"))
    }

    @Test func theTwoForeignMinistersJoinOnTheirCountriesSides() throws {
        let text = """
            Accra, May 28, GNA - Senegalese President Bassirou Diomaye Faye on Monday held talks with Ghanaian President Nana Addo Dankwa Akufo-Addo at the Jubilee House.

            Senegalese Foreign Minister Yassine Fall travelled with him. Ghana's Foreign Minister, Shirley Ayorkor Botchwey, welcomed the delegation.

            The talks were also attended by the two foreign ministers.
            """
        let graph = try extract(text)
        #expect(graph.has(.meeting, "Bassirou Diomaye Faye", "Shirley Ayorkor Botchwey"))
        #expect(graph.has(.meeting, "Nana Addo Dankwa Akufo-Addo", "Yassine Fall"))
        #expect(!graph.has(.meeting, "Nana Addo Dankwa Akufo-Addo", "Shirley Ayorkor Botchwey"))
    }

    @Test func laterInTheDayIsAnotherMeeting() throws {
        let text = """
            Saudi Foreign Minister Faisal bin Farhan received Egyptian Foreign Minister Badr Abdelatty in Riyadh. The meeting was attended by the Egyptian Ambassador to the Kingdom, Ihab Abu Sreea.

            Later in the day, Abdelatty met with the Secretary-General of the Gulf Cooperation Council, Jasem Mohamed Albudaiwi.
            """
        let graph = try extract(text)
        #expect(graph.has(.meeting, "Badr Abdelatty", "Jasem Mohamed Albudaiwi"))
        #expect(!graph.has(.meeting, "Ihab Abu Sreea", "Jasem Mohamed Albudaiwi"))
        #expect(!graph.has(.meeting, "Faisal bin Farhan", "Jasem Mohamed Albudaiwi"))
    }

    @Test func welcomingAGuestToAPlaceAndAMeetingMovedToAnotherDay() throws {
        let text = """
            RIGA, May 14 (LETA) - Latvian President Edgars Rinkēvičs welcomed his Finnish counterpart Alexander Stubb to Riga Castle on Tuesday. Rinkēvičs welcomed the decision of Finland.

            A meeting between Stubb and Latvian Prime Minister Evika Siliņa, initially planned for Tuesday afternoon, was moved to Wednesday.
            """
        let graph = try extract(text)
        #expect(graph.has(.meeting, "Edgars Rinkēvičs", "Alexander Stubb"))
        #expect(!graph.has(.statement, "Edgars Rinkēvičs", "Alexander Stubb"))
        #expect(graph.has(.statement, "Edgars Rinkēvičs", "Finland"))
        #expect(!graph.has(.meeting, "Alexander Stubb", "Evika Siliņa"))
    }

    @Test func coChairsMeetAndWhoAlsoMetIsTheAntecedents() throws {
        let text = """
            GABORONE: President Mokgweetsi Masisi and his Namibian counterpart, Dr Hage Geingob, on Friday co-chaired the Botswana-Namibia Bi-National Commission in Gaborone.

            LISBON - Cabo Verde's President José Maria Neves was accompanied by Cabo Verde's Minister of Foreign Affairs, Rui Figueiredo Soares, who also met Portugal's Foreign Minister, João Gomes Cravinho, at the Necessidades Palace.

            The ceremony was witnessed by Indonesian President Prabowo Subianto and Philippine President Ferdinand Marcos Jr, who attended the summit with Malaysian Prime Minister Anwar Ibrahim.
            """
        let graph = try extract(text)
        #expect(graph.has(.meeting, "Mokgweetsi Masisi", "Hage Geingob"))
        #expect(graph.has(.meeting, "Rui Figueiredo Soares", "João Gomes Cravinho"))
        #expect(!graph.has(.meeting, "José Maria Neves", "João Gomes Cravinho"))
        #expect(graph.has(.meeting, "Prabowo Subianto", "Anwar Ibrahim"))
        #expect(graph.has(.meeting, "Ferdinand Marcos Jr", "Anwar Ibrahim"))
    }

    @Test func speakingAlongsideSomeoneIsAppearingTogether() throws {
        let text = "U.S. President Donald Trump told reporters in the Oval Office alongside NATO Secretary General Mark Rutte that talks would continue. German Foreign Minister Heiko Maas, speaking alongside Chinese Foreign Minister Wang Yi in Berlin, said lawmakers are free to travel. Chinese troops fought alongside Russian President Vladimir Putin's army, Wang Yi wrote."
        let graph = try extract(text)
        #expect(graph.has(.meeting, "Donald Trump", "Mark Rutte"))
        #expect(graph.has(.meeting, "Heiko Maas", "Wang Yi"))
        #expect(!graph.has(.meeting, "Wang Yi", "Vladimir Putin"))
    }

    @Test func guestsOfOneHostFromDifferentCountriesMet() throws {
        let graph = try extract("Niamey (APA) - General Abdourahamane Tiani, head of Niger's ruling junta, hosted Colonel Assimi Goïta of Mali and Captain Ibrahim Traoré of Burkina Faso at the conference centre.")
        #expect(graph.has(.meeting, "Abdourahamane Tiani", "Assimi Goïta"))
        #expect(graph.has(.meeting, "Assimi Goïta", "Ibrahim Traoré"))
        #expect(graph.has(.affiliation, "Ibrahim Traoré", "Burkina Faso"))
        #expect(!graph.has(.affiliation, "Ibrahim Traoré", "Mali"))
    }

    @Test func aMeetingInASinceClauseHasItsOwnParties() throws {
        let graph = try extract("BUSAN (Yonhap) -- Japanese Foreign Minister Yoko Kamikawa and Chinese Foreign Minister Wang Yi also met one-on-one, their first talks since Japanese Prime Minister Fumio Kishida and Chinese President Xi Jinping met in San Francisco earlier this month.")
        #expect(graph.has(.meeting, "Yoko Kamikawa", "Wang Yi"))
        #expect(graph.has(.meeting, "Fumio Kishida", "Xi Jinping"))
        #expect(!graph.has(.meeting, "Yoko Kamikawa", "Xi Jinping"))
        #expect(!graph.has(.meeting, "Fumio Kishida", "Wang Yi"))
    }

    @Test func aLeaderWhoSkippedTheMeetingDidNotTakePart() throws {
        let text = """
            ASUNCION (MercoPress) - Bolivian President Luis Arce, who sat at the table with Paraguayan President Santiago Peña and Uruguayan President Luis Lacalle Pou, described the moment as historic.

            Argentine President Javier Milei skipped the meeting and was represented by Foreign Minister Diana Mondino.
            """
        let graph = try extract(text)
        #expect(graph.has(.meeting, "Diana Mondino", "Luis Arce"))
        #expect(!graph.has(.meeting, "Javier Milei", "Santiago Peña"))
        #expect(!graph.has(.meeting, "Javier Milei", "Luis Arce"))
        #expect(!graph.has(.meeting, "Javier Milei", "Diana Mondino"))
    }
    @Test func aHeadlineToldAgainAsSeparateTalksLinksOnlyTheHost() throws {
        let text = """
            Sánchez holds talks with Lula, Petro and Boric at Ibero-American summit

            SANTO DOMINGO, March 25 (EFE) - Spanish Prime Minister Pedro Sánchez on Saturday held separate talks with Brazilian President Luiz Inácio Lula da Silva, Colombian President Gustavo Petro and Chilean President Gabriel Boric.
            """
        let graph = try extract(text)
        #expect(graph.has(.meeting, "Pedro Sánchez", "Gustavo Petro"))
        #expect(graph.has(.meeting, "Pedro Sánchez", "Gabriel Boric"))
        #expect(!graph.has(.meeting, "Gustavo Petro", "Gabriel Boric"))
        #expect(!graph.has(.meeting, "Luiz Inácio Lula da Silva", "Gustavo Petro"))
    }

    @Test func bilateralTalksWithSeveralGuestsAreOneAtATime() throws {
        let graph = try extract("ASTANA (Kazinform) - President Kassym-Jomart Tokayev held bilateral talks with Azerbaijani President Ilham Aliyev and Armenian Prime Minister Nikol Pashinyan on Thursday.")
        #expect(graph.has(.meeting, "Kassym-Jomart Tokayev", "Ilham Aliyev"))
        #expect(graph.has(.meeting, "Kassym-Jomart Tokayev", "Nikol Pashinyan"))
        #expect(!graph.has(.meeting, "Ilham Aliyev", "Nikol Pashinyan"))
        // One guest named, another described: still a single bilateral meeting.
        let one = try extract("US President Joe Biden held bilateral talks with Indian Prime Minister Narendra Modi at the prime minister's residence on Friday.")
        #expect(one.has(.meeting, "Joe Biden", "Narendra Modi"))
    }

    @Test func attendingAMeetingOfACouncilStartsAGatheringOfItsAttendees() throws {
        let text = """
            BISHKEK, Oct 12 (AKIpress) - Kyrgyz Foreign Minister Jeenbek Kulubaev on Thursday attended the meeting of the Council of Foreign Ministers of the Commonwealth of Independent States in Bishkek.

            The meeting, chaired by Kazakh Foreign Minister Murat Nurtleu, was attended by Russia's Sergey Lavrov and Belarus's Sergei Aleinik.
            """
        let graph = try extract(text)
        #expect(graph.has(.meeting, "Jeenbek Kulubaev", "Murat Nurtleu"))
        #expect(graph.has(.meeting, "Jeenbek Kulubaev", "Sergey Lavrov"))
        #expect(graph.has(.meeting, "Sergey Lavrov", "Sergei Aleinik"))
        #expect(graph.has(.meeting, "Murat Nurtleu", "Sergei Aleinik"))
        #expect(graph.entity("Council of Foreign Ministers of the Commonwealth of Independent States", kind: .organization) != nil)
        #expect(graph.entity("Bishkek", kind: .person) == nil)
    }
    @Test func talksSomewhereBetweenTwoNamedPartiesAndAFutureDelegation() throws {
        let text = """
            WASHINGTON (Reuters) - U.S. President Donald Trump and Chinese President Xi Jinping spoke by phone on Thursday.

            "We will be represented by Treasury Secretary Scott Bessent and Commerce Secretary Howard Lutnick," Trump wrote.

            The call followed talks in London last month between Bessent and He Lifeng, China's vice premier.
            """
        let graph = try extract(text)
        #expect(graph.has(.meeting, "Donald Trump", "Xi Jinping"))
        #expect(graph.has(.meeting, "Scott Bessent", "He Lifeng"))
        #expect(!graph.has(.meeting, "Howard Lutnick", "Xi Jinping"))
        #expect(!graph.has(.meeting, "Scott Bessent", "Xi Jinping"))
    }

    @Test func aVisitOnAnotherDayIsAnotherMeetingAndUnnamedCounterpartsByCountry() throws {
        let text = """
            Vienna (AFP) - US Secretary of State Marco Rubio and Russian Foreign Minister Sergei Lavrov held talks in Vienna on Friday.

            Lavrov said Moscow was waiting for a written answer.

            Rubio came to Vienna after a visit to Kyiv on Wednesday, where he met Ukrainian President Volodymyr Zelensky, and talks in Paris on Thursday with his German, French and Italian counterparts.
            """
        let graph = try extract(text)
        #expect(graph.has(.meeting, "Marco Rubio", "Sergei Lavrov"))
        #expect(graph.has(.meeting, "Marco Rubio", "Volodymyr Zelensky"))
        #expect(!graph.has(.meeting, "Sergei Lavrov", "Volodymyr Zelensky"))
        #expect(graph.has(.meeting, "Marco Rubio", "Germany"))
        #expect(graph.has(.meeting, "France", "Italy"))
        #expect(!graph.has(.meeting, "Sergei Lavrov", "France"))
    }

    @Test func anEarlierMeetingToldLastYearLeavesTheStorysCounterpart() throws {
        let text = """
            YEREVAN, ARMENPRESS. Foreign Minister of Armenia Ararat Mirzoyan had a telephone conversation with Foreign Minister of Georgia Ilia Darchiashvili.

            They discussed the agreements reached during the visit of Prime Minister Nikol Pashinyan to Tbilisi and his talks with Georgian Prime Minister Irakli Garibashvili last year.

            Mirzoyan also invited his Georgian counterpart to visit Armenia.
            """
        let graph = try extract(text)
        #expect(graph.has(.meeting, "Nikol Pashinyan", "Irakli Garibashvili"))
        #expect(graph.has(.affiliation, "Nikol Pashinyan", "Armenia"))
        #expect(!graph.has(.affiliation, "Nikol Pashinyan", "Georgia"))
        #expect(!graph.has(.meeting, "Ararat Mirzoyan", "Irakli Garibashvili"))
    }
    @Test func theSameHostWithOnlyNewGuestsIsAnotherMeeting() throws {
        let text = """
            OSAKA (Kyodo) - Prime Minister Fumio Kishida held talks with Australian Prime Minister Anthony Albanese on Saturday.

            He said the two sides had also discussed energy.

            During his meeting with Canadian Prime Minister Justin Trudeau, Kishida raised the issue of rare earths.

            The prime minister also had a brief exchange with South African President Cyril Ramaphosa.
            """
        let graph = try extract(text)
        #expect(graph.has(.meeting, "Fumio Kishida", "Anthony Albanese"))
        #expect(graph.has(.meeting, "Fumio Kishida", "Justin Trudeau"))
        #expect(!graph.has(.meeting, "Anthony Albanese", "Justin Trudeau"))
    }
    @Test func attendeesBeforeOnTheOtherSideSitWithTheHost() throws {
        let text = """
            Doha, May 2 (QNA) - Qatari Emir Sheikh Tamim bin Hamad Al-Thani met Turkish President Recep Tayyip Erdogan in Doha on Thursday.

            The meeting was attended by Minister of State Mohammed Al-Khulaifi, and on the Turkish side by Foreign Minister Hakan Fidan.
            """
        let graph = try extract(text)
        #expect(graph.has(.meeting, "Mohammed Al-Khulaifi", "Recep Tayyip Erdogan"))
        #expect(graph.has(.meeting, "Hakan Fidan", "Tamim bin Hamad Al-Thani"))
        #expect(graph.has(.affiliation, "Hakan Fidan", "Turkey"))
        #expect(!graph.has(.affiliation, "Mohammed Al-Khulaifi", "Turkey"))
        #expect(!graph.has(.meeting, "Mohammed Al-Khulaifi", "Tamim bin Hamad Al-Thani"))
    }
    @Test func twoSigningsInOneSentenceAndTheTwoLeadersJustNamed() throws {
        let text = """
            Vietnam, Japan sign three agreements during Ishiba's visit

            Hanoi (VNA) - The signing was witnessed by Prime Minister Pham Minh Chinh and Japanese Prime Minister Shigeru Ishiba after the two leaders held talks at the Government Office.

            The agreement on health was signed by Vietnamese Health Minister Dao Hong Lan and Japanese Ambassador Ito Naoki, while the agreement on transport was signed by Vietnamese Transport Minister Tran Hong Minh and Japanese Vice Minister Kenji Hirata.
            """
        let graph = try extract(text)
        #expect(graph.has(.meeting, "Pham Minh Chinh", "Shigeru Ishiba"))
        #expect(graph.has(.meeting, "Dao Hong Lan", "Ito Naoki"))
        #expect(graph.has(.meeting, "Tran Hong Minh", "Kenji Hirata"))
        #expect(!graph.has(.meeting, "Dao Hong Lan", "Kenji Hirata"))
        #expect(!graph.has(.meeting, "Ito Naoki", "Tran Hong Minh"))
    }
    @Test func coChairingADialogueWithSomeone() throws {
        let text = """
            China, Japan hold strategic dialogue

            TOKYO, Dec 25 (Xinhua) -- Chinese Foreign Minister Wang Yi said here on Wednesday that the two countries should manage their differences.

            Wang, a member of the Political Bureau of the Communist Party of China Central Committee, made the remarks while co-chairing the second China-Japan High-Level Consultation with Japanese Foreign Minister Takeshi Iwaya.

            Wang arrived in Tokyo from Seoul, where he held talks with South Korean Foreign Minister Cho Tae-yul on Monday.
            """
        let graph = try extract(text)
        #expect(graph.has(.meeting, "Wang Yi", "Takeshi Iwaya"))
        #expect(graph.has(.meeting, "Wang Yi", "Cho Tae-yul"))
        #expect(!graph.has(.meeting, "Takeshi Iwaya", "Cho Tae-yul"))
        #expect(!graph.has(.affiliation, "Wang Yi", "Japan"))
    }
    @Test func twoDelegationsInOneSentenceSitOnTheirOwnSides() throws {
        let text = """
            Baku, May 3, AZERTAC

            President Ilham Aliyev and President Kassym-Jomart Tokayev held a one-on-one meeting in Baku on May 3.

            The talks then continued with the participation of delegations. The Azerbaijani delegation included Foreign Minister Jeyhun Bayramov, while the Kazakh delegation included Foreign Minister Murat Nurtleu.
            """
        let graph = try extract(text)
        #expect(graph.has(.meeting, "Jeyhun Bayramov", "Murat Nurtleu"))
        #expect(graph.has(.meeting, "Jeyhun Bayramov", "Kassym-Jomart Tokayev"))
        #expect(graph.has(.affiliation, "Murat Nurtleu", "Kazakhstan"))
        #expect(!graph.has(.affiliation, "Murat Nurtleu", "Azerbaijan"))
        // The same with ", and the Kazakh delegation included".
        let and = try extract(text.replacingOccurrences(of: ", while the Kazakh", with: ", and the Kazakh"))
        #expect(and.has(.meeting, "Jeyhun Bayramov", "Murat Nurtleu"))
        #expect(!and.has(.affiliation, "Murat Nurtleu", "Azerbaijan"))
    }
    @Test func aHeadlinesCountriesAndAMeetingToBeChaired() throws {
        let text = """
            Foreign Ministers of Kazakhstan and Hungary hold phone talks

            Astana, 3 March (Kazinform). Minister of Foreign Affairs of Kazakhstan Murat Nurtleu held a telephone conversation with Minister of Foreign Affairs and Trade of Hungary Peter Szijjarto.

            The parties discussed the next meeting of the intergovernmental commission, to be chaired by President of Kazakhstan Kassym-Jomart Tokayev and Prime Minister of Hungary Viktor Orban.
            """
        let graph = try extract(text)
        #expect(graph.has(.meeting, "Murat Nurtleu", "Peter Szijjarto"))
        #expect(!graph.has(.meeting, "Kazakhstan", "Hungary"))
        #expect(!graph.has(.meeting, "Murat Nurtleu", "Viktor Orban"))
        #expect(!graph.has(.meeting, "Kassym-Jomart Tokayev", "Viktor Orban"))
    }
    @Test func aTourThatTookSomeoneToCountriesIsVisits() throws {
        let text = """
            Wang Yi in Nairobi

            Nairobi, Jan 9 (KNA) Kenyan Cabinet Secretary Musalia Mudavadi received Chinese Foreign Minister Wang Yi in Nairobi on Thursday.

            Nairobi is the second stop of an African tour that took Wang to Namibia, the Republic of the Congo and Chad.
            """
        let graph = try extract(text)
        #expect(graph.has(.meeting, "Wang Yi", "Namibia"))
        #expect(graph.has(.meeting, "Wang Yi", "Chad"))
        #expect(graph.has(.meeting, "Wang Yi", "Musalia Mudavadi"))
        #expect(!graph.has(.meeting, "Musalia Mudavadi", "Chad"))
    }
    @Test func envoysPresentingCredentialsEachMetTheHostAlone() throws {
        let text = """
            President receives credentials of new ambassadors

            HÀ NỘI — State President Lương Cường on Tuesday received letters of credence from the newly appointed ambassadors of Norway, Peru and Kenya at the Presidential Palace.

            Receiving Norwegian Ambassador Hilde Solbakken, President Cường said that Việt Nam values its partnership with Norway.
            """
        let graph = try extract(text)
        #expect(graph.has(.meeting, "Lương Cường", "Hilde Solbakken"))
        #expect(graph.has(.meeting, "Lương Cường", "Peru"))
        #expect(!graph.has(.meeting, "Lương Cường", "Norway"))
        #expect(!graph.has(.meeting, "Peru", "Kenya"))
        #expect(!graph.has(.meeting, "Hilde Solbakken", "Peru"))
    }
    @Test func aCountrysRepresentativeSentToTheMeetingAttended() throws {
        let text = """
            VIENTIANE, July 25 (Bernama) -- Malaysian Foreign Minister Mohamad Hasan on Thursday joined his Southeast Asian counterparts at the ASEAN Foreign Ministers' Meeting here.

            The meeting was attended by Indonesian Foreign Minister Retno Marsudi.

            Myanmar again sent a non-political representative, Aung Kyaw Moe, permanent secretary of the Myanmar Ministry of Foreign Affairs.

            Thailand will send a representative to the next meeting.
            """
        let graph = try extract(text)
        #expect(graph.has(.meeting, "Aung Kyaw Moe", "Retno Marsudi"))
        #expect(graph.has(.meeting, "Aung Kyaw Moe", "Mohamad Hasan"))
    }
    @Test func theChairOfASummitAndAPresidencyReceived() throws {
        let text = """
            Georgetown, Feb 16 (CMC) Heads of government of the Caribbean Community met on Friday in Georgetown for the bloc's regular meeting, under the chairmanship of Barbadian Prime Minister Mia Mottley.

            Taking part in the meeting were Guyanese President Irfaan Ali and Jamaican Prime Minister Andrew Holness, who received the rotating chairmanship at the close of the session.
            """
        let graph = try extract(text)
        #expect(graph.has(.meeting, "Mia Mottley", "Irfaan Ali"))
        #expect(graph.has(.meeting, "Mia Mottley", "Andrew Holness"))
        #expect(graph.has(.meeting, "Irfaan Ali", "Andrew Holness"))
    }
    @Test func hisRecentVisitsAreTheNamedSubjectsNotTheCounterparts() throws {
        let text = """
            RABAT (MAP) - Moroccan Foreign Minister Nasser Bourita held a phone conversation with his Mauritanian counterpart Mohamed Salem Ould Merzoug on Monday.

            Mr. Bourita also informed his counterpart of the results of his recent visits to Spain and Portugal.
            """
        let graph = try extract(text)
        #expect(graph.has(.meeting, "Nasser Bourita", "Spain"))
        #expect(!graph.has(.meeting, "Mohamed Salem Ould Merzoug", "Spain"))
    }

    // Round 7: gatherings told in more ways.

    @Test func anEmbraceIsAMeeting() throws {
        let graph = try extract("Kenyan President William Ruto embraced Ghanaian President Nana Akufo-Addo at the airport. Ruto also embraced the idea of a single currency.")
        #expect(graph.has(.meeting, "William Ruto", "Nana Akufo-Addo"))
        #expect(graph.relations.filter { $0.kind == .meeting }.count == 1)
    }

    @Test func shakingHandsWithIsAMeeting() throws {
        let graph = try extract("Chilean President Gabriel Boric shook hands with Argentine President Javier Milei before the session.")
        #expect(graph.has(.meeting, "Gabriel Boric", "Javier Milei"))
    }

    @Test func aHostedMeetingGathersThoseWhoTookPart() throws {
        let text = """
            Mexican President Claudia Sheinbaum hosted the meeting in Acapulco on Monday. Taking part were \
            Guatemalan President Bernardo Arevalo and Honduran President Xiomara Castro.
            """
        let graph = try extract(text)
        #expect(graph.has(.meeting, "Claudia Sheinbaum", "Bernardo Arevalo"))
        #expect(graph.has(.meeting, "Claudia Sheinbaum", "Xiomara Castro"))
        #expect(graph.has(.meeting, "Bernardo Arevalo", "Xiomara Castro"))
    }

    @Test func attendeesAroundTheTable() throws {
        let text = """
            Fijian Prime Minister Sitiveni Rabuka met Samoan Prime Minister Fiame Naomi Mata'afa on Tuesday. \
            Around the table on Tuesday were, among others, Tongan Prime Minister Siaosi Sovaleni.
            """
        let graph = try extract(text)
        #expect(graph.has(.meeting, "Siaosi Sovaleni", "Sitiveni Rabuka"))
        #expect(graph.has(.meeting, "Siaosi Sovaleni", "Fiame Naomi Mata'afa"))
    }

    @Test func representingOnesCountryIsAttending() throws {
        let text = """
            Indonesian President Joko Widodo met Malaysian Prime Minister Anwar Ibrahim at the summit. \
            Thai Foreign Minister Parnpree Bahiddha-nukara represented his country, as the prime minister stayed home.
            """
        let graph = try extract(text)
        #expect(graph.has(.meeting, "Parnpree Bahiddha-nukara", "Joko Widodo"))
        #expect(graph.has(.meeting, "Parnpree Bahiddha-nukara", "Anwar Ibrahim"))
    }

    @Test func joiningTheTwoLeaders() throws {
        let text = """
            French President Emmanuel Macron and Brazilian President Luiz Inacio Lula da Silva held talks in Belem on Tuesday. \
            The talks opened in a small format, with French Foreign Minister Stephane Sejourne and Brazilian Foreign Minister Mauro Vieira joining the two leaders.
            """
        let graph = try extract(text)
        #expect(graph.has(.meeting, "Stephane Sejourne", "Mauro Vieira"))
        #expect(graph.has(.meeting, "Stephane Sejourne", "Luiz Inacio Lula da Silva"))
        #expect(graph.has(.meeting, "Emmanuel Macron", "Mauro Vieira"))
    }

    @Test func countriesThatSentMinistersStandForThem() throws {
        let text = """
            Peruvian President Dina Boluarte hosted the summit in Lima on Friday. Taking part were Chilean President Gabriel Boric \
            and Ecuadorian President Daniel Noboa. Bolivia and Paraguay sent ministers.
            """
        let graph = try extract(text)
        #expect(graph.has(.meeting, "Bolivia", "Dina Boluarte"))
        #expect(graph.has(.meeting, "Paraguay", "Gabriel Boric"))
        #expect(graph.has(.meeting, "Bolivia", "Paraguay"))
    }

    @Test func talksWithSomeoneNewAfterAGatheringAreTheirOwn() throws {
        let text = """
            The meeting brought together Spanish Foreign Minister Jose Manuel Albares, Italian Foreign Minister Antonio Tajani \
            and Polish Foreign Minister Radoslaw Sikorski on Monday. Albares had come from a trip to Morocco, where he held talks with \
            his Moroccan counterpart Nasser Bourita.
            """
        let graph = try extract(text)
        #expect(graph.has(.meeting, "Jose Manuel Albares", "Nasser Bourita"))
        #expect(!graph.has(.meeting, "Antonio Tajani", "Nasser Bourita"))
        #expect(!graph.has(.meeting, "Radoslaw Sikorski", "Nasser Bourita"))
    }

    @Test func aJointAppearanceIsAMeetingOfThoseNamed() throws {
        let text = """
            Japanese Prime Minister Fumio Kishida, Philippine President Ferdinand Marcos and Vietnamese Prime Minister \
            Pham Minh Chinh launched the initiative in a joint virtual appearance on Monday.
            """
        let graph = try extract(text)
        #expect(graph.has(.meeting, "Fumio Kishida", "Ferdinand Marcos"))
        #expect(graph.has(.meeting, "Ferdinand Marcos", "Pham Minh Chinh"))
    }

    @Test func puttingTheirNamesToADocumentWithAWitness() throws {
        let text = """
            Moroccan Foreign Minister Nasser Bourita, Nigerian Foreign Minister Yusuf Tuggar and Ghanaian Foreign Minister \
            Shirley Ayorkor Botchwey put their names to the documents, with Senegalese President Macky Sall signing as a witness.
            """
        let graph = try extract(text)
        #expect(graph.has(.meeting, "Nasser Bourita", "Yusuf Tuggar"))
        #expect(graph.has(.meeting, "Yusuf Tuggar", "Shirley Ayorkor Botchwey"))
        #expect(graph.has(.meeting, "Macky Sall", "Nasser Bourita"))
    }

    @Test func signersMetWhenTheSentenceAlsoToldAVisit() throws {
        let text = """
            ATHENS, March 4 (Reuters) - Prime Minister Kyriakos Mitsotakis and Croatian Prime Minister Andrej Plenkovic \
            signed on Monday a joint declaration on energy, as the Croatian leader made his first visit to Greece.
            """
        let graph = try extract(text)
        #expect(graph.has(.meeting, "Kyriakos Mitsotakis", "Andrej Plenkovic"))
    }

    @Test func talksSomeoneChairedWithOthers() throws {
        let text = """
            OSCE Secretary General Feridun Sinirlioglu said progress had been made at talks he chaired in Vienna on \
            Thursday with Armenian Foreign Minister Ararat Mirzoyan and his Azerbaijani counterpart Jeyhun Bayramov.
            """
        let graph = try extract(text)
        #expect(graph.has(.meeting, "Feridun Sinirlioglu", "Ararat Mirzoyan"))
        #expect(graph.has(.meeting, "Feridun Sinirlioglu", "Jeyhun Bayramov"))
        #expect(graph.has(.meeting, "Ararat Mirzoyan", "Jeyhun Bayramov"))
    }

    @Test func earlierInTheDayIsAnotherMeeting() throws {
        let text = """
            ATHENS, March 4 (Reuters) - Prime Minister Kyriakos Mitsotakis and Croatian Prime Minister Andrej Plenkovic \
            signed on Monday a joint declaration on energy. Foreign Ministers Giorgos Gerapetritis and Gordan Grlic Radman \
            joined the talks. Earlier in the day Plenkovic was received by President Katerina Sakellaropoulou.
            """
        let graph = try extract(text)
        #expect(graph.has(.meeting, "Kyriakos Mitsotakis", "Andrej Plenkovic"))
        #expect(graph.has(.meeting, "Katerina Sakellaropoulou", "Andrej Plenkovic"))
        #expect(!graph.has(.meeting, "Katerina Sakellaropoulou", "Giorgos Gerapetritis"))
        #expect(!graph.has(.meeting, "Katerina Sakellaropoulou", "Gordan Grlic Radman"))
    }

    @Test func theTwoAreThePersonsTheSentenceNamed() throws {
        let text = """
            BRASILIA, May 3 (Reuters) - Brazilian President Luiz Inacio Lula da Silva urged Spanish Prime Minister \
            Pedro Sanchez on Thursday to back the trade deal, as the two held talks in Brasilia.
            """
        let graph = try extract(text)
        #expect(graph.has(.meeting, "Luiz Inacio Lula da Silva", "Pedro Sanchez"))
    }

    @Test func joiningTheTwoPresidentsForAThreeWayMeeting() throws {
        let text = """
            Chinese President Xi Jinping held talks with his Spanish counterpart Pedro Sanchez in Beijing on Friday. \
            European Council President Antonio Costa later joined the two men for a three-way meeting.
            """
        let graph = try extract(text)
        #expect(graph.has(.meeting, "Antonio Costa", "Xi Jinping"))
        #expect(graph.has(.meeting, "Antonio Costa", "Pedro Sanchez"))
    }

    @Test func ministersOfTheThreeCountriesNamedAfterADashMeetAlone() throws {
        let text = """
            Lithuanian President Gitanas Nauseda met Latvian President Edgars Rinkevics in Vilnius on Monday. \
            On the same day, foreign ministers of the three Baltic countries - Estonia's Margus Tsahkna, \
            Latvia's Baiba Braze and Lithuania's Kestutis Budrys - met in Tallinn.
            """
        let graph = try extract(text)
        #expect(graph.has(.meeting, "Margus Tsahkna", "Baiba Braze"))
        #expect(!graph.has(.meeting, "Gitanas Nauseda", "Margus Tsahkna"))
        #expect(!graph.has(.meeting, "Edgars Rinkevics", "Kestutis Budrys"))
    }

    @Test func countriesGiveWayToTheirOfficialsWhenTheMeetingIsToldAgain() throws {
        let text = """
            TOKYO, July 29 (AAP) - Australian Foreign Minister Penny Wong has met her counterparts from the United States, India \
            and Japan in Tokyo, where the four partners pledged to keep working together. \
            Japanese Foreign Minister Yoko Kamikawa hosted Monday's meeting, which brought together US Secretary of State \
            Antony Blinken, Indian External Affairs Minister Subrahmanyam Jaishankar and Senator Wong.
            """
        let graph = try extract(text)
        #expect(graph.has(.meeting, "Penny Wong", "Antony Blinken"))
        #expect(graph.has(.meeting, "Penny Wong", "Yoko Kamikawa"))
        #expect(!graph.has(.meeting, "India", "Japan"))
        #expect(!graph.has(.meeting, "Penny Wong", "United States"))
    }

    @Test func aFirstVisitIsTheStorysOwnMeeting() throws {
        let text = """
            ANKARA (AA) - Egyptian President Abdel Fattah al-Sisi on Wednesday paid his first visit to Turkey in 12 years \
            and held talks with Turkish President Recep Tayyip Erdogan. Egyptian Foreign Minister Badr Abdelatty was part \
            of the Egyptian delegation, while Turkish Foreign Minister Hakan Fidan joined the delegation-level talks.
            """
        let graph = try extract(text)
        #expect(graph.has(.meeting, "Abdel Fattah al-Sisi", "Recep Tayyip Erdogan"))
        #expect(graph.has(.meeting, "Badr Abdelatty", "Recep Tayyip Erdogan"))
        #expect(graph.has(.meeting, "Hakan Fidan", "Abdel Fattah al-Sisi"))
        #expect(graph.has(.meeting, "Hakan Fidan", "Badr Abdelatty"))
        #expect(!graph.has(.meeting, "Hakan Fidan", "Recep Tayyip Erdogan"))
    }

    @Test func thePurposeOfAMeetingHeldAndALaterCallToldByASpokesman() throws {
        let text = """
            Summit on Sudan held in Nairobi

            NAIROBI, May 5 (KNA) - President William Ruto hosted on Monday a trilateral summit with Ethiopian Prime Minister \
            Abiy Ahmed and Ugandan President Yoweri Museveni in Nairobi to discuss the war in Sudan.

            State House Spokesman Hussein Mohamed said the three leaders called for an immediate ceasefire.

            The leaders also held a joint phone call with UN Secretary-General Antonio Guterres, during which they reviewed \
            ways to restore calm, the spokesman added.
            """
        let graph = try extract(text)
        #expect(graph.has(.meeting, "William Ruto", "Abiy Ahmed"))
        #expect(graph.has(.meeting, "Antonio Guterres", "Abiy Ahmed"))
        #expect(graph.has(.meeting, "Antonio Guterres", "Yoweri Museveni"))
        #expect(!graph.has(.meeting, "Antonio Guterres", "Hussein Mohamed"))
    }

    @Test func conversationsWithTwoAreOneWithEach() throws {
        let text = """
            Tokyo, Nov. 12 (Jiji Press)--Japanese Prime Minister Fumio Kishida held telephone talks with Philippine President \
            Ferdinand Marcos on Thursday.

            The roughly 20-minute call followed Marcos's conversations with Australian Prime Minister Anthony Albanese and \
            South Korean President Yoon Suk Yeol.
            """
        let graph = try extract(text)
        #expect(graph.has(.meeting, "Ferdinand Marcos", "Anthony Albanese"))
        #expect(graph.has(.meeting, "Ferdinand Marcos", "Yoon Suk Yeol"))
        #expect(!graph.has(.meeting, "Anthony Albanese", "Yoon Suk Yeol"))
        #expect(!graph.has(.meeting, "Fumio Kishida", "Anthony Albanese"))
    }

    @Test func theFirstCallBetweenTheTwoLeadersAndAlsoTookPart() throws {
        let text = """
            Biden tells Zelenskyy aid will continue

            WASHINGTON (AP) — President Joe Biden told Ukrainian President Volodymyr Zelenskyy on Thursday that Washington's aid would continue.

            The phone call was the first between the two leaders since the election. Vice President Kamala Harris also took part.
            """
        let graph = try extract(text)
        #expect(graph.has(.meeting, "Joe Biden", "Volodymyr Zelenskyy"))
        #expect(graph.has(.meeting, "Kamala Harris", "Volodymyr Zelenskyy"))
        #expect(!graph.has(.meeting, "Kamala Harris", "Joe Biden"))
    }

    @Test func aHostedRetreatWithThoseWhoTookPartARepresentedCountryAndAHostWhoReceivedThem() throws {
        let text = """
            Jakarta | March 3, 2025

            Indonesian Foreign Minister Sugiono hosted the first ASEAN Foreign Ministers' Retreat in Jakarta, bringing together his counterparts.

            Philippine Foreign Secretary Enrique Manalo, Vietnamese Foreign Minister Bui Thanh Son and Thai Foreign Minister \
            Maris Sangiampongsa took part in the retreat on Thursday, while Laos was represented at the level of deputy minister.

            Indonesian President Prabowo Subianto also received the visiting delegations.
            """
        let graph = try extract(text)
        #expect(graph.entity("Retreat") == nil)
        #expect(graph.has(.meeting, "Sugiono", "Enrique Manalo"))
        #expect(graph.has(.meeting, "Bui Thanh Son", "Maris Sangiampongsa"))
        #expect(graph.has(.meeting, "Laos", "Enrique Manalo"))
        #expect(graph.has(.meeting, "Prabowo Subianto", "Bui Thanh Son"))
        #expect(!graph.has(.meeting, "Prabowo Subianto", "Sugiono"))
    }

    @Test func anAssemblyChairedAndAttendedAfterAPlannedMeetingWithRepresentedCountries() throws {
        let text = """
            December 10, 2023 (NAIROBI) - Leaders of the East African Community meeting in Nairobi on Saturday said the two rivals \
            had agreed to a face-to-face meeting within 15 days.

            The 23rd extraordinary assembly of EAC heads of state was chaired by Kenyan President William Ruto and attended by \
            Rwandan President Paul Kagame and Ugandan President Yoweri Museveni. Burundi and Tanzania were also represented at the talks.
            """
        let graph = try extract(text)
        #expect(graph.has(.meeting, "William Ruto", "Paul Kagame"))
        #expect(graph.has(.meeting, "Paul Kagame", "Yoweri Museveni"))
        #expect(graph.has(.meeting, "Burundi", "William Ruto"))
        #expect(graph.has(.meeting, "Tanzania", "Yoweri Museveni"))
        #expect(graph.has(.meeting, "Burundi", "Tanzania"))
    }

    @Test func faceToFaceTalksFacilitatedWithAnObserver() throws {
        let text = """
            Talks in Geneva

            GENEVA, Dec 14 (Reuters) - Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev on Thursday \
            agreed that neither country would use force, after face-to-face talks at the airport.

            The meeting was facilitated by Swiss President Viola Amherd and European Council President Charles Michel. \
            French presidential adviser Emmanuel Bonne sat in on the talks as an observer.
            """
        let graph = try extract(text)
        #expect(graph.has(.meeting, "Nikol Pashinyan", "Ilham Aliyev"))
        #expect(graph.has(.meeting, "Viola Amherd", "Ilham Aliyev"))
        #expect(graph.has(.meeting, "Charles Michel", "Nikol Pashinyan"))
        #expect(graph.has(.meeting, "Emmanuel Bonne", "Ilham Aliyev"))
    }

    @Test func speakersAddressingAVirtualSummitTookPart() throws {
        let text = """
            Virtual summit

            Tehran, IRNA - Belarus became a full member of the bloc on Thursday during a virtual summit of the bloc's heads of \
            state chaired by Kazakh President Kassym-Jomart Tokayev.

            Addressing the summit, Belarusian President Alexander Lukashenko thanked the member states for their support.

            Chinese President Xi Jinping and Pakistani Prime Minister Shehbaz Sharif also addressed the online meeting.
            """
        let graph = try extract(text)
        #expect(graph.has(.meeting, "Alexander Lukashenko", "Kassym-Jomart Tokayev"))
        #expect(graph.has(.meeting, "Xi Jinping", "Alexander Lukashenko"))
        #expect(graph.has(.meeting, "Shehbaz Sharif", "Kassym-Jomart Tokayev"))
    }

    @Test func agreeingToAFaceToFaceMeetingIsNoMeetingYet() throws {
        let graph = try extract("Sudan's army chief Abdel Fattah al-Burhan had agreed to a face-to-face meeting with the commander of the Rapid Support Forces, Mohamed Hamdan Dagalo, within 15 days.")
        #expect(!graph.has(.meeting, "Abdel Fattah al-Burhan", "Mohamed Hamdan Dagalo"))
    }

    @Test func headsOfDelegationsMetAndASideRepresentedByUnnamedDiplomats() throws {
        let text = """
            Talks in Geneva

            GENEVA - The two-day talks brought together the delegations of the four countries. The Russian delegation was led by \
            Deputy Foreign Minister Sergei Ryabkov, the American delegation by Under Secretary Bonnie Jenkins, and the Chinese \
            delegation by Vice Foreign Minister Ma Zhaoxu. The French side was represented by a delegation of senior diplomats.
            """
        let graph = try extract(text)
        #expect(graph.has(.meeting, "Sergei Ryabkov", "Bonnie Jenkins"))
        #expect(graph.has(.meeting, "Ma Zhaoxu", "Bonnie Jenkins"))
        #expect(graph.has(.meeting, "France", "Sergei Ryabkov"))
    }

    @Test func joiningANamedListForTalks() throws {
        let text = """
            Canadian Prime Minister Mark Carney joined US President Donald Trump, Japanese Prime Minister Shigeru Ishiba and \
            Indian Prime Minister Narendra Modi for talks in Kananaskis on Monday.
            """
        let graph = try extract(text)
        #expect(graph.has(.meeting, "Mark Carney", "Donald Trump"))
        #expect(graph.has(.meeting, "Shigeru Ishiba", "Narendra Modi"))
    }

    @Test func aConvenedVirtualSummitAndThoseWhoTookPartFromTheirCapitals() throws {
        let text = """
            Virtual summit

            Tegucigalpa, April 16 (teleSUR) - Leaders of the bloc held an extraordinary virtual summit on Tuesday.

            The meeting was convened by Honduran President Xiomara Castro. Mexican President Andres Manuel Lopez Obrador and \
            Colombian President Gustavo Petro took part from their capitals.
            """
        let graph = try extract(text)
        #expect(graph.has(.meeting, "Xiomara Castro", "Gustavo Petro"))
        #expect(graph.has(.meeting, "Andres Manuel Lopez Obrador", "Gustavo Petro"))
    }

    @Test func attendedIncludingAndACoChair() throws {
        let text = """
            Summit in Seoul

            SEOUL - The two-day summit, which wrapped up on Tuesday, was co-chaired by South Korean President Yoon Suk Yeol and \
            Fijian Prime Minister Sitiveni Rabuka. Leaders and ministers from the member states attended, including Palau \
            President Surangel Whipps Jr. and Tuvalu Prime Minister Kausea Natano.
            """
        let graph = try extract(text)
        #expect(graph.has(.meeting, "Yoon Suk Yeol", "Kausea Natano"))
        #expect(graph.has(.meeting, "Sitiveni Rabuka", "Surangel Whipps Jr."))
    }

    @Test func delegationsReceivedTogetherAfterAMeetingToCome() throws {
        let text = """
            Luanda talks

            Luanda, July 30, 2024 (Radio Okapi) - The meeting brought together Congolese Foreign Minister Therese Wagner, her \
            Rwandan counterpart Olivier Nduhungirehe and Angolan Foreign Minister Tete Antonio, who chaired the session.

            The parties agreed to meet again in Luanda in August.

            The two delegations were later received together by President Joao Lourenco at the Presidential Palace.
            """
        let graph = try extract(text)
        #expect(graph.has(.meeting, "Therese Wagner", "Olivier Nduhungirehe"))
        #expect(graph.has(.meeting, "Therese Wagner", "Tete Antonio"))
        #expect(graph.has(.meeting, "Joao Lourenco", "Olivier Nduhungirehe"))
    }

    @Test func aSubjectWhoHeadedADelegationToASummitMetItsHost() throws {
        let text = """
            Summit in Doha

            DOHA, May 4 (QNA) - Bahraini Foreign Minister Rashid Al-Mannai on Tuesday headed his country's delegation to the \
            first summit between the Gulf states and the Andean countries, hosted by Qatari Prime Minister Hamad Al-Khulaifi.
            """
        let graph = try extract(text)
        #expect(graph.has(.meeting, "Rashid Al-Mannai", "Hamad Al-Khulaifi"))
    }

    @Test func countriesForUnnamedLeadersWhoAlsoAttended() throws {
        let text = """
            Summit in Tashkent

            TASHKENT, June 3 - The summit brought together Uzbek President Bakhtiyor Karimov and Georgian President Levan \
            Maisuradze. The presidents of Kyrgyzstan and Tajikistan also attended. Envoys from Portugal and Angola attended as well.
            """
        let graph = try extract(text)
        #expect(graph.has(.meeting, "Bakhtiyor Karimov", "Levan Maisuradze"))
        #expect(graph.has(.meeting, "Kyrgyzstan", "Levan Maisuradze"))
        #expect(graph.has(.meeting, "Tajikistan", "Bakhtiyor Karimov"))
        #expect(graph.has(.meeting, "Portugal", "Bakhtiyor Karimov"))
        #expect(graph.has(.meeting, "Angola", "Kyrgyzstan"))
    }

    @Test func countriesGiveWayToTheEnvoysNamedRightAfter() throws {
        let text = """
            Envoys talk

            SEOUL, March 2 (Yonhap) -- The top nuclear envoys of South Korea, the United States and Japan held phone talks \
            Tuesday, the foreign ministry said.

            Park Min-soo, director general for peninsula affairs at Seoul's foreign ministry, discussed the launch with U.S. \
            envoy Mark Dalton and Takeshi Mori, director general for Asian affairs at Japan's foreign ministry.
            """
        let graph = try extract(text)
        #expect(graph.has(.meeting, "Park Min-soo", "Mark Dalton"))
        #expect(graph.has(.meeting, "Takeshi Mori", "Mark Dalton"))
        #expect(!graph.has(.meeting, "South Korea", "Japan"))
        #expect(!graph.has(.meeting, "United States", "Japan"))
    }

    @Test func countriesWhoseOfficialsWereInAttendanceAtALongNamedMeeting() throws {
        let text = """
            Ministers meet

            NANNING, April 9 (Xinhua) -- Chinese Foreign Minister Wang Yi chaired the second China-Mekong River Countries \
            Foreign Ministers' Meeting here on Tuesday, with ministers and senior officials from Laos, Cambodia and Thailand, \
            among others, in attendance.
            """
        let graph = try extract(text)
        #expect(graph.has(.meeting, "Wang Yi", "Laos"))
        #expect(graph.has(.meeting, "Cambodia", "Thailand"))
    }

    @Test func aSummitHostedBySomeoneAfterTwoBodiesNamesAndASecretaryWhoBriefedTheLeaders() throws {
        let text = """
            Joint summit

            Arusha. Regional leaders yesterday called for a ceasefire at a joint summit of the Common Market for Eastern \
            and Southern Africa (COMESA) and the Economic Community of Central African States (ECCAS) hosted by Tanzanian President \
            Daniel Mwangi in Arusha. The summit was co-chaired by Kenya's President Peter Otieno and Gabon's President \
            Luc Ndong. COMESA Secretary General Amina Farah briefed the heads of state on the talks.
            """
        let graph = try extract(text)
        #expect(graph.has(.meeting, "Daniel Mwangi", "Peter Otieno"))
        #expect(graph.has(.meeting, "Daniel Mwangi", "Luc Ndong"))
        #expect(graph.has(.meeting, "Amina Farah", "Luc Ndong"))
    }

    @Test func leadersWhoSealedAgreementsAtTheEndOfAMeetingAndSignersInThePresenceOfTheTwo() throws {
        let text = """
            Agreements signed

            Tarija, May 2 (ABI).- President Marco Quispe and his Paraguayan counterpart, Ana Benítez, on Tuesday sealed a \
            package of agreements at the end of a meeting in Tarija.

            The documents were signed by Foreign Ministers Rosa Mamani and Carlos Giménez in the presence of the two heads of state.
            """
        let graph = try extract(text)
        #expect(graph.has(.meeting, "Marco Quispe", "Ana Benítez"))
        #expect(graph.has(.meeting, "Rosa Mamani", "Ana Benítez"))
        #expect(graph.has(.meeting, "Carlos Giménez", "Marco Quispe"))
    }

    @Test func aMeetingAtAPlaceWithSomeoneAndASigningTogetherWithSomeone() throws {
        let text = """
            Minister in Europe

            BRUSSELS, April 18 (NA) – Chilean Defence Minister Pablo Rojas on Thursday presented the request during a meeting \
            at the alliance's headquarters with Deputy Secretary General Anna Berg.

            Two days earlier, Rojas signed in Oslo, together with Norwegian Defence Minister Nils Dahl, the contract for the jets.
            """
        let graph = try extract(text)
        #expect(graph.has(.meeting, "Pablo Rojas", "Anna Berg"))
        #expect(graph.has(.meeting, "Pablo Rojas", "Nils Dahl"))
    }

    @Test func theOutgoingChairThatHandedOverTheGavelTookPart() throws {
        let text = """
            Summit opens

            ACCRA - Leaders of the Group of 24 opened their 9th summit on Friday, hosted by President Kwame Asante.

            Chile, which joined the group in 2011, formally handed over the gavel to Ghana at the opening ceremony.

            United Nations Deputy Secretary-General Sara Lind also addressed the summit.
            """
        let graph = try extract(text)
        #expect(graph.has(.meeting, "Chile", "Kwame Asante"))
        #expect(graph.has(.meeting, "Chile", "Sara Lind"))
    }

    @Test func theirTalksAreThePairOfTheSentenceBeforeAndOneOfThemMeetingNewPeopleIsAnotherMeeting() throws {
        let text = """
            Visit ends

            Koror, Dec. 6 (CNA) President Chen Wei-ming (陳偉明) and his Palauan counterpart Tomas Remengesau on Friday pledged \
            to keep working together.

            Speaking to reporters after their talks, Remengesau thanked Taipei for a new hospital.

            The trip also took Chen to Nauru, where he met President David Adeang.
            """
        let graph = try extract(text)
        #expect(graph.has(.meeting, "Chen Wei-ming", "Tomas Remengesau"))
        #expect(graph.has(.meeting, "Chen Wei-ming", "David Adeang"))
        #expect(!graph.has(.meeting, "Tomas Remengesau", "David Adeang"))
    }

    @Test func signersWithATitleOfStateAndAWitnessLookingOn() throws {
        let text = """
            Pact signed

            PORT VILA - Vanuatu and the United States yesterday signed a maritime agreement.

            Defence Minister Tom Kalo and US Secretary of State Mary Lane put their signatures to the two documents at the \
            convention centre, with Prime Minister Jotham Napat looking on.
            """
        let graph = try extract(text)
        #expect(graph.has(.meeting, "Tom Kalo", "Mary Lane"))
        #expect(graph.has(.meeting, "Jotham Napat", "Mary Lane"))
    }

    @Test func aCeremonyIsAGatheringAndTheLeadersOfCountriesGiveWayToThoseNamedAfter() throws {
        let text = """
            Cable pact

            Sofia, 17 December /BTA/ - The leaders of Bulgaria, Moldova and Serbia signed on Saturday an agreement on a power cable.

            The ceremony, hosted by President Rumen Petrov, was attended by Moldovan President Ana Rusu and Serbian Prime \
            Minister Milan Jovic.
            """
        let graph = try extract(text)
        #expect(graph.has(.meeting, "Rumen Petrov", "Ana Rusu"))
        #expect(graph.has(.meeting, "Milan Jovic", "Ana Rusu"))
        #expect(!graph.has(.meeting, "Moldova", "Serbia"))
    }

    @Test func talksBetweenTheTwoLeadersNamedInTheNextSentenceAndTheirHost() throws {
        let text = """
            Truce agreed

            DOHA: Eritrea and Djibouti have agreed to a ceasefire, Qatari Prime Minister Khalid Al-Thani announced after \
            hosting talks between the two neighbours' leaders at his official residence.

            Al-Thani said Eritrean President Yonas Tesfay and Djiboutian President Omar Farah had reached an understanding.
            """
        let graph = try extract(text)
        #expect(graph.has(.meeting, "Yonas Tesfay", "Omar Farah"))
        #expect(graph.has(.meeting, "Khalid Al-Thani", "Omar Farah"))
    }

    @Test func aHostWhoGreetedGuestsAndAThingToReceiveIsNoMeeting() throws {
        let text = """
            Trilateral summit

            Baku, 14 May. President Ilham Guliyev greeted Georgian President Levan Beridze and Kazakh President Aslan \
            Nurlanov at the Congress Centre.

            Guliyev urged the Georgian side to receive the report of the Joint Commission. Beridze was accompanied at the \
            talks by Foreign Minister Nino Kapanadze, while Kazakh Foreign Minister Erlan Sadykov was also present.
            """
        let graph = try extract(text)
        #expect(graph.has(.meeting, "Ilham Guliyev", "Levan Beridze"))
        #expect(graph.has(.meeting, "Erlan Sadykov", "Nino Kapanadze"))
    }

    @Test func aSummitHeldAtAPlaceAndLeadersWhoAttendedIncluded() throws {
        let text = """
            Summit in Lusaka

            LUSAKA, 17 August 2024 (ZNBC) - Zambian President Joseph Banda on Saturday assumed the chairmanship of the bloc at the \
            12th Ordinary Summit of Heads of State and Government held at the Mulungushi centre.

            Leaders who attended included Malawian President Peter Phiri and Botswana's President Kgosi Molefe.
            """
        let graph = try extract(text)
        #expect(graph.has(.meeting, "Joseph Banda", "Peter Phiri"))
        #expect(graph.has(.meeting, "Kgosi Molefe", "Peter Phiri"))
    }

    @Test func aSpeakerAtTheConferenceIsNotAtTalksOnItsSidelinesNorWhoHeIsScheduledToMeet() throws {
        let text = """
            Ministers meet

            DHAKA, May 13 (UNB) - Foreign Minister Hasan Mahmud held a bilateral meeting with his Maldivian counterpart \
            Moosa Zameer on Saturday on the sidelines of the Indian Ocean Conference.

            Indian External Affairs Minister Ravi Menon, who also addressed the conference, is scheduled to call on Prime \
            Minister Farida Khan on Sunday.
            """
        let graph = try extract(text)
        #expect(graph.has(.meeting, "Hasan Mahmud", "Moosa Zameer"))
        #expect(!graph.has(.meeting, "Ravi Menon", "Moosa Zameer"))
        #expect(!graph.has(.meeting, "Farida Khan", "Moosa Zameer"))
    }

    @Test func aSummitsChairAndTheCountriesOfUnnamedLeadersAttended() throws {
        let graph = try extract("Brussels, 18 December 2024 - A summit chaired by European Council President António Costa was attended by leaders from Albania, Kosovo and Serbia.")
        #expect(graph.has(.meeting, "António Costa", "Albania"))
        #expect(graph.has(.meeting, "António Costa", "Serbia"))
        #expect(graph.has(.meeting, "Kosovo", "Serbia"))
    }

    @Test func whoDidNotTravelAndWasRepresentedStayedAway() throws {
        let graph = try extract("BRASILIA (AP) - Lula received Maduro on Monday. Peru's President Dina Boluarte did not travel and was represented by the head of her Cabinet, Alberto Otárola.")
        #expect(graph.has(.meeting, "Alberto Otárola", "Maduro"))
        #expect(!graph.has(.meeting, "Dina Boluarte", "Maduro"))
        #expect(!graph.has(.meeting, "Dina Boluarte", "Lula"))
    }

    @Test func whoDidNotTravelMayStillHaveCalled() throws {
        let graph = try extract("DJIBOUTI (AFP) - Paramilitary commander Mohamed Hamdan Dagalo, who did not travel to Djibouti and was represented by an aide, held a telephone call with President Ismail Omar Guelleh.")
        #expect(graph.has(.meeting, "Mohamed Hamdan Dagalo", "Ismail Omar Guelleh"))
    }

    @Test func whoToldTheSummitAttendedIt() throws {
        let graph = try extract("BRUSSELS (AFP) - European Council President António Costa chaired a summit with Albanian Prime Minister Edi Rama on Wednesday. Hungarian Prime Minister Viktor Orbán told the summit that decisions should come faster.")
        #expect(graph.has(.meeting, "Edi Rama", "Viktor Orbán"))
    }

    @Test func anOpeningPhraseNamesTheMeetingOfThoseAfterIt() throws {
        let graph = try extract("Marcos in Canberra\n\nMANILA (PNA) - In a bilateral meeting at Parliament House, Ferdinand Marcos and Anthony Albanese witnessed the exchange of a memorandum.")
        #expect(graph.has(.meeting, "Ferdinand Marcos", "Anthony Albanese"))
        // Not a meeting still to come.
        let planned = try extract("In a meeting planned for next week, Ferdinand Marcos and Anthony Albanese will sign a memorandum.")
        #expect(!planned.has(.meeting, "Ferdinand Marcos", "Anthony Albanese"))
    }
}
