import GraphModel

/// Finds meetings that took place: talks, visits, phone and video calls, joint
/// press conferences, "discussed ... with", "exchanged views", hosting and
/// receiving, and a meeting's later participants ("The meeting was attended by
/// ...", "Joining Biden on the call were ...", "The delegation included ...").
///
/// Planned, expected, scheduled or invited meetings are not meetings. Every pair of
/// participants is linked except two persons of the same country (one side). A
/// visit links the visitor with the country or organization visited only when no
/// host from it is named. Where the parties are only countries ("presidents of
/// Turkey and Russia ... met"), the countries are linked.
///
/// Its state is used by one thread, never through overlapping accesses: marked
/// `@exclusivity(unchecked)`, as in `DocumentAnalysis`, to skip the runtime check per access.
final class MeetingDetector {
    let doc: DocumentAnalysis
    let coreference: CoreferenceResolver

    /// A meeting and who took part.
    struct Event {
        var participants: [Int] = []
        /// The sentence where each participant joined.
        var joined = SmallIntMap()
        /// The side of each participant: 0 for the subject (host, visitor), 1 for the object.
        var sides = SmallIntMap()
        /// Entities visited (countries, organizations), with their visitor.
        var visits: [Visit] = []
        var isPlanned: Bool
        /// "met the two leaders separately": one side's members did not meet each other.
        var isSeparate = false
        /// Those told as met one at a time when the meeting was told again ("held separate
        /// talks with A, B and C" after a headline naming them); later attendees are not.
        var separateMembers: [Int] = []
        /// Envoys presenting credentials: a country stands for its ambassador, named later or not.
        var isCredentials = false
        var sentence: Int
        var date: String?
        var cameo: String
        var sentences: [Int] = []
    }

    /// A visit to a country or organization, or a meeting with an unnamed leader of one.
    struct Visit {
        var visitor: Int
        var place: Int
        var sentence: Int
        var cameo: String
    }

    let events = InPlaceList<Event>()

    @exclusivity(unchecked) private var current: Int? = nil
    /// The first day the story's sentences name ("said here on Wednesday").
    @exclusivity(unchecked) private var storyDate: String? = nil

    init(document: DocumentAnalysis, coreference: CoreferenceResolver) {
        doc = document
        self.coreference = coreference
    }

    /// Processes sentence `s`, whose speakers the statement detector found.
    func process(_ s: Int, speakers: [Int]) {
        let range = doc.sentences[s].tokens
        let date = dateExpression(in: range)
        if storyDate == nil, !doc.sentences[s].isHeadline { storyDate = date }
        var handled = false
        // Objects of an earlier trigger in the sentence are not the subjects of a later one
        // ("X met Y on Tuesday, a day after holding talks with Z": Y did not meet Z).
        var earlierSubjects: [Int] = []
        var earlierObjects: [Int] = []
        // Where the last trigger's clause ended: "..., while X attended as a guest" joins after it.
        var handledEnd = range.lowerBound
        // Whether a trigger of the sentence named its parties ("... whose delegations attended
        // the summit" names none: the sentence's countries still join).
        var namedParties = false
        // Whether a trigger of the sentence named two parties or more (a visit to a country names one).
        var paired = false
        // Whether a meeting that took place was told by a trigger of the sentence.
        var tookPlaceHere = false
        // "Separately, ...", "X also met Y": another meeting, not the current one told again.
        let startsAnother = (doc.tokens[range.lowerBound].hasKey("separately") || doc.tokens[range.lowerBound].hasKey("meanwhile") || doc.tokens[range.lowerBound].hasKey("elsewhere"))
            // "Later in the day, Abdelatty met with ...": another meeting of the day.
            // (Not "Later in the day, the three ministers were received by ...": the same visit.)
            || range.count > 6 && doc.tokens[range.lowerBound].hasKey("later") && doc.tokens[range.lowerBound + 1].hasKey("in") && doc.tokens[range.lowerBound + 3].hasKey("day")
                && doc.mention(at: range.lowerBound + 5).map { $0.entity >= 0 && doc.kind(of: $0.entity) == .person } ?? false
            // "On the margins of the summit, Abdelatty held talks with ...": a side meeting.
            || range.count > 4 && doc.tokens[range.lowerBound].hasKey("on") && doc.tokens[range.lowerBound + 1].hasKey("the")
                && (doc.tokens[range.lowerBound + 2].hasKey("margins") || doc.tokens[range.lowerBound + 2].hasKey("sidelines") || doc.tokens[range.lowerBound + 2].hasKey("margin") || doc.tokens[range.lowerBound + 2].hasKey("sideline"))
            || range.lowerBound + 2 < range.upperBound && doc.tokens[range.lowerBound].hasKey("in") && doc.tokens[range.lowerBound + 2].hasKey("separate")
            // "Earlier in the day Erdogan was received by ...": another meeting of the day.
            || range.count > 6 && doc.tokens[range.lowerBound].hasKey("earlier") && doc.tokens[range.lowerBound + 1].hasKey("in") && doc.tokens[range.lowerBound + 3].hasKey("day")
        var resumeAfterSentence: Int? = nil
        var dateFrom = range.lowerBound
        defer {
            if let resume = resumeAfterSentence {
                current = resume >= 0 ? resume : nil
                // "his Georgian counterpart" after an earlier meeting told in passing is the story's.
                if let c = current { coreference.group = events[c].participants.filter { doc.kind(of: $0) == .person } }
            }
        }
        var t = range.lowerBound
        while t < range.upperBound {
            // The word class first (as `trigger` does): most tokens are no trigger, and the call costs.
            if doc.has(t, .meeting) || doc.has(t, .event), let trigger = trigger(at: t, in: range) {
                handled = true
                // The date told with this trigger's clause ("after a visit to Kyiv on Wednesday, where
                // he met Zelensky, and talks in Berlin on Thursday with ...").
                let triggerDate = dateExpression(in: dateFrom..<clauseEnd(trigger.end, in: range)) ?? date
                dateFrom = trigger.end
                handledEnd = max(handledEnd, clauseEnd(trigger.end, in: range))
                let isAlso = (max(range.lowerBound, trigger.start - 2)..<trigger.start).contains { doc.tokens[$0].hasKey("also") }
                    // "The prime minister also had a brief interaction with".
                    || (max(range.lowerBound, trigger.start - 5)..<trigger.start).contains { k in
                        doc.tokens[k].hasKey("also") && (k + 1..<trigger.start).allSatisfy { doc.tokens[$0].hasKey("had") || doc.tokens[$0].hasKey("held") || doc.tokens[$0].hasKey("has") || doc.tokens[$0].hasKey("a") || doc.tokens[$0].hasKey("an") || doc.tokens[$0].hasKey("brief") || doc.tokens[$0].hasKey("short") || doc.tokens[$0].hasKey("separate") }
                    }
                    // "held a bilateral meeting with Wang Yi": two parties, not the summit's.
                    || (max(range.lowerBound, trigger.start - 3)..<trigger.end).contains { doc.tokens[$0].hasKey("bilateral") }
                    // "A meeting between Meloni and Milei took place on Friday": a new meeting.
                    || trigger.between && introducedGathering(in: max(range.lowerBound, trigger.start - 3)..<trigger.end) != nil
                    // "held a separate meeting with X".
                    || (max(range.lowerBound, trigger.start - 3)..<trigger.end).contains { doc.tokens[$0].hasKey("separate") }
                let planned = isPlanned(trigger.start, in: range) || isPlannedAfter(trigger.end, in: range)
                // "Lavrov and Wang last met in Beijing in April": an earlier meeting, told in
                // passing; the story's meeting stays the current one after this sentence.
                let isEarlier = (max(range.lowerBound, trigger.start - 2)..<trigger.start).contains { k in
                    doc.tokens[k].hasKey("last") || doc.tokens[k].hasKey("previously")
                        // ("paid his first visit to Egypt", "their first meeting": the story's own.)
                        || doc.tokens[k].hasKey("first") && !(k > range.lowerBound && (doc.tokens[k - 1].hasKey("his") || doc.tokens[k - 1].hasKey("her") || doc.tokens[k - 1].hasKey("their") || doc.tokens[k - 1].hasKey("the") || doc.tokens[k - 1].hasKey("a") || doc.tokens[k - 1].hasKey("its")))
                }
                    // "... and his talks with Garibashvili last year".
                    || current != nil && (trigger.end..<max(trigger.end, clauseEnd(trigger.end, in: range) - 1)).contains { k in
                        doc.tokens[k].hasKey("last") && (doc.tokens[k + 1].hasKey("year") || doc.tokens[k + 1].hasKey("month"))
                    }
                if isEarlier, resumeAfterSentence == nil { resumeAfterSentence = current ?? -1 }
                var participants: [Int] = []
                var sides = SmallIntMap()
                var visits: [Visit] = []
                var objectsNamed: [Int] = []
                var bilateralGuests = 0
                if trigger.between {
                    participants = betweenParties(from: trigger.end, in: range) ?? persons(in: trigger.end..<range.upperBound)
                    // "talks between Iran and the United States, led respectively by Araghchi and Witkoff":
                    // the heads of the two sides.
                    if participants.isEmpty,
                        let by = (trigger.end..<max(trigger.end, range.upperBound - 1)).first(where: { k in
                            (doc.tokens[k].hasKey("led") || doc.tokens[k].hasKey("headed")) && k + 2 < range.upperBound
                                && (doc.tokens[k + 1].hasKey("by") || doc.tokens[k + 1].hasKey("respectively") && doc.tokens[k + 2].hasKey("by"))
                        }).map({ doc.tokens[$0 + 1].hasKey("by") ? $0 + 1 : $0 + 2 }),
                        case let heads = persons(in: by + 1..<range.upperBound), heads.count >= 2
                    {
                        participants = heads
                    }
                    // "Albusaidi hosted talks in Muscat between Araghchi and Witkoff": the host, who carried
                    // messages between them, took part too.
                    if participants.count >= 2, trigger.start > range.lowerBound,
                        let hosted = (range.lowerBound..<trigger.start).last(where: { doc.tokens[$0].hasKey("hosted") || doc.tokens[$0].hasKey("hosts") || doc.tokens[$0].hasKey("hosting") }),
                        trigger.start - hosted <= 4, !isPlanned(hosted, in: range),
                        let host = persons(in: range.lowerBound..<hosted, subjectsOnly: true).last, !participants.contains(host)
                    {
                        participants.append(host)
                    }
                    // "Anwar announced after hosting talks between the two neighbours' leaders ... Anwar said
                    // Cambodian Prime Minister Hun Manet and acting Thai Prime Minister Phumtham had ...": the
                    // pair the next sentence names, and the host.
                    if participants.count < 2, (trigger.end..<min(range.upperBound, trigger.end + 3)).contains(where: { doc.tokens[$0].hasKey("two") }),
                        s + 1 < doc.sentences.count, case let next = doc.sentences[s + 1].tokens,
                        let pair = coordinatedPersons(in: (next.first(where: { doc.has($0, .speech) }).map { $0 + 1 } ?? next.lowerBound)..<next.upperBound, allowingCountries: true),
                        pair.count == 2
                    {
                        participants = pair
                        if (range.lowerBound..<trigger.start).contains(where: { doc.tokens[$0].hasKey("hosting") || doc.tokens[$0].hasKey("hosted") }),
                            let host = persons(in: range.lowerBound..<trigger.start, subjectsOnly: true).first, !pair.contains(host)
                        {
                            participants.append(host)
                        }
                    }
                } else if trigger.coordinated, let group = coordinatedPersons(in: range).flatMap({ $0.count >= 2 ? $0 : nil }) ?? coordinatedPersons(in: range, allowingCountries: true), group.count >= 2 {
                    // ("Guyana's President Ali and Venezuelan President Maduro": a demonym inside the list.)
                    participants = group
                } else if trigger.coordinated, case let before = persons(in: range.lowerBound..<trigger.start).filter({ p in
                    doc.mentionIndices(in: range.lowerBound..<trigger.start).contains { doc.mentions[$0].entity == p && doc.quoteOfToken[doc.mentions[$0].tokens.lowerBound] < 0 }
                }), before.count == 2 {
                    // "Yunus said he had told Modi during their telephone conversation": the two named.
                    participants = before
                } else if trigger.coordinated, s > 0, (max(range.lowerBound, trigger.start - 3)..<trigger.start).contains(where: { doc.tokens[$0].hasKey("their") }),
                    let pair = coordinatedPersons(in: doc.sentences[s - 1].tokens, allowingCountries: true), pair.count == 2,
                    persons(in: range).allSatisfy({ pair.contains($0) })
                {
                    // "Lai and his Palauan counterpart Whipps on Friday pledged ... Speaking to reporters
                    // after their talks, Whipps thanked ...": the pair of the sentence before.
                    participants = pair
                } else {
                    // "Spokesman Fahmy said El-Sisi stressed during his meeting with Burns": the
                    // subjects are those after the last verb of speech, not the one reporting.
                    var subjectStart = range.lowerBound
                    if let said = (range.lowerBound..<trigger.start).last(where: { doc.has($0, .speech) && !doc.tokens[$0].isCapitalized && doc.quoteOfToken[$0] < 0 }),
                        !persons(in: said + 1..<trigger.start, subjectsOnly: true).isEmpty
                    {
                        subjectStart = said + 1
                    }
                    // "..., their first talks since Prime Minister Kishida and President Xi met in San
                    // Francisco": a clause of its own, whose subjects follow the conjunction.
                    if let since = (subjectStart..<trigger.start).last(where: { doc.tokens[$0].hasKey("since") || doc.tokens[$0].hasKey("until") }),
                        since + 1 < trigger.start, persons(in: since + 1..<trigger.start, subjectsOnly: true).count >= 1,
                        doc.mentionIndices(in: since + 1..<trigger.start).contains(where: { doc.mentions[$0].entity >= 0 && doc.kind(of: doc.mentions[$0].entity) == .person })
                    {
                        subjectStart = since + 1
                    }
                    var subjects = trigger.partiesAfterOnly ? [] : persons(in: subjectStart..<trigger.start, subjectsOnly: true)
                    // "the visit of Prime Minister Pashinyan to Tbilisi and his talks with X": the
                    // possessor alone holds the talks, the person last named before it.
                    // ("his recent visits to Russia": one word may stand between.)
                    let possessive = (max(subjectStart, trigger.start - 2)..<trigger.start).last { k in
                        (doc.tokens[k].hasKey("his") || doc.tokens[k].hasKey("her")) && (k + 1 == trigger.start || !doc.tokens[k + 1].isCapitalized && !doc.has(k + 1, .meeting) && !doc.has(k + 1, .speech))
                    }
                    if !trigger.partiesAfterOnly, let possessive {
                        if let owner = sentenceSubject(before: possessive).first {
                            subjects = [owner]
                        } else if let comma = (trigger.end..<range.upperBound).first(where: { doc.tokens[$0].hasKey(",") }),
                            let m = doc.mention(at: comma + 1), m.entity >= 0, doc.kind(of: m.entity) == .person
                        {
                            // "During his meeting with Zelenskyy, Modi told ...": the main clause's subject.
                            subjects = [m.entity]
                        }
                    }
                    // "... by Foreign Secretary Alicia Bárcena, who held a brief meeting with": the
                    // relative pronoun's antecedent, whatever phrase it ends.
                    if !trigger.partiesAfterOnly, trigger.start >= range.lowerBound + 2, doc.tokens[trigger.end - 1].hasKey("with") || trigger.cameo != "043" && trigger.start > range.lowerBound && (doc.tokens[trigger.start - 1].hasKey("who") || doc.tokens[trigger.start - 1].hasKey("also")),
                        let who = (max(range.lowerBound + 2, trigger.start - 4)..<trigger.start).last(where: { doc.tokens[$0].hasKey("who") }),
                        doc.tokens[who - 1].hasKey(","), let m = doc.mention(at: who - 2), m.entity >= 0, doc.kind(of: m.entity) == .person
                    {
                        // With the persons coordinated before it: "Prabowo and Marcos, who attended ...".
                        subjects = [m.entity]
                        var j = m.tokens.lowerBound - 1
                        while j > range.lowerBound, j >= who - 30 {
                            if let other = doc.mention(at: j), other.entity >= 0 {
                                if doc.kind(of: other.entity) == .person {
                                    if !subjects.contains(other.entity) { subjects.insert(other.entity, at: 0) }
                                } else if !(doc.kind(of: other.entity) == .country && other.form == .demonym) {
                                    break
                                }
                                j = other.tokens.lowerBound - 1
                                continue
                            }
                            // ("Kayikwamba Wagner, her Rwandan counterpart Olivier Nduhungirehe and ...".)
                            guard doc.tokens[j].hasKey("and") || doc.tokens[j].hasKey(",") || doc.titleTokens.contains(j) || doc.tokens[j].hasKey("her") || doc.tokens[j].hasKey("his") else { break }
                            j -= 1
                        }
                    }
                    // "Biden's conversations with Morrison and Moon": the possessor held them.
                    if !trigger.partiesAfterOnly, trigger.start >= range.lowerBound + 2, doc.tokens[trigger.start - 1].hasKey("'s"),
                        let m = doc.mention(at: trigger.start - 2), m.entity >= 0, doc.kind(of: m.entity) == .person
                    {
                        subjects = [m.entity]
                    }
                    // "Macron urged Xi on Thursday to ..., as the two held talks": the two persons the
                    // sentence named before.
                    if !trigger.partiesAfterOnly, trigger.start >= range.lowerBound + 2,
                        let two = (max(range.lowerBound + 1, trigger.start - 3)..<trigger.start).first(where: { doc.tokens[$0].hasKey("two") && doc.tokens[$0 - 1].hasKey("the") }),
                        case let named = persons(in: range.lowerBound..<two - 1), named.count == 2
                    {
                        subjects = named
                    }
                    if !earlierObjects.isEmpty {
                        subjects.removeAll { earlierObjects.contains($0) }
                        if subjects.isEmpty, !trigger.partiesAfterOnly { subjects = earlierSubjects }
                    }
                    if subjects.isEmpty, !trigger.partiesAfterOnly { subjects = speakers.filter { doc.kind(of: $0) == .person } }
                    if subjects.isEmpty, !trigger.partiesAfterOnly, let p = firstPerson(in: trigger.end..<range.upperBound, after: true) { subjects = [p] }
                    // The objects end where another trigger starts ("met X, a day after holding talks with Y").
                    var objectsEnd = clauseEnd(trigger.end, in: range)
                    if let next = (trigger.end..<objectsEnd).first(where: { (doc.has($0, .meeting) || doc.has($0, .event)) && self.trigger(at: $0, in: range) != nil }) { objectsEnd = next }
                    // "..., during which they reviewed ways to restore calm, the spokesman added": who
                    // reports it is no party.
                    if let said = (trigger.end..<objectsEnd).last(where: { doc.has($0, .speech) && !doc.tokens[$0].isCapitalized && doc.quoteOfToken[$0] < 0 }),
                        let comma = (max(trigger.end, said - 6)..<said).last(where: { doc.tokens[$0].hasKey(",") }),
                        said + 1 >= objectsEnd || doc.tokens[said + 1].hasKey(".")
                    {
                        objectsEnd = comma
                    }
                    var objects = trigger.placesOnly ? [] : persons(in: trigger.end..<objectsEnd)
                    objects.removeAll { subjects.contains($0) }
                    earlierSubjects = subjects
                    earlierObjects.append(contentsOf: objects)
                    objectsNamed = objects
                    // Guests named by name ("bilateral talks with Modi at the prime minister's residence" has one).
                    bilateralGuests = Set(doc.mentions(in: trigger.end..<objectsEnd).map { doc.mentions[$0] }.filter { m in
                        m.entity >= 0 && doc.kind(of: m.entity) == .person && m.form == .name && objects.contains(m.entity)
                    }.map(\.entity)).count
                    participants = subjects + objects
                    // "Tiani hosted Colonel Goïta of Mali and Captain Traoré of Burkina Faso": guests
                    // of different countries at one host's event met each other too.
                    let hostedTogether = (doc.tokens[trigger.start].hasKey("hosted") || doc.tokens[trigger.start].hasKey("hosts")) && objects.count >= 2
                        && objects.compactMap { p in doc.entities[p].affiliations.first { doc.kind(of: $0) == .country } }.distinctCount >= 2
                    if !trigger.symmetric && !hostedTogether {
                        for p in subjects { sides[p] = 0 }
                        for p in objects { sides[p] = 1 }
                    }
                    if trigger.isVisit {
                        for place in places(in: trigger.end..<clauseEnd(trigger.end, in: range)) {
                            for visitor in subjects { visits.append(Visit(visitor: visitor, place: place, sentence: s, cameo: "042")) }
                        }
                    }
                    // "held a session with their counterparts from 12 countries, among them Cuba, Egypt
                    // and Kazakhstan": countries for unnamed leaders join whoever the subjects are.
                    let leadersAfter = trigger.placesOnly ? [] : unnamedLeaders(in: trigger.end..<clauseEnd(trigger.end, in: range))
                    if leadersAfter.count >= 2, participants.count >= 2, !subjects.isEmpty {
                        for c in leadersAfter where !participants.contains(c) {
                            participants.append(c)
                            if !trigger.symmetric { sides[c] = 1 }
                        }
                    }
                    if participants.count < 2 && visits.isEmpty {
                        // "the meeting with the President of Armenia": a country for an unnamed leader.
                        let leaders = unnamedLeaders(in: trigger.end..<clauseEnd(trigger.end, in: range))
                        if leaders.count >= 2, !subjects.isEmpty {
                            // "the summit she hosted, where the leaders of the United States, France and
                            // Japan gathered": the countries are parties, and met each other too.
                            participants += leaders
                            if !trigger.symmetric { for c in leaders { sides[c] = 1 } }
                        } else {
                            for place in leaders {
                                for visitor in subjects { visits.append(Visit(visitor: visitor, place: place, sentence: s, cameo: trigger.cameo)) }
                            }
                        }
                        // "presidents of Turkey and Russia ... met".
                        if participants.isEmpty && visits.isEmpty {
                            let countries = unnamedLeaders(in: range.lowerBound..<trigger.start)
                            if countries.count >= 2 { participants = countries }
                        }
                    }
                }
                if !participants.isEmpty || !visits.isEmpty { namedParties = true }
                if participants.count >= 2 { paired = true }
                if participants.count >= 2, !planned { tookPlaceHere = true }
                // "hosted a summit with X and Y in Cairo to discuss Gaza": the purpose of the meeting the
                // sentence told, not a meeting to come.
                let purposeOfCurrent = planned && tookPlaceHere && current.map { c in
                    !events[c].isPlanned && participants.isContained(in: events[c].participants)
                } ?? false
                if !purposeOfCurrent, participants.count >= 2 || !visits.isEmpty || planned || trigger.createsEvent {
                    var event = Event(isPlanned: planned, sentence: s, date: triggerDate, cameo: trigger.cameo)
                    // "received letters of credence from the new ambassadors of A, B and C": each alone.
                    event.isCredentials = presentsCredentials(range)
                    event.isSeparate = event.isCredentials || range.contains { doc.tokens[$0].hasKey("separately") || doc.tokens[$0].hasKey("separate") }
                        // "held bilateral talks with Meloni, Macron and Zelenskyy": one pair at a time.
                        || bilateralGuests >= 2 && (max(range.lowerBound, trigger.start - 3)..<trigger.end).contains { doc.tokens[$0].hasKey("bilateral") }
                        // "Biden's conversations with Morrison and Moon".
                        || bilateralGuests >= 2 && (doc.tokens[trigger.start].hasKey("conversations") || doc.tokens[trigger.start].hasKey("meetings"))
                    event.participants = participants
                    event.sides = sides
                    event.visits = visits
                    event.sentences = [s]
                    // The same meeting told again (its parties, or some of them, or more of
                    // them) continues it; "X also met Y" with someone new is another meeting.
                    // (Sets of entity indices as arrays: a meeting has a handful of parties.)
                    let known = current.map { events[$0].participants } ?? []
                    let new = participants
                    // A new subject ("X also met Y") starts another meeting even when Y was in this one.
                    let subjects = sides.keys(withValue: 0)
                    let sameSubjects = subjects.isEmpty ? known.sharesElement(with: new) : subjects.isContained(in: known)
                    // "X also met Y" with Y new, "Separately, ...": another meeting.
                    let another = (isAlso || startsAnother) && !new.isContained(in: known) || isEarlier
                        // "on the sidelines of a quadrilateral meeting hosted by Egypt": a gathering of its own.
                        || trigger.partiesAfterOnly
                        // A second trigger of the sentence with other objects: another meeting.
                        || current.map { events[$0].sentence == s } ?? false && !objectsNamed.isEmpty && !known.sharesElement(with: objectsNamed)
                        // "Lai and Whipps ... after their talks ... took Lai to Tuvalu, where he met Teo": one of a
                        // pair who met (no sides) meeting only new people.
                        || current.map { c in
                            events[c].participants.distinctCount == 2 && events[c].sides.isEmpty && !objectsNamed.isEmpty
                                && objectsNamed.allSatisfy { !events[c].participants.contains($0) }
                        } ?? false
                        // "X held talks with Y" after "X met Z": the same host with only new guests.
                        || current.map { c in
                            // (The first subject in sentence order: a set's order changes from run to run.)
                            guard let subject = participants.first(where: { sides[$0] == 0 }), let hostSide = events[c].sides[subject], !objectsNamed.isEmpty else { return false }
                            let guests = events[c].participants.filter { events[c].sides[$0].map { $0 != hostSide } ?? false }
                            return !guests.isEmpty && objectsNamed.allSatisfy { !events[c].participants.contains($0) }
                        } ?? false
                        // "Baerbock had flown in from China, where she held talks with Qin Gang" after a
                        // meeting of several on one footing: talks with someone new are a meeting of their own.
                        // (Not "the three ministers were received by the prime minister": the guests all.)
                        || !trigger.symmetric && !objectsNamed.isEmpty && trigger.cameo != "043" && subjects.count == 1 && current.map { c in
                            events[c].sides.isEmpty && events[c].participants.distinctCount >= 3 && objectsNamed.allSatisfy { !events[c].participants.contains($0) }
                        } ?? false
                        // Told with another day than the current meeting, and someone new: another meeting.
                        // (A meeting told without a day took place on the story's first day: "on Wednesday".)
                        || triggerDate != nil && current.flatMap { events[$0].date ?? storyDate }.map { $0 != triggerDate! } ?? false && !new.isContained(in: known)
                    if let c = current, !planned, !events[c].isPlanned, !another,
                        participants.isEmpty || new.isContained(in: known) || (known.isContained(in: new) && !known.isEmpty)
                            || (known.sharesElement(with: new) && sameSubjects)
                    {
                        // Sides of the new mention relative to a participant both share.
                        let anchor = participants.first { events[c].participants.contains($0) && sides[$0] != nil && events[c].sides[$0] != nil }
                        for p in participants where !events[c].participants.contains(p) {
                            events[c].participants.append(p)
                            events[c].joined[p] = s
                            if let anchor, let side = sides[p] {
                                events[c].sides[p] = side == sides[anchor]! ? events[c].sides[anchor]! : 1 - events[c].sides[anchor]!
                            } else if let side = sides[p], events[c].sides.isEmpty == false || events[c].participants.count <= 1 {
                                events[c].sides[p] = side
                            }
                        }
                        events[c].visits.append(contentsOf: visits)
                        if events[c].date == nil { events[c].date = triggerDate }
                        // The lead telling the headline's talks as "separate" ones: each guest met the host alone.
                        // (Not a summit's side meetings: "held separate meetings with Xi and Putin" there;
                        // not "On the eve of the summit, Xi held separate talks with each of the five".)
                        if event.isSeparate, known.distinctCount >= 2, known.isContained(in: new), doc.sentences[events[c].sentence].isHeadline { events[c].separateMembers = participants }
                    } else {
                        events.append(event)
                        current = events.count - 1
                    }
                    // (A meeting to come with no one named, "the parties agreed to meet again", leaves the group.)
                    let group = events[current!].participants.filter { doc.kind(of: $0) == .person }
                    if !group.isEmpty || !events[current!].isPlanned { coreference.group = group }
                } else if participants.count == 1, let c = current, !events[c].participants.contains(participants[0]), joinsCurrent(range) {
                    events[c].participants.append(participants[0])
                }
                t = trigger.end
                continue
            }
            t += 1
        }
        // "The meeting was attended by ...", "The delegation included ...", or a clause
        // after the meeting's own (", while X attended as a guest").
        let joinRange = handled && namedParties ? handledEnd..<range.upperBound : range
        // "A summit chaired by A was attended by B and leaders from C and D", "A summit attended by
        // A and B was held in Brussels": who attended joined the gathering the sentence opened.
        if handled, let c = current, events[c].sentence == s, !events[c].isPlanned {
            for p in namedAttendees(in: range) where !events[c].participants.contains(p) { events[c].participants.append(p) }
        }
        // "..., at an extraordinary summit of EAC heads of state, attended by A, B and C": a
        // gathering of its own whose attendees all met.
        if !handled, current == nil || introducedGathering(in: range) != nil {
            var attendees = namedAttendees(in: range)
            // "The two-day talks brought together the delegations ... The Russian delegation was led by
            // A, the Iranian delegation by B": the heads of delegations of different countries met.
            if attendees.count < 2, current == nil, let led = range.first(where: { (doc.tokens[$0].hasKey("led") || doc.tokens[$0].hasKey("headed")) && $0 + 1 < range.upperBound && doc.tokens[$0 + 1].hasKey("by") }),
                range.contains(where: { doc.tokens[$0].hasKey("delegation") }), !isPlanned(led, in: range)
            {
                let heads = persons(in: led + 2..<range.upperBound)
                let countries = Set(heads.compactMap { p in doc.entities[p].affiliations.first { doc.kind(of: $0) == .country } })
                if heads.count >= 2, countries.count >= 2 || heads.contains(where: { p in !doc.entities[p].affiliations.contains { doc.kind(of: $0) == .country } }) { attendees = heads }
            }
            if attendees.count >= 2 {
                startEvent(attendees, sentence: s, date: date, cameo: "040")
                coreference.group = attendees
                return
            }
        }
        if !joinRange.isEmpty, let c = current, joinsCurrent(joinRange) {
            // "The Azerbaijani delegation included A and B, while the Turkish delegation included C
            // and D": each clause with its own delegation.
            var parts = [joinRange]
            // (", and the Chinese delegation included C" as well.)
            if let d1 = joinRange.first(where: { doc.tokens[$0].hasKey("delegation") }),
                let d2 = (d1 + 1..<joinRange.upperBound).first(where: { doc.tokens[$0].hasKey("delegation") }),
                let w = (d1 + 1..<d2).last(where: { doc.tokens[$0].hasKey("while") || doc.tokens[$0].hasKey("whereas") || doc.tokens[$0].hasKey(";") || doc.tokens[$0].hasKey("and") && doc.tokens[$0 - 1].hasKey(",") })
            {
                parts = [joinRange.lowerBound..<w, w + 1..<joinRange.upperBound]
            }
            for part in parts {
                // "Jaishankar, who also addressed the conference, is scheduled to call on Prime Minister
                // Hasina": who comes after a word of the future, said of a joiner named before it, is not
                // at the meeting told. (Not "Timor-Leste, which is expected to become a member, was
                // represented by Freitas": no one named before it.)
                let joinRange = part.lowerBound..<((part.lowerBound + 1..<part.upperBound).first(where: { k in
                    (doc.has(k, .future) || doc.tokens[k].hasKey("scheduled")) && !persons(in: part.lowerBound..<k).isEmpty
                }) ?? part.upperBound)
                // Later participants join the host's side; envoys presenting credentials are
                // guests, each received alone.
                let credentials = presentsCredentials(joinRange)
                if credentials { events[c].isSeparate = true }
                var hostSide = events[c].participants.first.flatMap { events[c].sides[$0] } ?? 0
                if credentials { hostSide = 1 - hostSide }
                // "The Romanian delegation also included X": X is Romanian and on that side.
                let delegation = delegationCountry(in: joinRange)
                if let delegation, let member = events[c].participants.first(where: { doc.entities[$0].affiliations.contains(delegation) }),
                    let side = events[c].sides[member]
                {
                    hostSide = side
                }
                let joinsThose = joinRange.contains { doc.tokens[$0].hasKey("joined") && joinsThoseMet($0) }
                // Countries whose delegations attended stand for their unnamed leaders.
                var joining = persons(in: joinRange)
                // ("Celso Amorim, special adviser to Brazil's President Lula, attended as an observer":
                // the person in another's title is not the one who came.)
                joining.removeAll { p in
                    let own = doc.mentionIndices(in: joinRange).filter { doc.mentions[$0].entity == p }
                    return !own.isEmpty && own.allSatisfy { isInsideTitle(of: doc.mentions[$0].tokens.lowerBound, lower: joinRange.lowerBound) }
                }
                // "Ecuador and Suriname sent ministers": the countries, for envoys the story does not name.
                let sent = joinRange.first { k in
                    doc.tokens[k].hasKey("sent") && (k + 1..<min(joinRange.upperBound, k + 4)).contains { Self.envoyNouns.contains(doc.tokens[$0]) }
                }
                let sentUnnamed = sent.map { persons(in: $0 + 1..<joinRange.upperBound).isEmpty } ?? false
                if sentUnnamed || joinRange.contains(where: { doc.tokens[$0].hasKey("delegations") }) {
                    for m in doc.mentionIndices(in: sentUnnamed ? joinRange.lowerBound..<sent! : joinRange) where doc.mentions[m].entity >= 0 && doc.kind(of: doc.mentions[m].entity) == .country
                        && doc.mentions[m].form == .name && !joining.contains(doc.mentions[m].entity)
                    {
                        joining.append(doc.mentions[m].entity)
                    }
                }
                // "Azerbaijan handed over the gavel to Uganda": a country as the outgoing chair, for its unnamed leader.
                var outgoingChair: Int? = nil
                if joining.isEmpty, let handed = joinRange.first(where: { doc.tokens[$0].hasKey("handed") }),
                    let subject = doc.mentionIndices(in: joinRange.lowerBound..<handed).first, doc.mentions[subject].entity >= 0,
                    doc.kind(of: doc.mentions[subject].entity) == .country, doc.mentions[subject].form == .name
                {
                    outgoingChair = doc.mentions[subject].entity
                    joining.append(doc.mentions[subject].entity)
                }
                // "while the presidents of Kyrgyzstan and Tajikistan also attended", "envoys from Portugal
                // and Mozambique attended as well": the countries, for leaders the story does not name.
                // (Not a country whose leader takes part already: Modi stands for India.)
                for country in unnamedLeaders(in: joinRange) where !joining.contains(country)
                    && !joining.contains(where: { p in doc.kind(of: p) == .person && doc.entities[p].affiliations.contains(country) })
                    && !events[c].participants.contains(where: { p in doc.kind(of: p) == .person && doc.entities[p].affiliations.contains(country) })
                {
                    joining.append(country)
                }
                // "while Nepal was represented at the level of Foreign Secretary": the country, for its
                // unnamed envoy.
                // "The Turkish side was represented by a delegation of senior diplomats": the country.
                if let delegation, !joining.contains(delegation), let by = joinRange.first(where: { k in
                    doc.tokens[k].hasKey("represented") && k + 1 < joinRange.upperBound && doc.tokens[k + 1].hasKey("by") }),
                    persons(in: by + 2..<joinRange.upperBound).isEmpty
                {
                    joining.append(delegation)
                }
                // ("Ethiopia and South Sudan were also represented at the talks": each. So are those
                // "represented by vice-presidents or ministers", envoys the story does not name.)
                for k in joinRange where k + 1 < joinRange.upperBound && doc.tokens[k].hasKey("represented")
                    && (doc.tokens[k + 1].hasKey("at") || doc.tokens[k + 1].hasKey("by") && persons(in: k + 2..<clauseEnd(k + 2, in: joinRange)).isEmpty)
                {
                    guard let end = representedCountryEnd(k), end > joinRange.lowerBound else { continue }
                    var j = end
                    while j > joinRange.lowerBound, let m = doc.mention(at: j - 1), m.entity >= 0, doc.kind(of: m.entity) == .country {
                        if !joining.contains(m.entity) { joining.append(m.entity) }
                        j = m.tokens.lowerBound
                        if j > joinRange.lowerBound, doc.tokens[j - 1].hasKey("and") || doc.tokens[j - 1].hasKey(",") { j -= 1 }
                    }
                }
                // "attended by X, and on the Iranian side by Y": the side phrase covers only who follows it;
                // who comes before sits on the other side.
                let sideWord = delegation == nil ? nil : joinRange.first { k in
                    doc.tokens[k].hasKey("side") && k >= joinRange.lowerBound + 3 && doc.tokens[k - 3].hasKey("on") && doc.tokens[k - 2].hasKey("the")
                }
                for p in joining where !events[c].participants.contains(p) {
                    if let sideWord, let first = doc.mentionIndices(in: joinRange).first(where: { doc.mentions[$0].entity == p }), doc.mentions[first].tokens.lowerBound < sideWord {
                        events[c].participants.append(p)
                        events[c].joined[p] = s
                        if !events[c].sides.isEmpty { events[c].sides[p] = 1 - hostSide }
                        continue
                    }
                    // A joiner from a country already taking part sits on that country's side ("The
                    // talks were also attended by the two foreign ministers").
                    let country = doc.entities[p].affiliations.first { doc.kind(of: $0) == .country }
                    let compatriot = country.flatMap { country in events[c].participants.first { doc.entities[$0].affiliations.contains(country) && events[c].sides[$0] != nil } }
                    events[c].participants.append(p)
                    events[c].joined[p] = s
                    // "joined the two presidents for a three-way meeting": a side of their own, who met both
                    // (so does the outgoing chair, who hands over to the host).
                    if joinsThose, compatriot == nil { continue }
                    if p == outgoingChair { continue }
                    if !events[c].sides.isEmpty { events[c].sides[p] = delegation == nil ? compatriot.flatMap { events[c].sides[$0] } ?? hostSide : hostSide }
                    if let delegation, !doc.entities[p].affiliations.contains(where: { doc.kind(of: $0) == .country }) {
                        doc.entities[p].addAffiliation(delegation)
                    }
                }
            }
            coreference.group = events[c].participants.filter { doc.kind(of: $0) == .person }
        }
        // "The agreement was signed by A and B, in the presence of C": a signing ceremony, at
        // which the signers and the witnesses met (not "the 1998 declaration signed by A and B",
        // a past document named in passing).
        // ("The agreement was signed in Abu Dhabi by A and B", "at the presidential residence by":
        // where and when may come between the verb and its agents.)
        if !handled, let (signed, by) = passiveSigning(in: range), !isPlanned(signed, in: range) {
            // "..., while the MoU on maritime security was signed by C and D": another signing.
            var signersEnd = range.upperBound
            if let next = (by + 1..<range.upperBound).first(where: { doc.tokens[$0].hasKey("while") || doc.tokens[$0].hasKey(";") || doc.tokens[$0].hasKey("signed") }) { signersEnd = next }
            /// The persons named in `tokens`, each once, but those in `excluded`.
            func personsNamed(in tokens: Range<Int>, excluding excluded: [Int] = []) -> [Int] {
                var result: [Int] = []
                for m in doc.mentions(in: tokens) {
                    let entity = doc.mentions[m].entity
                    if entity >= 0, doc.kind(of: entity) == .person, !result.contains(entity), !excluded.contains(entity) { result.append(entity) }
                }
                return result
            }
            var signers = personsNamed(in: by + 1..<signersEnd)
            // "..., in the presence of the two heads of state": the two told before were there.
            if signers.count >= 2, coreference.group.count == 2,
                let presence = (by + 1..<signersEnd).first(where: { doc.tokens[$0].hasKey("presence") }),
                presence + 4 < signersEnd, doc.tokens[presence + 1].hasKey("of"), doc.tokens[presence + 2].hasKey("the"), doc.tokens[presence + 3].hasKey("two")
            {
                for p in coreference.group where !signers.contains(p) { signers.append(p) }
            }
            if signers.count >= 2 {
                startEvent(signers, sentence: s, date: date, cameo: "057")
                // The second signing of the sentence: its own pair.
                if signersEnd < range.upperBound, let again = (signersEnd..<range.upperBound - 1).first(where: { doc.tokens[$0].hasKey("signed") && doc.tokens[$0 + 1].hasKey("by") }) {
                    let second = personsNamed(in: again + 2..<range.upperBound, excluding: signers)
                    if second.count >= 2 { startEvent(second, sentence: s, date: date, cameo: "057") }
                }
                // The signers of a ceremony told in passing are not "the two ministers" of the story.
                if coreference.group.count < 2 { coreference.group = signers }
                return
            }
        }
        // "Albares and his Colombian counterpart, Murillo, on Monday signed a memorandum": officials
        // of two countries who sign together meet, as at a ceremony told in the passive above.
        // ("..., as the Turkish leader made his first visit to Greece": a visit of the same sentence
        // names one party; the signers met.)
        if !handled || !paired,
            let signed = range.first(where: { k in
                doc.tokens[k].hasKey("signed") || doc.tokens[k].hasKey("signs")
                    // "put their names to the documents".
                    || doc.tokens[k].hasKey("put") && k + 2 < range.upperBound && doc.tokens[k + 1].hasKey("their") && (doc.tokens[k + 2].hasKey("names") || doc.tokens[k + 2].hasKey("signatures"))
            }),
            signed > range.lowerBound, !doc.tokens[signed - 1].hasKey("was"), !doc.tokens[signed - 1].hasKey("were"), !doc.tokens[signed - 1].hasKey("be"),
            !doc.tokens[signed - 1].hasKey("had"), !isPlanned(signed, in: range), !isPlannedAfter(signed + 1, in: range),
            var signers = signingParties(before: signed, in: range), signers.count >= 2,
            // (At the meeting told before, the signing is that meeting's, unless "together with" names a newcomer.)
            current.map({ c in
                events[c].isPlanned || !paired && events[c].sentence == s
                    || signers.count == 2 && !events[c].participants.contains(signers[1]) && doc.tokens[signed + 1..<range.upperBound].contains(where: { $0.hasKey("together") })
            }) ?? true,
            // (A signer whose country the dateline gives later may be of another country; two of one
            // country are not linked in the end.)
            signers.compactMap { p in doc.entities[p].affiliations.first { doc.kind(of: $0) == .country } }.distinctCount >= 2
                || signers.contains(where: { p in !doc.entities[p].affiliations.contains { doc.kind(of: $0) == .country } })
        {
            // "..., with Trump signing as a witness", "with Prime Minister Marape looking on": the witness was there too.
            for w in signed + 1..<range.upperBound where doc.tokens[w].hasKey("witness") || doc.tokens[w].hasKey("witnesses")
                || (doc.tokens[w].hasKey("looking") || doc.tokens[w].hasKey("looked")) && w + 1 < range.upperBound && doc.tokens[w + 1].hasKey("on")
            {
                for p in persons(in: max(signed + 1, w - 6)..<w) where !signers.contains(p) { signers.append(p) }
            }
            startEvent(signers, sentence: s, date: date, cameo: "057")
            coreference.group = signers
            return
        }
        // "A and his counterpart B signed a memorandum" at the meeting told before: both took part.
        if !handled, let c = current, !events[c].isPlanned, range.contains(where: { doc.has($0, .sign) }),
            let group = coordinatedPersons(in: range, allowingCountries: true), group.count >= 2, !group.isContained(in: events[c].participants)
        {
            let hostSide = events[c].participants.first.flatMap { events[c].sides[$0] } ?? 0
            for p in group where !events[c].participants.contains(p) {
                events[c].participants.append(p)
                events[c].joined[p] = s
                if !events[c].sides.isEmpty { events[c].sides[p] = hostSide }
            }
        }
        if let c = current, events[c].date == nil, date != nil, refersToMeeting(range) { events[c].date = date }
        // Before any meeting, "A and his Solomon Islands counterpart B signed ..." makes
        // A and B the group that a later "the two leaders met" names.
        // A group of one (a planned meeting's speaker) names no "two leaders".
        if current.map({ events[$0].isPlanned }) ?? true, coreference.group.count < 2, let group = coordinatedPersons(in: range, allowingCountries: true), group.count >= 2 {
            coreference.group = group
        }
    }

    /// Starts a meeting that took place, of `participants` without sides, as the current one.
    private func startEvent(_ participants: [Int], sentence s: Int, date: String?, cameo: String) {
        var event = Event(isPlanned: false, sentence: s, date: date, cameo: cameo)
        event.participants = participants
        event.sentences = [s]
        events.append(event)
        current = events.count - 1
    }

    /// A speaker saying "we discussed" or "we met" took part in the current meeting.
    func addFirstPersonParticipant(_ speaker: Int, quote: Range<Int>) {
        guard let c = current, !events[c].isPlanned, doc.kind(of: speaker) == .person else { return }
        var t = quote.lowerBound
        while t + 1 < quote.upperBound {
            if doc.tokens[t].hasKey("we"),
                (t + 1..<min(quote.upperBound, t + 12)).contains(where: { (doc.tokens[$0].hasKey("discussed") || doc.tokens[$0].hasKey("met") || doc.tokens[$0].hasKey("held") || doc.tokens[$0].hasKey("talked") || doc.tokens[$0].hasKey("exchanged")) })
            {
                if !events[c].participants.contains(speaker) { events[c].participants.append(speaker) }
                return
            }
            if doc.tokens[t].hasKey("i"), doc.tokens[t + 1].hasKey("visited") {
                for place in places(in: t + 2..<min(quote.upperBound, t + 8)) {
                    let s = Int(doc.sentenceOfToken[t])
                    events.append(Event(participants: [], visits: [Visit(visitor: speaker, place: place, sentence: s, cameo: "042")], isPlanned: false, sentence: s, date: nil, cameo: "042"))
                }
            }
            t += 1
        }
    }

    /// The countries each visitor went to (or is to go to), for affiliation look-ups: a visitor
    /// is not of the country visited.
    func visitedCountries() -> [Int: Set<Int>] {
        var result: [Int: Set<Int>] = [:]
        // (Events read in place, here and below: iterating the list copied each event,
        // retaining every array it holds.)
        for i in events.indices {
            for visit in events[i].visits where doc.kind(of: visit.place) == .country { result[visit.visitor, default: []].insert(visit.place) }
        }
        return result
    }

    /// The pairs that met, for affiliation look-ups.
    func partnerPairs() -> [(Int, Int)] {
        // Later attendees ("X also took part") may come from either side: no partners yet.
        var result: [(Int, Int)] = []
        for i in events.indices where !events[i].isPlanned {
            for pair in pairs(events[i]) where events[i].joined[pair.0] == nil && events[i].joined[pair.1] == nil { result.append(pair) }
        }
        return result
    }

    /// Adds the meetings found to the document's relations.
    func finish() {
        var metCountries: [Int: Set<Int>] = [:]  // visitor → countries of the hosts met
        // "Foreign Ministers of Uzbekistan and Türkiye hold telephone conversation": a headline's
        // countries stand for the officials the story names, not for a meeting of their own.
        // (A handful: an array, filled in place rather than through copies of the events.)
        var personCountries: [Int] = []
        for i in events.indices where !events[i].isPlanned {
            for p in events[i].participants where doc.kind(of: p) == .person {
                for c in doc.entities[p].affiliations where doc.kind(of: c) == .country && !personCountries.contains(c) { personCountries.append(c) }
            }
        }
        // "The top nuclear envoys of South Korea, the United States and Japan held phone talks ... Lee
        // discussed the launch with Pak and Namazu": so do countries for envoys named right after.
        let retold = events.indices.filter { i in
            guard !events[i].participants.isEmpty, events[i].participants.allSatisfy({ doc.kind(of: $0) == .country }) else { return false }
            if doc.sentences[events[i].sentence].isHeadline { return events[i].participants.allSatisfy { personCountries.contains($0) } }
            return events.indices.contains { j in
                j > i && !events[j].isPlanned && events[j].sentence <= events[i].sentence + 2
                    && events[i].participants.allSatisfy { c in
                        events[j].participants.contains { p in doc.kind(of: p) == .person && doc.entities[p].affiliations.contains(c) }
                    }
            }
        }
        for (index, event) in events.enumerated() where !event.isPlanned && !retold.contains(index) {
            // "Wong has met her counterparts from the United States, India and Japan ... Kamikawa hosted
            // the meeting, which brought together Blinken, Jaishankar and Wong": the meeting told again
            // names the officials the countries stood for.
            let namedElsewhere = event.participants.filter { c in
                doc.kind(of: c) == .country && events.indices.contains { other in
                    other != index && !events[other].isPlanned
                        && events[other].participants.contains { p in doc.kind(of: p) == .person && event.participants.contains(p) }
                        && events[other].participants.contains { p in doc.kind(of: p) == .person && doc.entities[p].affiliations.contains(c) }
                }
            }
            for (a, b) in pairs(event) where !namedElsewhere.contains(a) && !namedElsewhere.contains(b) {
                let sentence = max(event.joined[a] ?? event.sentence, event.joined[b] ?? event.sentence)
                doc.addRelation(.meeting, a, b, sentence: sentence, cameo: event.cameo, date: event.date)
                // (Each way, without an array of the two pairs per pair.)
                for c in doc.entities[b].affiliations where doc.kind(of: c) == .country { metCountries[a, default: []].insert(c) }
                for c in doc.entities[a].affiliations where doc.kind(of: c) == .country { metCountries[b, default: []].insert(c) }
            }
        }
        for i in events.indices where !events[i].isPlanned {
            for visit in events[i].visits where visit.visitor != visit.place {
                if doc.kind(of: visit.place) == .country, metCountries[visit.visitor]?.contains(visit.place) ?? false { continue }
                if doc.entities[visit.visitor].affiliations.contains(visit.place) { continue }
                doc.addRelation(.meeting, visit.visitor, visit.place, sentence: visit.sentence, cameo: visit.cameo, date: events[i].date)
            }
        }
    }

    /// Every pair of participants from different sides; in a meeting without sides
    /// ("A and B held talks", a summit), every pair not from the same country.
    private func pairs(_ event: Event) -> [(Int, Int)] {
        // Affiliations read in place rather than gathered into sets: this runs for every pair
        // of every meeting.
        func hasCountry(_ e: Int) -> Bool { doc.entities[e].affiliations.contains { doc.kind(of: $0) == .country } }
        /// Whether `a` and `b` are affiliated with a common country.
        func shareCountry(_ a: Int, _ b: Int) -> Bool {
            doc.entities[a].affiliations.contains { doc.kind(of: $0) == .country && doc.entities[b].affiliations.contains($0) }
        }
        // A country stands for its leader only where no one from it is named ("Unnamed leaders
        // at a summit are represented by their countries").
        // (Whether a person of the meeting is affiliated with country `c`, tested in place: the
        // list of their countries was built for every meeting.)
        func isRepresented(_ c: Int) -> Bool {
            event.participants.contains { p in
                doc.kind(of: p) == .person && doc.entities[p].affiliations.contains { $0 == c && doc.kind(of: $0) == .country }
            }
        }
        let participants = event.participants.filter { doc.kind(of: $0) != .country || !isRepresented($0) }
        if event.isCredentials {
            // "received credentials from the ambassadors of Hungary and Chile ... Receiving Hungarian
            // Ambassador Bálint Pethő": the country's envoy, once the story names them.
            let envoys = participants.map { p in
                guard doc.kind(of: p) == .country else { return p }
                let named = doc.entities.indices.filter { e in
                    doc.entities[e].kind == .person && doc.entities[e].affiliations.contains(p)
                        && doc.entities[e].role.contains { $0.lowercased().contains("ambassador") }
                }
                return named.count == 1 && !event.participants.contains(named[0]) ? named[0] : p
            }
            // Each envoy met the host alone.
            let host = envoys.first { event.sides[$0] == 0 } ?? envoys.first
            return envoys.compactMap { p in host.flatMap { $0 == p ? nil : ($0, p) } }
        }
        let sided = event.sides.hasTwoDistinctValues
        var result: [(Int, Int)] = []
        result.reserveCapacity(participants.count * (participants.count - 1) / 2)
        for i in participants.indices {
            for j in participants.indices where j > i {
                let a = participants[i], b = participants[j]
                if a == b { continue }
                if sided, event.isSeparate || event.separateMembers.contains(a) && event.separateMembers.contains(b), event.sides[a] == event.sides[b] { continue }
                // Two countries standing for their unnamed leaders ("where the leaders of the
                // United States, France and Japan gathered") met each other, whichever side.
                let bothCountries = doc.kind(of: a) == .country && doc.kind(of: b) == .country
                if sided, !bothCountries, let sa = event.sides[a], let sb = event.sides[b], sa == sb {
                    if !hasCountry(a) || !hasCountry(b) || shareCountry(a, b) { continue }
                }
                if doc.kind(of: a) == .person && doc.kind(of: b) == .person {
                    if shareCountry(a, b) { continue }
                    // Two officials of one organization and of no country are one side.
                    if !hasCountry(a), !hasCountry(b), doc.entities[a].affiliations.contains(where: doc.entities[b].affiliations.contains) { continue }
                }
                result.append((a, b))
            }
        }
        return result
    }

    struct Trigger {
        var start: Int
        var end: Int
        var cameo: String
        var isVisit = false
        /// "summit between A and B": the parties are only those after "between".
        var between = false
        /// A verb that reports a meeting even without named parties ("leaders met").
        var createsEvent = false
        /// "their talks": the parties are the persons the sentence coordinates.
        var coordinated = false
        /// "a joint press conference": no host and guest sides.
        var symmetric = false
        /// "..., visiting China and Peru in his first weeks": only places are visited
        /// ("his" is no participant).
        var placesOnly = false
        /// "a quadrilateral meeting hosted by Egypt": only who follows "by" takes part, not
        /// the sentence's subjects (who met on its sidelines).
        var partiesAfterOnly = false
    }

    private static let eventNouns: KeySet = [
        "talks", "meeting", "meetings", "call", "conversation", "discussions", "consultations", "summit",
        "dinner", "negotiations", "conference", "videoconference", "teleconference", "interaction", "session", "sessions", "retreat",
        "deliberations",
    ]
    private static let eventNounsForumCabinet = eventNouns.union(["forum", "cabinet"])
    /// The words at which a rule of `joinsCurrent` starts (each rule tests its token for one of them;
    /// `Lexicon.WordClass.joinStart`).
    static let joinWords = [
        "attended", "joined", "accompanied", "represented", "delegations", "delegation", "hosted", "chaired", "moderated",
        "convened", "part", "attendees", "participants", "presidency", "chairmanship", "sent", "joining", "were", "brought",
        "participation", "presented", "addressed", "addressing", "sat", "facilitated", "brokered", "mediated", "led", "headed",
        "received", "took", "taking", "take", "takes", "participated", "present", "arrived", "gathered", "attendance", "briefed", "handed",
        "told",
    ]
    /// Who a country sends to a gathering: "sent a representative", "sent ministers".
    private static let envoyNouns: KeySet = ["representative", "representatives", "envoy", "envoys", "minister", "ministers", "delegation", "delegations", "officials"]
    /// Words of a list of attendees told after its verb: "Taking part were", "Around the table
    /// were", "Present were", "Attending were".
    private static let attendanceWords: KeySet = ["part", "table", "present", "attending", "participating"]
    /// Words for whom a host receives: "received a delegation", "received him", "received a call".
    private static let guestWords: KeySet = [
        "him", "her", "them", "call", "calls", "delegation", "delegations", "credentials", "credence", "guests", "guest",
        "visitors", "visitor", "envoy", "envoys", "participants", "counterpart", "counterparts", "phone", "telephone", "letters",
    ]
    /// What an outgoing chair hands over: "handed over the gavel".
    private static let chairNouns: KeySet = ["chair", "chairmanship", "chairship", "presidency", "gavel", "baton"]
    /// Who sits at a gathering: "briefed the heads of state", "the leaders".
    private static let gatheredNouns: KeySet = ["heads", "leaders", "ministers", "participants", "delegates", "delegations", "presidents"]
    /// Verbs of a subject going to a gathering: "headed the delegation to the summit", "attended".
    private static let attendanceVerbs: KeySet = ["headed", "led", "attended", "participated", "joined", "arrived"]

    // The word sets of `trigger` with more than four words or a long one: made once here, where
    // a literal in the call made its set (an array, a hashed set, a table) at every call.
    private static let honourNouns: KeySet = ["presidency", "chairmanship", "award", "prize", "medal", "degree", "honour", "honor"]
    private static let guestNouns: KeySet = ["credentials", "credence", "delegation", "delegations"]
    private static let hostedGatheringNouns: KeySet = ["summit", "meeting", "session", "conference", "forum", "retreat"]
    private static let joinedGatheringNouns: KeySet = ["call", "meeting", "talks", "conference", "summit"]
    private static let hostedEventNouns: KeySet = ["dinner", "meeting", "talks", "summit", "reception", "banquet", "session", "conference"]

    /// A meeting trigger starting at `t`.
    func trigger(at t: Int, in range: Range<Int>) -> Trigger? {
        // Every trigger word is a meeting verb or an event noun: most tokens stop here.
        guard doc.has(t, .meeting) || doc.has(t, .event) else { return nil }
        let token = doc.tokens[t]
        guard token.isWord else { return nil }
        let key = token.key
        let next = t + 1 < range.upperBound ? doc.tokens[t + 1].key : ""
        func followed(by words: KeySet, within n: Int) -> Int? {
            var k = t + 1
            while k < min(range.upperBound, t + 1 + n) {
                if words.contains(doc.tokens[k]) { return k }
                k += 1
            }
            return nil
        }
        switch token {
        case "met", "meet", "meets":
            // "Aliyev and Pashinyan met in a five-way format with Macron, Scholz and Michel": one table,
            // each with each.
            let multiway = (t + 1..<min(range.upperBound, t + 6)).contains { k in
                doc.tokens[k].hasKey("trilateral") || doc.tokens[k].hasKey("quadrilateral")
                    || doc.tokens[k].hasKey("way") && k >= 2 && doc.tokens[k - 1].hasKey("-") && Self.wayCounts.contains(doc.tokens[k - 2])
            }
            return Trigger(start: t, end: next == "with" ? t + 2 : t + 1, cameo: "040", createsEvent: true, symmetric: multiway)
        case "alongside":
            // "Trump told reporters in the Oval Office alongside NATO Secretary General Mark Rutte",
            // "Maas, speaking alongside Wang in Berlin": an appearance together.
            guard personNamed(after: t, in: range) != nil,
                (max(range.lowerBound, t - 8)..<t).contains(where: { doc.has($0, .speech) && !doc.tokens[$0].isCapitalized || doc.tokens[$0].hasKey("speaking") || doc.tokens[$0].hasKey("appeared") })
            else { return nil }
            return Trigger(start: t, end: t + 1, cameo: "040")
        case "sat", "sits":
            // "sat at the table with A, B and C", "sat down with".
            // "sat at the same table as A, B and C": all of them around one table, each with each.
            guard let with = followed(by: ["with", "as"], within: 5),
                (t + 1..<with).allSatisfy({ doc.tokens[$0].hasKey("down") || doc.tokens[$0].hasKey("at") || doc.tokens[$0].hasKey("the") || doc.tokens[$0].hasKey("table") || doc.tokens[$0].hasKey("together") || doc.tokens[$0].hasKey("same") })
            else { return nil }
            if doc.tokens[with].hasKey("as") {
                guard doc.tokens[with - 1].hasKey("table"), with >= t + 3, doc.tokens[with - 2].hasKey("same") else { return nil }
                return Trigger(start: t, end: with + 1, cameo: "040", createsEvent: true, symmetric: true)
            }
            return Trigger(start: t, end: with + 1, cameo: "040", createsEvent: true)
        case "appearance" where (max(range.lowerBound, t - 3)..<t).contains(where: { doc.tokens[$0].hasKey("joint") }):
            // "A, B and C unveiled the pact in a joint virtual appearance": the coordinated persons met.
            return Trigger(start: t, end: t + 1, cameo: "040", coordinated: true, symmetric: true)
        case "embraced", "embraces", "hugged":
            // "Modi embraced Assoumani as leaders applauded": the two were together.
            // (Not "embraced the idea": a person must follow.)
            guard personNamed(after: t, in: range) != nil else { return nil }
            return Trigger(start: t, end: t + 1, cameo: "040", symmetric: true)
        case "greeted", "greets":
            // "Berdimuhamedov greeted President Aliyev and President Erdoğan at the Congress Centre":
            // a host receiving guests (not "greeted the decision": a person must follow).
            guard personNamed(after: t, in: range) != nil else { return nil }
            return Trigger(start: t, end: t + 1, cameo: "043")
        case "shook" where next == "hands":
            // "Xi shook hands with Biden", "The two leaders shook hands".
            if t + 2 < range.upperBound, doc.tokens[t + 2].hasKey("with") { return Trigger(start: t, end: t + 3, cameo: "040", symmetric: true) }
            return Trigger(start: t, end: t + 2, cameo: "040", coordinated: true, symmetric: true)
        case "called" where doc.isCourtesyCall(t), "calls" where doc.isCourtesyCall(t):
            // "Sabry also called on Prime Minister Modi": a courtesy visit.
            return Trigger(start: t, end: t + 2, cameo: "042")
        case "call" where t > range.lowerBound && doc.tokens[t - 1].hasKey("courtesy") && doc.isCourtesyCall(t):
            // "paid a courtesy call on President Marcos".
            return Trigger(start: t, end: t + 2, cameo: "042")
        case "conversations" where next == "with", "meetings" where next == "with":
            // "Biden's conversations with Morrison and Moon": one with each (see `isSeparate`).
            return Trigger(start: t, end: t + 2, cameo: "040")
        case "meeting", "talks", "call", "conversation", "summit", "conference", "interaction":
            if next == "with" {
                let joint = (max(range.lowerBound, t - 4)..<t).contains { doc.tokens[$0].hasKey("joint") }
                return Trigger(start: t, end: t + 2, cameo: key == "call" ? "041" : "040", symmetric: joint)
            }
            if next == "between" { return Trigger(start: t, end: t + 2, cameo: "040", between: true) }
            // "talks in Geneva last month between Bessent and He Lifeng".
            if let k = followed(by: ["between"], within: 6),
                !(t + 1..<k).contains(where: { doc.has($0, .speech) || doc.has($0, .meeting) || doc.has($0, .copula) || doc.tokens[$0].hasKey(",") || (doc.mention(at: $0).map { $0.entity >= 0 && doc.kind(of: $0.entity) == .person } ?? false) })
            {
                return Trigger(start: t, end: k + 1, cameo: "040", between: true)
            }
            // "The phone call was the first between the two leaders since ...".
            if t + 4 < range.upperBound, doc.tokens[t + 1].hasKey("was"), doc.tokens[t + 2].hasKey("the"), doc.tokens[t + 3].hasKey("first"), doc.tokens[t + 4].hasKey("between") {
                return Trigger(start: t, end: t + 5, cameo: key == "call" ? "041" : "040", between: true)
            }
            // "talks in Moscow with X", "a meeting on Monday with X", "a meeting at the alliance's
            // headquarters with X" (not "the call followed Biden's conversations with X": another
            // noun's object).
            if let k = followed(by: ["with"], within: 7),
                !(t + 1..<k).contains(where: { doc.has($0, .speech) || doc.has($0, .meeting) || doc.has($0, .copula) || doc.tokens[$0].hasKey(",") || doc.has($0, .event) && isGatheringNoun($0) || doc.tokens[$0].hasKey("conversations") })
            {
                return Trigger(start: t, end: k + 1, cameo: key == "call" ? "041" : "040")
            }
            // "A and B agreed ..., after face-to-face talks at the airport": the coordinated persons met.
            if key == "talks" || key == "meeting", let after = (max(range.lowerBound, t - 7)..<t).last(where: { doc.tokens[$0].hasKey("after") || doc.tokens[$0].hasKey("following") }),
                (after + 1..<t).allSatisfy({ !doc.tokens[$0].hasKey(",") && doc.mention(at: $0) == nil }), (after + 1..<t).contains(where: { doc.tokens[$0].hasKey("face") || doc.tokens[$0].hasKey("direct") || doc.tokens[$0].hasKey("bilateral") || doc.tokens[$0].hasKey("lengthy") || doc.tokens[$0].hasKey("closed") }) || after + 1 == t,
                let group = coordinatedPersons(in: range.lowerBound..<after, allowingCountries: true), group.count >= 2
            {
                return Trigger(start: t, end: t + 1, cameo: "040", coordinated: true)
            }
            // "Arce and his Brazilian counterpart, Lula, sealed a package of agreements at the end of a
            // meeting in Santa Cruz": the coordinated persons met.
            if key == "talks" || key == "meeting", t >= range.lowerBound + 3, doc.tokens[t - 2].hasKey("of"),
                doc.tokens[t - 3].hasKey("end") || doc.tokens[t - 3].hasKey("close") || doc.tokens[t - 3].hasKey("conclusion"),
                doc.tokens[t - 1].hasKey("a") || doc.tokens[t - 1].hasKey("the") || doc.tokens[t - 1].hasKey("their"),
                !isPlanned(t, in: range),
                let group = coordinatedPersons(in: range.lowerBound..<t - 3, allowingCountries: true), group.count >= 2
            {
                return Trigger(start: t, end: t + 1, cameo: "040", coordinated: true)
            }
            // "In a bilateral meeting at Parliament House, Marcos and Albanese witnessed ...": the
            // persons coordinated after the opening phrase met.
            // (The sentence's first words after a dateline.)
            if key == "talks" || key == "meeting", let opening = range.first(where: { !doc.tokens[$0].flags.contains(.excluded) }), t - opening <= 4,
                doc.tokens[opening].hasKey("in") || doc.tokens[opening].hasKey("at") || doc.tokens[opening].hasKey("during"),
                let comma = (t + 1..<min(range.upperBound, t + 10)).first(where: { doc.tokens[$0].hasKey(",") }),
                persons(in: range.lowerBound..<comma).isEmpty, !isPlanned(t, in: range),
                let group = coordinatedPersons(in: comma + 1..<range.upperBound), group.count >= 2,
                doc.mentionIndices(in: comma + 1..<range.upperBound).first.map({ doc.mentions[$0].entity == group[0] }) ?? false
            {
                return Trigger(start: t, end: t + 1, cameo: "040", coordinated: true)
            }
            // "their 20-minute telephone talks", "a joint press conference".
            var k = t - 1
            while k >= max(range.lowerBound, t - 6) {
                let keyCode = doc.tokens[k].code
                if keyCode == Token.code("their") { return Trigger(start: t, end: t + 1, cameo: "040", coordinated: true) }
                if keyCode == Token.code("joint") { return Trigger(start: t, end: t + 1, cameo: "040", symmetric: true) }
                if doc.has(k, .speech) || doc.has(k, .meeting) || keyCode == Token.code(",") { break }
                k -= 1
            }
            return nil
        case "held", "hold", "holds", "holding", "opened", "convened", "began", "begin", "begins", "started", "resumed", "concluded":
            if let k = followed(by: Self.eventNouns, within: 8) {
                if k + 1 < range.upperBound, doc.tokens[k + 1].hasKey("with") { return Trigger(start: t, end: k + 2, cameo: "040") }
                // "The Council held its 160th session", "leaders opened their annual meeting":
                // a gathering without host and guest sides; its participants may be named later.
                let gathering = (doc.tokens[k].hasKey("session") || doc.tokens[k].hasKey("summit") || doc.tokens[k].hasKey("meeting") || doc.tokens[k].hasKey("conference")) && !(t + 1..<k).contains { doc.tokens[$0].hasKey("talks") }
                return Trigger(start: t, end: k + 1, cameo: "040", createsEvent: gathering, symmetric: gathering)
            }
            // "An informal summit of the Organization of Turkic States was held in Shusha":
            // a gathering whose chair may be named here and participants later.
            if key == "held" || key == "convened", next != "by", isPassiveGathering(t, in: range) {
                return Trigger(start: t, end: t + 1, cameo: "040", createsEvent: true, symmetric: true)
            }
            // "assumed the chairmanship ... at the 44th Ordinary Summit of Heads of State and Government
            // held at the new Parliament building": the subject took part in the gathering.
            if key == "held", next == "at" || next == "in" || next == "on",
                let g = (max(range.lowerBound, t - 14)..<t).last(where: { isGatheringNoun($0) }),
                (max(range.lowerBound, g - 8)..<g).contains(where: { doc.tokens[$0].hasKey("at") }),
                !isPlanned(g, in: range)
            {
                return Trigger(start: t, end: t + 1, cameo: "040", createsEvent: true, symmetric: true)
            }
            if !["held", "hold", "holds", "holding"].contains(key) { return nil }
            if next == "by", t > range.lowerBound {
                return Trigger(start: t, end: t + 2, cameo: "043")
            }
            return nil
        case "took":
            // "The talks took place in Ankara."
            if next == "place", isPassiveGathering(t, in: range) {
                return Trigger(start: t, end: t + 2, cameo: "040", createsEvent: true, symmetric: true)
            }
            // "a Latin American tour that took Lavrov to Brazil, Venezuela and Nicaragua".
            if t > range.lowerBound + 2, (max(range.lowerBound, t - 4)..<t).contains(where: { doc.tokens[$0].hasKey("tour") || doc.tokens[$0].hasKey("trip") }),
                let m = doc.mention(at: t + 1), m.entity >= 0, doc.kind(of: m.entity) == .person,
                m.tokens.upperBound < range.upperBound, doc.tokens[m.tokens.upperBound].hasKey("to")
            {
                return Trigger(start: t, end: t + 1, cameo: "042", isVisit: true, placesOnly: true)
            }
            return nil
        case "talked", "talking", "spoke", "spoken", "speaking", "consulted", "consulting", "conferred", "negotiated", "phoned":
            if next == "with" || next == "to" { return Trigger(start: t, end: t + 2, cameo: key == "phoned" ? "041" : "040") }
            // "Rubio and Lavrov spoke by phone on Monday": the coordinated subjects.
            if ["by", "over"].contains(next), t + 2 < range.upperBound, doc.tokens[t + 2].hasKey("phone") || doc.tokens[t + 2].hasKey("telephone"),
                followed(by: ["with", "to"], within: 4) == nil
            {
                return Trigger(start: t, end: t + 3, cameo: "041", coordinated: true)
            }
            // "spoke by phone with", "talked over the telephone to".
            if ["by", "over", "on"].contains(next), let k = followed(by: ["with", "to"], within: 4),
                (t + 1..<k).contains(where: { (doc.tokens[$0].hasKey("phone") || doc.tokens[$0].hasKey("telephone") || doc.tokens[$0].hasKey("video") || doc.tokens[$0].hasKey("videoconference") || doc.tokens[$0].hasKey("videolink")) })
            {
                return Trigger(start: t, end: k + 1, cameo: "041")
            }
            if key == "phoned" { return Trigger(start: t, end: t + 1, cameo: "041") }
            // "Araghchi and Witkoff then spoke directly for several minutes": the coordinated subjects.
            if key == "spoke" || key == "talked", ["directly", "privately", "briefly", "informally"].contains(next) {
                return Trigger(start: t, end: t + 2, cameo: "040", coordinated: true)
            }
            return nil
        case "discussed", "discusses", "discuss", "discussing":
            if let k = followed(by: ["with"], within: 12) { return Trigger(start: t, end: k + 1, cameo: "040") }
            // "They discussed the visit of Prime Minister X": who follows is the topic, not a party.
            return Trigger(start: t, end: t + 1, cameo: "040", placesOnly: true)
        case "exchanged", "exchange", "exchanging":
            if next == "views" || next == "opinions" { return Trigger(start: t, end: t + 2, cameo: "040") }
            return nil
        case "chaired" where next == "by", "hosted" where next == "by", "presided" where next == "by":
            // "at the meeting of the SCO Council of Heads of State chaired by President Tokayev": a
            // gathering of its own with its chair, unless it is the current one told again.
            // (A meeting only planned before is no current one: "agreed to a meeting ... The assembly
            // was chaired by ...".)
            if isPassiveGathering(t, in: range), current.map({ events[$0].isPlanned }) ?? true || introducedGathering(in: range) != nil {
                // "A and B agreed ..., following talks hosted by C": the subjects took part.
                // "X headed Kuwait's delegation to the first summit ..., hosted by Y": so did a subject
                // who went to it.
                let subjectsTookPart = (max(range.lowerBound, t - 3)..<t).contains { doc.tokens[$0].hasKey("following") || doc.tokens[$0].hasKey("after") }
                    || (range.lowerBound..<t).contains { Self.attendanceVerbs.contains(doc.tokens[$0]) }
                return Trigger(start: t, end: t + 2, cameo: "040", createsEvent: true, symmetric: true, partiesAfterOnly: !subjectsTookPart)
            }
            return nil
        case "brought" where next == "together":
            // "President Lula on Tuesday brought together the leaders of the other eleven South American
            // countries for talks": a gathering the subject held, whose participants may be named later.
            // (Not "the summit hosted by X brought together ...": the gathering told by its noun.)
            guard persons(in: range.lowerBound..<t, subjectsOnly: true).count == 1,
                !(range.lowerBound..<t).contains(where: { isGatheringNoun($0) || doc.tokens[$0].hasKey("hosted") || doc.tokens[$0].hasKey("chaired") }),
                !isPlanned(t, in: range)
            else { return nil }
            return Trigger(start: t, end: t + 2, cameo: "040", createsEvent: true, symmetric: true)
        case "presented", "presents", "presenting":
            // "Eric Garcetti presented his credentials to President Droupadi Murmu": the envoy met the
            // head of state (not "presented a report to the council": credentials only).
            guard let credentials = followed(by: ["credentials", "credence"], within: 5),
                let to = (credentials + 1..<min(range.upperBound, credentials + 4)).first(where: { doc.tokens[$0].hasKey("to") }),
                personNamed(after: to, in: range) != nil
            else { return nil }
            return Trigger(start: t, end: to + 1, cameo: "043", createsEvent: true)
        case "welcomed" where doc.isWelcomeOfGuest(t), "welcomes" where doc.isWelcomeOfGuest(t):
            // "Rinkēvičs welcomed his Finnish counterpart Alexander Stubb to Riga Castle".
            return Trigger(start: t, end: t + 1, cameo: "043")
        case "welcoming" where t > range.lowerBound && doc.tokens[t - 1].hasKey(",") && doc.isWelcomeOfGuest(t):
            // "Mirziyoyev hosted the first summit ..., welcoming Costa and von der Leyen to the city".
            return Trigger(start: t, end: t + 1, cameo: "043")
        case "receiving" where t == range.lowerBound, "received", "receives", "receive", "hosted", "hosts", "host":
            // ("Receiving Hungarian Ambassador Bálint Pethő, President Cường said": a guest received.)
            // "who received the rotating presidency", "received an award": a thing received, no guest.
            if followed(by: Self.honourNouns, within: 4) != nil { return nil }
            // "the host of the summit" is a role, not hosting.
            if t > range.lowerBound, (doc.tokens[t - 1].hasKey("the") || doc.tokens[t - 1].hasKey("a") || doc.tokens[t - 1].hasKey("as") || doc.tokens[t - 1].hasKey("its") || doc.tokens[t - 1].hasKey("co")) { return nil }
            // "received the credentials of the new ambassadors", "received a delegation": a
            // meeting whose guests may be named later ("Letters of credence were presented by").
            // "Prime Minister Modi also received the visiting delegations": the gathering's guests,
            // whom `joinsCurrent` joins him to.
            if key == "received", receivesTheGuests(t, in: range) { return nil }
            // "urged the Indian side to receive the report of the Eminent Persons Group": a thing
            // received, no one named or described as a guest.
            if key == "receive" || key == "received" || key == "receives",
                // (What follows "of" belongs to the thing: "the report of the Eminent Persons Group".)
                case let object = t + 1..<((t + 1..<min(range.upperBound, t + 7)).first(where: { doc.tokens[$0].hasKey("of") }) ?? min(range.upperBound, t + 7)),
                !object.contains(where: { k in
                    doc.mention(at: k) != nil || Self.guestWords.contains(doc.tokens[k]) || doc.has(k, .titleHead) || doc.tokens[k].flags.contains(.capitalized)
                })
            {
                return nil
            }
            let guests = followed(by: Self.guestNouns, within: 6) != nil
            // "Lula hosted the meeting in Belém": a gathering whose participants are named later,
            // all on one footing.
            if key == "hosted" || key == "hosts", let k = followed(by: Self.hostedGatheringNouns, within: 7),
                (t + 1..<k).allSatisfy({ doc.mention(at: $0).map { $0.entity < 0 || doc.kind(of: $0.entity) != .person } ?? true })
            {
                return Trigger(start: t, end: k + 1, cameo: "043", createsEvent: true, symmetric: true)
            }
            return Trigger(start: t, end: t + 1, cameo: "043", createsEvent: guests)
        case "visited", "visit", "visits", "visiting":
            if next == "to" { return Trigger(start: t, end: t + 2, cameo: "042", isVisit: true) }
            if key == "visited" { return Trigger(start: t, end: t + 1, cameo: "042", isVisit: true) }
            // "..., visiting China, the United States and Peru": a participle of a visit made
            // (not "the visiting minister").
            if key == "visiting", t > range.lowerBound, doc.tokens[t - 1].hasKey(",") {
                return Trigger(start: t, end: t + 1, cameo: "042", isVisit: true, placesOnly: true)
            }
            return nil
        case "joining", "joined":
            // "Foreign Minister Mohamad Hasan joined his counterparts at the 57th ASEAN Foreign
            // Ministers' Meeting": the subject takes part in a gathering named later in the sentence.
            // ("The Prime Minister joined US President Joe Biden, Japanese Prime Minister Fumio Kishida and
            // Indian Prime Minister Narendra Modi for talks": a longer list of named guests.)
            if key == "joined", t > range.lowerBound, doc.mentionIndices(in: range.lowerBound..<t).contains(where: { doc.mentions[$0].entity >= 0 && doc.kind(of: doc.mentions[$0].entity) == .person })
                || !persons(in: range.lowerBound..<t).isEmpty,
                // (Not "later joined the two presidents for a three-way meeting": the meeting told, see `joinsCurrent`.)
                !joinsThoseMet(t),
                let k = (t + 1..<min(range.upperBound, t + 22)).first(where: isGatheringNoun), k > t + 5, !isPlanned(t, in: range),
                k < t + 13 || doc.mentionIndices(in: t + 1..<k).contains(where: { doc.mentions[$0].entity >= 0 && doc.kind(of: doc.mentions[$0].entity) == .person })
            {
                // "The Prime Minister joined Biden, Kishida and Modi for talks in Hiroshima": those named met.
                let named = doc.mentionIndices(in: t + 1..<k).contains { doc.mentions[$0].entity >= 0 && doc.kind(of: doc.mentions[$0].entity) == .person && doc.mentions[$0].form == .name }
                return Trigger(start: t, end: t + 1, cameo: "040", createsEvent: true, symmetric: true, placesOnly: !named)
            }
            if followed(by: Self.joinedGatheringNouns, within: 5) != nil {
                // "On the Indian side, X and Y joined the talks": later participants of the meeting told.
                if key == "joined", let c = current, !events[c].isPlanned, followed(by: ["talks", "meeting"], within: 3) != nil,
                    (range.lowerBound..<t).contains(where: { doc.tokens[$0].hasKey("side") })
                {
                    return nil
                }
                // "..., while Egyptian Foreign Minister Sameh Shoukry joined the delegation-level talks":
                // the talks told before, which `joinsCurrent` joins him to.
                if key == "joined", let c = current, !events[c].isPlanned, next == "the", followed(by: ["talks"], within: 5) != nil,
                    (range.lowerBound..<t).contains(where: { doc.tokens[$0].hasKey("delegation") })
                {
                    return nil
                }
                return Trigger(start: range.lowerBound, end: t + 1, cameo: "040", symmetric: true)
            }
            return nil
        case "chaired" where t >= range.lowerBound + 2 && doc.tokens[t - 1].hasKey("-") && doc.tokens[t - 2].hasKey("co"),
            "chairing" where t >= range.lowerBound + 2 && doc.tokens[t - 1].hasKey("-") && doc.tokens[t - 2].hasKey("co"):
            // "while co-chairing the seventh China-Australia Strategic Dialogue with Penny Wong".
            if let k = followed(by: ["with"], within: 12), !(t + 1..<k).contains(where: { doc.tokens[$0].hasKey(",") || doc.has($0, .speech) }) {
                return Trigger(start: t - 2, end: k + 1, cameo: "040", symmetric: true)
            }
            // "Masisi and his Namibian counterpart, Dr Hage Geingob, co-chaired the commission".
            return Trigger(start: t - 2, end: t + 1, cameo: "040", coordinated: true)
        case "chaired", "chairing", "presided":
            // "X, who chaired the ASEAN Foreign Ministers' Meeting": the chair takes part;
            // participants named later ("The meeting was attended by ...") join it.
            // ("chaired the third China-Pacific Island Countries Foreign Ministers' Meeting": a long name.)
            if followed(by: Self.eventNounsForumCabinet, within: 12) != nil {
                return Trigger(start: t, end: t + 1, cameo: "040", createsEvent: true)
            }
            // "at talks he chaired in Brussels on Thursday with Billström and Fidan".
            if key == "chaired", t >= range.lowerBound + 2, isGatheringNoun(t - 2), let with = followed(by: ["with"], within: 7),
                !(t + 1..<with).contains(where: { doc.tokens[$0].hasKey(",") || doc.has($0, .speech) || doc.has($0, .meeting) })
            {
                return Trigger(start: t, end: with + 1, cameo: "040")
            }
            return nil
        case "attended", "attend", "attends":
            if let k = followed(by: Self.hostedEventNouns, within: 4) {
                // "attended the meeting of the SCO Council of Foreign Ministers": a gathering whose
                // other attendees may be named later, all on one footing (not "attended talks with X";
                // not "Lee also attended the session", the meeting told before).
                // A gathering introduced as such: "the meeting of ...", "a summit".
                let introduced = k + 1 < range.upperBound && doc.tokens[k + 1].hasKey("of") || doc.tokens[k - 1].hasKey("a") || doc.tokens[k - 1].hasKey("an")
                let gathering = introduced && (doc.tokens[k].hasKey("meeting") || doc.tokens[k].hasKey("summit") || doc.tokens[k].hasKey("session") || doc.tokens[k].hasKey("conference"))
                    && !(k + 1..<clauseEnd(k, in: range)).contains { doc.tokens[$0].hasKey("with") }
                if !gathering, doc.tokens[k].hasKey("session") || doc.tokens[k].hasKey("conference") { return nil }
                return Trigger(start: t, end: t + 1, cameo: "040", createsEvent: gathering, symmetric: gathering)
            }
            return nil
        default:
            return nil
        }
    }

    /// Whether the event noun of a passive clause comes before `t` ("The summit was held",
    /// "talks between the two ministers took place"): the sentence reports a gathering.
    private func isPassiveGathering(_ t: Int, in range: Range<Int>) -> Bool {
        if (doc.tokens[t].hasKey("held") || doc.tokens[t].hasKey("convened") || doc.tokens[t].hasKey("chaired") || doc.tokens[t].hasKey("hosted") || doc.tokens[t].hasKey("presided")) {
            if !doc.tokens[t].hasKey("held") && !doc.tokens[t].hasKey("convened") {
                // ("at a joint summit of the East African Community (EAC) and the Southern African
                // Development Community (SADC) hosted by": two bodies' names between.)
                return (max(range.lowerBound, t - 24)..<t).contains { isGatheringNoun($0) }
            }
            guard t > range.lowerBound, (doc.tokens[t - 1].hasKey("was") || doc.tokens[t - 1].hasKey("were")) else { return false }
        }
        var k = t - 1
        // "An informal summit of the heads of state of the Organization of Turkic States (OTS) was held".
        while k >= max(range.lowerBound, t - 24) {
            let keyCode = doc.tokens[k].code
            if keyCode == Token.code(";") || keyCode == Token.code("said") || keyCode == Token.code("told") { return false }
            if isGatheringNoun(k) { return true }
            k -= 1
        }
        return false
    }

    /// Whether token `t` is a noun that names a gathering of several parties (integer
    /// comparisons: it is asked of many tokens).
    @inline(__always)
    /// The first "was signed" or "were signed" of `range` with the "by" of its agents
    /// (`passiveAgent`).
    private func passiveSigning(in range: Range<Int>) -> (signed: Int, by: Int)? {
        for k in range.lowerBound + 1..<max(range.lowerBound + 1, range.upperBound - 1)
        where doc.tokens[k].hasKey("signed") && (doc.tokens[k - 1].hasKey("was") || doc.tokens[k - 1].hasKey("were")) {
            if let by = passiveAgent(after: k, in: range) { return (k, by) }
        }
        return nil
    }

    /// The "by" that names the agents of the passive verb at `verb`: right after it ("was signed
    /// by"), or after a phrase of place or time that names no person ("was signed in Abu Dhabi
    /// by", "at the Mburuvicha Róga residence by", "on Monday by").
    private func passiveAgent(after verb: Int, in range: Range<Int>) -> Int? {
        guard verb + 1 < range.upperBound else { return nil }
        if doc.tokens[verb + 1].hasKey("by") { return verb + 1 }
        guard doc.tokens[verb + 1].hasKey("in") || doc.tokens[verb + 1].hasKey("at") || doc.tokens[verb + 1].hasKey("on") else { return nil }
        for k in verb + 2..<min(range.upperBound, verb + 10) {
            if doc.tokens[k].hasKey("by") { return k }
            if doc.tokens[k].hasKey(",") || doc.tokens[k].hasKey("and") { return nil }
            if let m = doc.mention(at: k), m.entity >= 0, doc.kind(of: m.entity) == .person { return nil }
        }
        return nil
    }

    private func isGatheringNoun(_ t: Int) -> Bool {
        // Read in place: binding the token copied it (and retained its strings) for every token.
        switch doc.tokens[t].code {
        case Token.code("talks"), Token.code("meeting"), Token.code("summit"), Token.code("session"), Token.code("forum"), Token.code("retreat"), Token.code("ceremony"):
            return true
        case Token.longKey:
            return doc.tokens[t].hasKey("conference") || doc.tokens[t].hasKey("negotiations") || doc.tokens[t].hasKey("consultations")
        // "The 41st extraordinary assembly of IGAD heads of state" (not "the National Assembly", a body).
        case Token.code("assembly"):
            return !doc.tokens[t].isCapitalized
        default:
            return false
        }
    }

    /// The position of "a summit", "an extraordinary meeting" in `range`: a sentence that
    /// introduces a gathering of its own, not the current one.
    private func introducedGathering(in range: Range<Int>) -> Int? {
        for t in range where isGatheringNoun(t) {
            let start = max(range.lowerBound, t - 3)
            if (start..<t).contains(where: { (doc.tokens[$0].hasKey("a") || doc.tokens[$0].hasKey("an")) }) { return t }
        }
        return nil
    }

    /// The persons named after "attended by" in a sentence that names the gathering before
    /// it ("a summit of EAC heads of state, attended by A, B and C"); empty when the
    /// gathering is planned or there is no such list.
    private func namedAttendees(in range: Range<Int>) -> [Int] {
        guard let noun = range.first(where: { isGatheringNoun($0) }), !isPlanned(noun, in: range) else { return [] }
        // Where the attendees start: after "attended (among others) by" or "brought together".
        var start: Int? = nil
        for k in noun + 1..<max(noun + 1, range.upperBound - 1) {
            if doc.tokens[k].hasKey("brought"), doc.tokens[k + 1].hasKey("together") { start = k + 2; break }
            if doc.tokens[k].hasKey("attended"),
                let by = (k + 1..<min(range.upperBound, k + 5)).first(where: { doc.tokens[$0].hasKey("by") })
            {
                start = by + 1
                break
            }
        }
        guard let start else { return [] }
        var result: [Int] = []
        // "The summit, chaired by A, was attended by B and C": the chair attended too.
        if let chaired = (noun + 1..<start).first(where: { k in
            (doc.tokens[k].hasKey("chaired") || doc.tokens[k].hasKey("hosted") || doc.tokens[k].hasKey("convened")) && k + 1 < start && doc.tokens[k + 1].hasKey("by")
        }) {
            let end = (chaired + 2..<start).first { doc.tokens[$0].hasKey("attended") } ?? start
            result = persons(in: chaired + 2..<end)
        }
        for m in doc.mentionIndices(in: start..<range.upperBound) where !isStoodInFor(doc.mentions[m].tokens.lowerBound, lower: start) {
            let entity = doc.mentions[m].entity
            if entity >= 0, doc.kind(of: entity) == .person, !result.contains(entity) { result.append(entity) }
        }
        // "attended by leaders from Albania, Kosovo and Serbia": the countries, for leaders the
        // story does not name.
        for country in unnamedLeaders(in: start..<range.upperBound) where !result.contains(country)
            && !result.contains(where: { p in doc.kind(of: p) == .person && doc.entities[p].affiliations.contains(country) })
        {
            result.append(country)
        }
        return result
    }

    /// Whether words before the trigger make it planned ("will meet", "scheduled
    /// to meet", "to discuss").
    /// Whether a journey told in the past ("travelled to Mexico City", "flew to Beijing")
    /// ends just before the "to" at `k` of its purpose.
    private func madeJourney(before k: Int, in range: Range<Int>) -> Bool {
        var j = k - 1
        while j >= range.lowerBound, k - j <= 7 {
            let token = doc.tokens[j]
            if token.hasKey("travelled") || token.hasKey("traveled") || token.hasKey("flew") || token.hasKey("went") || token.hasKey("came") || token.hasKey("arrived") {
                // Not "is expected to travel", nor "will have travelled".
                return !(j > range.lowerBound && doc.has(j - 1, .future))
            }
            if token.hasKey(",") || token.hasKey(";") || doc.has(j, .speech) { return false }
            j -= 1
        }
        return false
    }

    private func isPlanned(_ t: Int, in range: Range<Int>) -> Bool {
        var k = t - 1
        var steps = 0
        while k >= range.lowerBound && steps < 6 {
            let keyCode = doc.tokens[k].code
            if keyCode == Token.code(",") || keyCode == Token.code(";") || keyCode == Token.code("but") { break }
            // ("face-to-face talks": a "to" inside a hyphenated word.)
            // (The compound counts as one word: "agreed to a face-to-face meeting" is still planned.)
            if keyCode == Token.code("to"), !doc.tokens[k].flags.contains(.spaceBefore), k > range.lowerBound + 1, doc.tokens[k - 1].hasKey("-") {
                k -= 3
                continue
            }
            if keyCode == Token.code("-"), !doc.tokens[k].flags.contains(.spaceBefore) {
                k -= 1
                continue
            }
            // "travelled to Mexico City to meet López Obrador": the purpose of a journey made.
            if keyCode == Token.code("to") && steps == 0 && madeJourney(before: k, in: range) { return false }
            if doc.has(k, .future) || keyCode == Token.code("to") && steps == 0 || doc.has(k, .negation) { return true }
            if keyCode == Token.code("to") && steps <= 2 && !doc.tokens[k + 1].hasKey("the") { return true }
            k -= 1
            steps += 1
        }
        // "Faye is expected in Bamako and Ouagadougou later this week for talks with ...": the
        // clause's verb says the talks are to come.
        while k >= range.lowerBound && steps < 16 {
            let token = doc.tokens[k]
            if token.hasKey(",") || token.hasKey(";") || token.hasKey("but") || token.hasKey("after") || token.hasKey("before") || doc.has(k, .speech) || doc.has(k, .meeting) { break }
            if (token.hasKey("expected") || token.hasKey("due")) && k > range.lowerBound && doc.has(k - 1, .copula) { return true }
            k -= 1
            steps += 1
        }
        return false
    }

    /// "to be held", "is expected": planned words right after the trigger; "a meeting between
    /// him and Lavrov that diplomats had discussed did not take place": one that never happened.
    private func isPlannedAfter(_ end: Int, in range: Range<Int>) -> Bool {
        var n = end
        var skippedAside = false
        while n < min(range.upperBound, end + 20) {
            let keyCode = doc.tokens[n].code
            // "A meeting with Sánchez, initially scheduled for Tuesday, was cancelled": past one aside.
            if keyCode == Token.code(","), n > end, !skippedAside,
                let close = (n + 1..<min(range.upperBound, n + 10)).first(where: { doc.tokens[$0].hasKey(",") }),
                close + 1 < range.upperBound, doc.has(close + 1, .copula) || doc.tokens[close + 1].hasKey("was") || doc.tokens[close + 1].hasKey("has") || doc.tokens[close + 1].hasKey("had")
            {
                skippedAside = true
                n = close + 1
                continue
            }
            if keyCode == Token.code(";") || keyCode == Token.code(",") && n > end { break }
            if keyCode == Token.code("not") && n + 2 < range.upperBound && doc.tokens[n + 1].hasKey("take") && doc.tokens[n + 2].hasKey("place") { return true }
            // "a meeting with Wang Yi on the sidelines of an ASEAN gathering fell through".
            if keyCode == Token.code("fell") && n + 1 < range.upperBound && doc.tokens[n + 1].hasKey("through") { return true }
            if doc.tokens[n].hasKey("cancelled") || keyCode == Token.code("canceled") || doc.tokens[n].hasKey("postponed") || keyCode == Token.code("scrapped") || doc.tokens[n].hasKey("rescheduled") || keyCode == Token.code("called") && n + 1 < range.upperBound && doc.tokens[n + 1].hasKey("off")
                // "was moved to Wednesday".
                || keyCode == Token.code("moved") && n > end && (doc.tokens[n - 1].hasKey("was") || doc.tokens[n - 1].hasKey("been")) && n + 1 < range.upperBound && doc.tokens[n + 1].hasKey("to")
            {
                return true
            }
            n += 1
        }
        var k = end
        while k < min(range.upperBound, end + 4) {
            let keyCode = doc.tokens[k].code
            if keyCode == Token.code("will") || doc.tokens[k].hasKey("scheduled") || keyCode == Token.code("planned") || keyCode == Token.code("expected") { return true }
            if keyCode == Token.code("to") && k + 1 < range.upperBound && doc.tokens[k + 1].hasKey("be") { return true }
            k += 1
        }
        return false
    }

    /// The end of the clause that starts at `t`.
    private func clauseEnd(_ t: Int, in range: Range<Int>) -> Int {
        var k = t
        while k < range.upperBound {
            let keyCode = doc.tokens[k].code
            if keyCode == Token.code(";") { return k }
            if keyCode == Token.code(","), k + 1 < range.upperBound, (doc.tokens[k + 1].hasKey("while") || doc.tokens[k + 1].hasKey("but") || doc.tokens[k + 1].hasKey("saying") || doc.tokens[k + 1].hasKey("adding") || doc.tokens[k + 1].hasKey("which") || doc.tokens[k + 1].hasKey("who") || doc.tokens[k + 1].hasKey("after") || doc.tokens[k + 1].hasKey("before") || doc.tokens[k + 1].hasKey("as") || doc.tokens[k + 1].hasKey("when") || doc.tokens[k + 1].hasKey("because") || doc.tokens[k + 1].hasKey("since") || doc.tokens[k + 1].hasKey("although") || doc.tokens[k + 1].hasKey("though") || doc.tokens[k + 1].hasKey("whereas")) {
                return k
            }
            // ", and signed ...": a new clause; ", and British Prime Minister ...": the list goes on.
            if keyCode == Token.code(","), k + 2 < range.upperBound, doc.tokens[k + 1].hasKey("and"), !doc.tokens[k + 2].isCapitalized {
                // ", and the President of Uzbekistan, ...": a list of participants goes on.
                var n = k + 2
                // ("met with X, and with the president of ..., Y": the objects go on.)
                if doc.tokens[n].hasKey("with") { n += 1 }
                while n < range.upperBound, (doc.tokens[n].hasKey("the") || doc.tokens[n].hasKey("his") || doc.tokens[n].hasKey("her") || doc.tokens[n].hasKey("their")) { n += 1 }
                let listGoesOn = n > k + 2 && n < range.upperBound && (doc.tokens[n].isCapitalized || doc.has(n, .titleHead))
                if !listGoesOn { return k }
            }
            if keyCode == Token.code(",") , k + 1 < range.upperBound, doc.has(k + 1, .speech) { return k }
            // "Zelenskiy meets Erdogan in Ankara as Putin stays away": a conjunction before a
            // new subject ends the clause, with or without a comma.
            if keyCode == Token.code("as") || keyCode == Token.code("while") || keyCode == Token.code("whereas"), k > t, k + 1 < range.upperBound, let m = doc.mention(at: k + 1), m.entity >= 0,
                doc.kind(of: m.entity) == .person, m.tokens.upperBound < range.upperBound, !doc.tokens[m.tokens.upperBound].isCapitalized,
                doc.tokens[m.tokens.upperBound].isWord, !doc.tokens[m.tokens.upperBound].hasKey("and")
            {
                return k
            }
            k += 1
        }
        return range.upperBound
    }

    /// Persons in `range`: named, or through pronouns and descriptions.
    func persons(in range: Range<Int>, subjectsOnly: Bool = false) -> [Int] {
        var result: [Int] = []
        var t = range.lowerBound
        while t < range.upperBound {
            if let m = doc.mention(at: t), m.entity >= 0 {
                if doc.kind(of: m.entity) == .person && !(subjectsOnly && isObjectOfPreposition(m.tokens.lowerBound, lower: range.lowerBound))
                    && !isStoodInFor(m.tokens.lowerBound, lower: range.lowerBound) && !stayedAway(after: m.tokens.upperBound, upper: range.upperBound)
                {
                    if !result.contains(m.entity) { result.append(m.entity) }
                }
                t = m.tokens.upperBound
                continue
            }
            let keyCode = doc.tokens[t].code
            let both = keyCode == Token.code("both") && t + 1 < range.upperBound && doc.has(t + 1, .titleHead)
            // "they", "both ministers", "the two leaders", "The four ministers were received by".
            let number = (keyCode == Token.code("two") || keyCode == Token.code("three") || keyCode == Token.code("four") || keyCode == Token.code("five") || keyCode == Token.code("six"))
                // ("the three Weimar Triangle countries": countries, not persons.)
                && !(t + 1..<min(range.upperBound, t + 5)).contains { doc.tokens[$0].hasKey("countries") || doc.tokens[$0].hasKey("nations") || doc.tokens[$0].hasKey("states") }
            if number, t > range.lowerBound, doc.tokens[t - 1].hasKey("the"), let named = coreference.personsByRole(numbered: t, in: range) {
                // "The talks were also attended by the two foreign ministers": those whose role it is.
                for p in named where !result.contains(p) { result.append(p) }
            } else if (keyCode == Token.code("they") || both || number && t > range.lowerBound && doc.tokens[t - 1].hasKey("the")) && coreference.group.count >= 2 {
                for p in coreference.group where !result.contains(p) { result.append(p) }
            } else if keyCode == Token.code("two") && t > range.lowerBound && doc.tokens[t - 1].hasKey("the") || both, t + 1 < range.upperBound, doc.has(t + 1, .titleHead),
                case let named = namedEarlier(inSentenceBefore: t).count == 2 ? namedEarlier(inSentenceBefore: t) : namedInPreviousSentence(t), named.count == 2
            {
                // "witnessed by Prabowo and Modi after the two leaders held talks": no meeting yet
                // names the pair; the two persons the sentence just named do.
                for p in named where !result.contains(p) { result.append(p) }
            } else if (keyCode == Token.code("his") || keyCode == Token.code("her")), (t + 1..<min(range.upperBound, t + 4)).contains(where: { (doc.tokens[$0].hasKey("counterpart") || doc.tokens[$0].hasKey("counterparts")) }) {
                // "his Jordanian counterpart Ayman Safadi": the counterpart is named next; "his" is the subject.
            } else if (keyCode == Token.code("his") || keyCode == Token.code("her")) && t + 1 < range.upperBound && coreference.isHonorificPronoun(at: t + 1) {
                if let p = coreference.honorificReferent(at: t + 1), !result.contains(p) { result.append(p) }
                t += 2
                continue
            } else if keyCode == Token.code("he") || keyCode == Token.code("she") || keyCode == Token.code("his") || keyCode == Token.code("her") && (t + 1 < range.upperBound && !doc.has(t + 1, .honorific)) {
                // With no one named yet in the range, the sentence's subject before it ("Blinken arrived
                // after a visit to Kyiv, where he met Zelensky"), not the article's last speaker.
                let context = result.isEmpty ? sentenceSubject(before: t) : result
                if let p = coreference.pronounReferent(at: t, currentSubjects: context), !result.contains(p) { result.append(p) }
            } else if doc.has(t, .titleHead), !doc.titleTokens.contains(t),
                // "the member states": countries, not a person's title.
                !(t + 1 < range.upperBound && (doc.tokens[t + 1].hasKey("states") || doc.tokens[t + 1].hasKey("state") || doc.tokens[t + 1].hasKey("countries") || doc.tokens[t + 1].hasKey("nations")))
            {
                var end = t + 1
                while end < range.upperBound, doc.mention(at: end) == nil,
                    doc.has(end, .titleModifier) || (doc.tokens[end].hasKey("of") || doc.tokens[end].hasKey("for")) && end + 1 < range.upperBound && doc.has(end + 1, .titleModifier)
                {
                    end += 1
                }
                if let found = coreference.description(endingAt: end, lower: range.lowerBound) {
                    for p in found.persons where !result.contains(p) { result.append(p) }
                }
                t = end
                continue
            }
            t += 1
        }
        return result
    }

    /// The mentions of persons in the sentence before token `t`, outside quotes, in order.
    private func personMentions(inSentenceBefore t: Int) -> [Mention] {
        let s = Int(doc.sentenceOfToken[t])
        guard s >= 0 else { return [] }
        return doc.mentions(in: doc.sentences[s].tokens.lowerBound..<t).map { doc.mentions[$0] }.filter { m in
            m.entity >= 0 && doc.kind(of: m.entity) == .person && doc.quoteOfToken[m.tokens.lowerBound] < 0
        }
    }

    /// The distinct persons named in the sentence before the one of token `t`, outside quotes:
    /// "Biden told Netanyahu ... The call was the first between the two leaders".
    private func namedInPreviousSentence(_ t: Int) -> [Int] {
        let s = Int(doc.sentenceOfToken[t])
        guard s >= 1 else { return [] }
        let previous = doc.sentences[s - 1].tokens
        guard !doc.sentences[s - 1].isHeadline, previous.upperBound > previous.lowerBound else { return [] }
        return namedEarlier(inSentenceBefore: previous.upperBound - 1)
    }

    /// The distinct persons named in the sentence before token `t`, outside quotes.
    private func namedEarlier(inSentenceBefore t: Int) -> [Int] {
        var result: [Int] = []
        for m in personMentions(inSentenceBefore: t) where !result.contains(m.entity) { result.append(m.entity) }
        return result
    }

    /// The last person named in the sentence before token `t`, outside quotes: whom a later
    /// pronoun of the sentence most likely refers to ("Fahmy said El-Sisi stressed during his
    /// meeting": El-Sisi).
    private func sentenceSubject(before t: Int) -> [Int] {
        // Named ("Attaf", "Mr. Attaf"), not described: "informed his counterpart of his visits".
        let last = personMentions(inSentenceBefore: t).last { $0.form == .name || $0.form == .partialName }
        return last.map { [$0.entity] } ?? []
    }

    /// The parties right after "between": the persons of the coordination ("talks between
    /// Serbian President Vucic and Kosovo Prime Minister Kurti"). Empty when it names only
    /// countries or organizations ("talks between Serbia and Kosovo broke down after ...":
    /// persons later in the sentence are not its parties); nil when there is no such list.
    private func betweenParties(from start: Int, in range: Range<Int>) -> [Int]? {
        var result: [Int] = []
        var sawParty = false
        var k = start
        while k < range.upperBound {
            if let m = doc.mention(at: k) {
                guard m.entity >= 0 else { break }
                sawParty = true
                if doc.kind(of: m.entity) == .person, !result.contains(m.entity) { result.append(m.entity) }
                k = m.tokens.upperBound
                continue
            }
            let keyCode = doc.tokens[k].code
            if keyCode == Token.code("the") || keyCode == Token.code("and") || keyCode == Token.code(",") || keyCode == Token.code("'s") || keyCode == Token.code("his") || keyCode == Token.code("her") || keyCode == Token.code("their") || doc.has(k, .titleHead) || doc.has(k, .titleModifier)
                // "between Abbas Araghchi, Minister of Foreign Affairs of the Islamic Republic of Iran, and
                // Steve Witkoff, Special Envoy of ...": a title set off after each name.
                || doc.titleTokens.contains(k)
            {
                k += 1
                continue
            }
            break
        }
        return sawParty ? result : nil
    }

    /// The first coordination of person mentions in the sentence ("Kamikawa and Cho").
    private func coordinatedPersons(in range: Range<Int>, allowingCountries: Bool = false) -> [Int]? {
        let mentions = doc.mentions(in: range).filter { doc.mentions[$0].entity >= 0 && doc.kind(of: doc.mentions[$0].entity) == .person }
        guard let first = mentions.first else { return nil }
        var result = [doc.mentions[first].entity]
        var end = doc.mentions[first].tokens.upperBound
        for m in mentions.dropFirst() {
            let mention = doc.mentions[m]
            // "President Lai Ching-te (賴清德) and his Palauan counterpart": a name's gloss in brackets.
            if end < mention.tokens.lowerBound, doc.tokens[end].hasKey("("),
                let close = (end + 1..<min(mention.tokens.lowerBound, end + 5)).first(where: { doc.tokens[$0].hasKey(")") })
            {
                end = close + 1
            }
            let between = doc.tokens[end..<mention.tokens.lowerBound]
            guard between.allSatisfy({ $0.hasKey("and") || $0.hasKey(",") || doc.titleTokens.contains(where: { _ in false }) }) || between.allSatisfy({ $0.hasKey("and") || $0.hasKey(",") || doc.lexicon.has($0.key, .titleHead) || doc.lexicon.has($0.key, .titleModifier) || $0.hasKey("her") || $0.hasKey("his") })
                || allowingCountries && (end..<mention.tokens.lowerBound).allSatisfy({ k in
                    let keyCode = doc.tokens[k].code
                    // ("US Secretary of State Antony Blinken": "of" inside a title.)
                    return keyCode == Token.code("and") || keyCode == Token.code("his") || keyCode == Token.code("her") || keyCode == Token.code(",") || doc.has(k, .titleHead) || doc.has(k, .titleModifier)
                        || keyCode == Token.code("of") && k > end && doc.has(k - 1, .titleHead)
                        // "UAE Foreign Minister Sheikh Abdullah bin Zayed".
                        || doc.has(k, .honorific) && doc.tokens[k].isCapitalized
                        || doc.mention(at: k).map { doc.kind(of: $0.entity) == .country } ?? false
                })
            else { break }
            if !result.contains(mention.entity) { result.append(mention.entity) }
            end = mention.tokens.upperBound
        }
        return result
    }

    /// Who signed at `signed`: the coordinated persons before it ("A and his counterpart B
    /// signed"), or its subject and the person "together with" whom it signed ("he signed in
    /// Copenhagen, together with Danish Defence Minister B, the contract").
    private func signingParties(before signed: Int, in range: Range<Int>) -> [Int]? {
        let coordinated = coordinatedPersons(in: range.lowerBound..<signed, allowingCountries: true)
        if let coordinated, coordinated.count >= 2 { return coordinated }
        guard let with = (signed + 1..<min(range.upperBound, signed + 6)).first(where: { doc.tokens[$0].hasKey("with") }),
            doc.tokens[with - 1].hasKey("together") || doc.tokens[with - 1].hasKey("along"),
            let subject = persons(in: range.lowerBound..<signed).last
        else { return coordinated }
        guard let partner = personNamed(after: with, in: range), partner != subject else { return coordinated }
        return [subject, partner]
    }

    /// The person whose mention follows token `t`, past a title and "the", "his", "her"
    /// ("alongside NATO Secretary General Mark Rutte", "embraced his counterpart X"); nil when
    /// anything else follows ("embraced the idea").
    private func personNamed(after t: Int, in range: Range<Int>) -> Int? {
        var k = t + 1
        while k < range.upperBound, doc.titleTokens.contains(k) || doc.tokens[k].hasKey("the") || doc.tokens[k].hasKey("his") || doc.tokens[k].hasKey("her") { k += 1 }
        guard let m = doc.mention(at: k), m.entity >= 0, doc.kind(of: m.entity) == .person else { return nil }
        return m.entity
    }

    private func firstPerson(in range: Range<Int>, after: Bool) -> Int? {
        persons(in: range).first
    }

    /// Verbs of going to a meeting, which "did not" negates ("did not travel").
    private static let goingVerbs: KeySet = ["travel", "attend", "come", "go", "join", "participate", "make", "show", "take"]

    /// Whether the person whose name ends at `end` stayed away: "Milei skipped the meeting and
    /// was represented by Foreign Minister Diana Mondino", "X, who missed the summit".
    private func stayedAway(after end: Int, upper: Int) -> Bool {
        // (Keys read in place: binding a token would copy it.)
        let tokens = doc.tokens
        var k = end
        let relative = k < upper && tokens[k].hasKey(",") && k + 1 < upper && tokens[k + 1].hasKey("who")
        if relative { k += 2 }
        let limit = min(upper, k + 4)
        while k < limit {
            if tokens[k].hasKey("skipped") || tokens[k].hasKey("missed") || tokens[k].hasKey("boycotted") || tokens[k].hasKey("absent") || tokens[k].hasKey("unable") { return true }
            // "Dina Boluarte did not travel and was represented by ...".
            // (Not "Dagalo, who did not travel to Djibouti, had agreed in a telephone call": said of another meeting.)
            // (Nor "did not travel to Lima but spoke with X by phone": only where someone went in their place.)
            if !relative, tokens[k].hasKey("not") || tokens[k].hasKey("n't"), k + 1 < upper, Self.goingVerbs.contains(tokens[k + 1]),
                (k + 2..<min(upper, k + 10)).contains(where: { tokens[$0].hasKey("represented") || tokens[$0].hasKey("sent") })
            {
                return true
            }
            if tokens[k].hasKey("was") || tokens[k].hasKey("were"), k + 2 < upper, tokens[k + 1].hasKey("represented"), tokens[k + 2].hasKey("by") { return true }
            if tokens[k].hasKey(",") || doc.mentionAtToken[k] >= 0 { return false }
            k += 1
        }
        return false
    }

    /// Whether the person named at `start` was represented by someone else, so absent: "Ma
    /// Zhaoxu, who represented Foreign Minister Qin Gang", "on behalf of President X".
    private func isStoodInFor(_ start: Int, lower: Int) -> Bool {
        var j = start - 1
        while j >= lower, doc.titleTokens.contains(j) || doc.tokens[j].hasKey("the") { j -= 1 }
        guard j >= lower else { return false }
        let token = doc.tokens[j]
        if token.hasKey("represented") || token.hasKey("representing") || token.hasKey("replacing") || token.hasKey("replaced") { return true }
        return token.hasKey("of") && j > lower && doc.tokens[j - 1].hasKey("behalf")
    }

    /// Whether the mention at `start` is the object of a preposition ("on behalf of X").
    private func isObjectOfPreposition(_ start: Int, lower: Int) -> Bool {
        var j = start - 1
        while j >= lower, doc.titleTokens.contains(j) || doc.tokens[j].hasKey("the") { j -= 1 }
        guard j >= lower else { return false }
        if doc.tokens[j].hasKey("by"), j > lower, (doc.tokens[j - 1].hasKey("led") || doc.tokens[j - 1].hasKey("headed") || doc.tokens[j - 1].hasKey("accompanied") || doc.tokens[j - 1].hasKey("joined")) { return false }
        return (doc.tokens[j].hasKey("of") || doc.tokens[j].hasKey("from") || doc.tokens[j].hasKey("to") || doc.tokens[j].hasKey("by") || doc.tokens[j].hasKey("behalf") || doc.tokens[j].hasKey("for") || doc.tokens[j].hasKey("about") || doc.tokens[j].hasKey("on"))
    }

    /// Countries and organizations named in `range` (the places of a visit).
    private func places(in range: Range<Int>) -> [Int] {
        var result: [Int] = []
        for m in doc.mentions(in: range) {
            let mention = doc.mentions[m]
            let kind = doc.kind(of: mention.entity)
            if (kind == .country && mention.form == .name) || (kind == .organization && !doc.entities[mention.entity].isNational) {
                if mention.tokens.upperBound < doc.tokens.count, doc.tokens[mention.tokens.upperBound].hasKey("'s") { continue }
                if !result.contains(mention.entity) { result.append(mention.entity) }
                // "visiting China, the United States and Peru": the whole list.
                var k = mention.tokens.upperBound
                while k < range.upperBound {
                    if (doc.tokens[k].hasKey("the") || doc.tokens[k].hasKey("and") || doc.tokens[k].hasKey(",")) { k += 1; continue }
                    guard let next = doc.mention(at: k), next.entity >= 0, doc.kind(of: next.entity) == .country, next.form == .name else { break }
                    if !result.contains(next.entity) { result.append(next.entity) }
                    k = next.tokens.upperBound
                }
                break
            }
        }
        return result
    }

    /// Countries of unnamed leaders: "the President of Armenia", "presidents of Turkey and Russia".
    private func unnamedLeaders(in range: Range<Int>) -> [Int] {
        var result: [Int] = []
        var t = range.lowerBound
        while t < range.upperBound {
            // "his German, French and British counterparts" with no names after them.
            // (Not in a headline: "Kazakh, Azerbaijani Presidents hold talks" names them in the story.)
            if doc.has(t, .titleHead), !doc.titleTokens.contains(t), doc.tokens[t].key.hasSuffix("s"), t > range.lowerBound,
                !doc.sentences[Int(doc.sentenceOfToken[t])].isHeadline,
                doc.mention(at: t - 1).map({ $0.entity >= 0 && doc.kind(of: $0.entity) == .country && $0.form == .demonym }) ?? false,
                !(t + 1 < range.upperBound && doc.mention(at: t + 1).map { $0.entity >= 0 && doc.kind(of: $0.entity) == .person } ?? false)
            {
                var listed: [Int] = []
                var k = t - 1
                while k >= range.lowerBound {
                    if let m = doc.mention(at: k), m.entity >= 0, doc.kind(of: m.entity) == .country, m.form == .demonym {
                        if !listed.contains(m.entity) { listed.insert(m.entity, at: 0) }
                        k = m.tokens.lowerBound - 1
                        continue
                    }
                    if doc.tokens[k].hasKey("and") || doc.tokens[k].hasKey(",") { k -= 1; continue }
                    break
                }
                if listed.count >= 2 {
                    for c in listed where !result.contains(c) { result.append(c) }
                }
            }
            // ("senior officials from Fiji and Samoa": officials are no title before a name, but stand here as one.)
            // ("along with a representative of the United Arab Emirates": an envoy stands for the country too.)
            if t + 2 < range.upperBound, doc.has(t, .titleHead) || doc.tokens[t].hasKey("officials") || doc.tokens[t].hasKey("representative") || doc.tokens[t].hasKey("representatives"),
                !doc.titleTokens.contains(t), doc.tokens[t + 1].hasKey("of") || doc.tokens[t + 1].hasKey("from") {
                var k = t + 2
                // "counterparts from 12 countries of Africa and the Global South, among them Cuba, ...".
                if let among = (k..<min(range.upperBound - 1, k + 12)).first(where: {
                    doc.tokens[$0].hasKey("among") && doc.tokens[$0 + 1].hasKey("them") || doc.tokens[$0].hasKey("including")
                }), doc.mention(at: k).map({ doc.kind(of: $0.entity) != .country }) ?? true {
                    k = among + (doc.tokens[among].hasKey("among") ? 2 : 1)
                }
                // "leaders of the seven BIMSTEC member states: Bangladesh, Bhutan and India": the list after the colon.
                if let colon = (k..<min(range.upperBound, k + 8)).first(where: { doc.tokens[$0].hasKey(":") }), colon > k,
                    (k..<colon).allSatisfy({ j in
                        Self.memberStateWords.contains(doc.tokens[j]) || doc.tokens[j].flags.contains(.number)
                            || doc.mention(at: j).map { $0.entity >= 0 && doc.kind(of: $0.entity) == .organization } ?? false
                    })
                {
                    k = colon + 1
                }
                while k < range.upperBound {
                    if let m = doc.mention(at: k), doc.kind(of: m.entity) == .country {
                        if !result.contains(m.entity) { result.append(m.entity) }
                        k = m.tokens.upperBound
                        continue
                    }
                    if doc.tokens[k].hasKey("and") || doc.tokens[k].hasKey(",") || doc.tokens[k].hasKey("the") { k += 1; continue }
                    break
                }
            }
            t += 1
        }
        return result
    }

    /// Whether the person named at `start` is the object of another's title ("special adviser to
    /// Brazil's President Lula", "aide to the President"): "to", "of" or "for" after a title's
    /// head, with only title words, "the", a country and "'s" between (`wordBeforeTitle`).
    private func isInsideTitle(of start: Int, lower: Int) -> Bool {
        guard let k = doc.wordBeforeTitle(of: start, lower: lower), k > lower,
            doc.tokens[k].hasKey("to") || doc.tokens[k].hasKey("of") || doc.tokens[k].hasKey("for")
        else { return false }
        return doc.has(k - 1, .titleHead) && !doc.tokens[k - 1].isCapitalized
    }

    /// The numbers of "a three-way meeting", "in a five-way format".
    private static let wayCounts: KeySet = ["three", "four", "five", "six", "3", "4", "5", "6"]

    /// Words of "the seven BIMSTEC member states" before a colon and its list of countries.
    private static let memberStateWords: KeySet = [
        "the", "its", "member", "members", "states", "countries", "nations", "two", "three", "four", "five", "six", "seven",
        "eight", "nine", "ten", "eleven", "twelve",
    ]

    /// Whether the sentence adds people to the current meeting.
    private func joinsCurrent(_ range: Range<Int>) -> Bool {
        /// Whether a future word ("will", "would") stands in the three words before `t`.
        func toldAsFuture(_ t: Int) -> Bool {
            (max(range.lowerBound, t - 3)..<t).contains { doc.has($0, .future) }
        }
        var t = range.lowerBound
        while t + 1 < range.upperBound {
            // Every rule below starts at one of these words: most tokens stop here, with one look-up.
            guard doc.has(t, .joinStart) else {
                t += 1
                continue
            }
            // Keys compared as codes (`hasKey`): this runs for every token of most sentences.
            let keyCode = doc.tokens[t].code, nextCode = doc.tokens[t + 1].code
            // "was attended among others by", "was represented as an observer by".
            if keyCode == Token.code("attended") || keyCode == Token.code("joined") || doc.tokens[t].hasKey("accompanied") || doc.tokens[t].hasKey("represented"),
                (t + 1..<min(range.upperBound, t + 5)).contains(where: { doc.tokens[$0].hasKey("by") }),
                // ("We will be represented by Bessent, Lutnick and Greer": talks to come.)
                !toldAsFuture(t)
            {
                return true
            }
            // "the member states - China, Iran and Uzbekistan - whose delegations attended the summit".
            if doc.tokens[t].hasKey("delegations") && nextCode == Token.code("attended") { return true }
            // "The negotiations, hosted by Kazakh Foreign Minister Murat Nurtleu, opened ...".
            if (keyCode == Token.code("hosted") || keyCode == Token.code("chaired") || doc.tokens[t].hasKey("moderated") || doc.tokens[t].hasKey("convened")) && nextCode == Token.code("by")
                && range.contains(where: { isGatheringNoun($0) })
                // (Not "the next meeting of the Council, to be chaired by A and B".)
                && !(t > range.lowerBound && doc.tokens[t - 1].hasKey("be"))
            {
                return true
            }
            if doc.tokens[t].hasKey("delegation") && (nextCode == Token.code("included") || nextCode == Token.code("includes") || doc.tokens[t + 1].hasKey("comprised") || doc.tokens[t + 1].hasKey("consisted") || nextCode == Token.code("also")) { return true }
            // "X, Y and Z were part of Dahal's delegation".
            if keyCode == Token.code("part") && nextCode == Token.code("of") && (t + 2..<min(range.upperBound, t + 6)).contains(where: { doc.tokens[$0].hasKey("delegation") }) {
                return true
            }
            // "On the Indian side, X and Y joined the talks".
            if keyCode == Token.code("joined") && (t + 1..<min(range.upperBound, nextCode == Token.code("the") ? t + 6 : t + 4)).contains(where: { doc.tokens[$0].hasKey("talks") || doc.tokens[$0].hasKey("meeting") || doc.tokens[$0].hasKey("discussions") }) {
                return true
            }
            // "Leaders from Albania, Kosovo and Serbia joined the 27 EU leaders": the gathering's members.
            if keyCode == Token.code("joined"), nextCode == Token.code("the"), !toldAsFuture(t),
                (t + 2..<min(range.upperBound, t + 6)).contains(where: { Self.gatheredNouns.contains(doc.tokens[$0]) })
            {
                return true
            }
            // "Kuleba joined part of the session by video link".
            if keyCode == Token.code("joined"), nextCode == Token.code("part"), t + 2 < range.upperBound, doc.tokens[t + 2].hasKey("of"),
                (t + 3..<min(range.upperBound, t + 6)).contains(where: { isGatheringNoun($0) }), !toldAsFuture(t)
            {
                return true
            }
            // "Von der Leyen later joined the two presidents for a three-way meeting".
            if keyCode == Token.code("joined"), joinsThoseMet(t), !toldAsFuture(t) { return true }
            if doc.tokens[t].hasKey("attendees") || doc.tokens[t].hasKey("participants") { return true }
            // "met for the bloc's VIII Summit, under the pro tempore presidency of Prime Minister Ralph
            // Gonsalves": the chair took part.
            if (doc.tokens[t].hasKey("presidency") || doc.tokens[t].hasKey("chairmanship")) && nextCode == Token.code("of"),
                (max(range.lowerBound, t - 4)..<t).contains(where: { doc.tokens[$0].hasKey("under") })
            {
                return true
            }
            // "Myanmar again sent a non-political representative, Aung Kyaw Moe": the envoy attended.
            // ("Ecuador and Suriname sent ministers": the countries join, in `process`.)
            if keyCode == Token.code("sent"), (t + 1..<min(range.upperBound, t + 7)).contains(where: { Self.envoyNouns.contains(doc.tokens[$0]) }),
                !toldAsFuture(t)
            {
                return true
            }
            // "Chinese Premier Li Qiang represented his country": he attended in its name.
            if keyCode == Token.longKey, doc.tokens[t].hasKey("represented"), t > range.lowerBound, !toldAsFuture(t),
                doc.mention(at: t - 1).map({ $0.entity >= 0 && doc.kind(of: $0.entity) == .person }) ?? false,
                nextCode == Token.code("his") || nextCode == Token.code("her") || doc.mention(at: t + 1).map({ $0.entity >= 0 && doc.kind(of: $0.entity) == .country }) ?? false
            {
                return true
            }
            // "The summit opened in a restricted format, with Lavrov and Blinken joining the two leaders".
            if keyCode == Token.code("joining"), !toldAsFuture(t),
                let with = (max(range.lowerBound, t - 16)..<t).last(where: { doc.tokens[$0].hasKey("with") }),
                doc.mentionIndices(in: with + 1..<t).contains(where: { doc.mentions[$0].entity >= 0 && doc.kind(of: doc.mentions[$0].entity) == .person })
            {
                return true
            }
            // "Taking part were A and B", "Around the table on Saturday were, among others, A, B
            // and C", "Present were ...": a list of attendees after the verb.
            // "Among the leaders at the closed-door session were A, B and C".
            if keyCode == Token.code("were"), t > range.lowerBound, t - range.lowerBound <= 8
                && (range.lowerBound..<t).contains(where: { Self.attendanceWords.contains(doc.tokens[$0]) })
                || t - range.lowerBound <= 12 && doc.tokens[range.lowerBound].hasKey("among") && range.lowerBound + 2 < t
                && Self.gatheredNouns.contains(doc.tokens[range.lowerBound + 2]) && (range.lowerBound + 3..<t).contains(where: { isGatheringNoun($0) }),
                // ("Around the table with Biden were ...": who is named before is at the meeting already.)
                !doc.mentionIndices(in: range.lowerBound..<t).contains(where: { m in
                    doc.mentions[m].entity >= 0 && doc.kind(of: doc.mentions[m].entity) == .person
                        && !(current.map { events[$0].participants.contains(doc.mentions[m].entity) } ?? false)
                })
            {
                return true
            }
            // "brought together", "with the participation of", "gathered".
            if keyCode == Token.code("brought") && nextCode == Token.code("together") || doc.tokens[t].hasKey("participation") && nextCode == Token.code("of") { return true }
            // "Letters of credence were presented by ...".
            if doc.tokens[t].hasKey("presented") && nextCode == Token.code("by") && presentsCredentials(range) { return true }
            // "X, who attended the cabinet as a special guest", "while X attended as a guest".
            if keyCode == Token.code("attended") && nextCode != Token.code("by") && t > range.lowerBound
                && (doc.tokens[t - 1].hasKey("who") || doc.mention(at: t - 1).map { doc.kind(of: $0.entity) == .person } ?? false)
            {
                return true
            }
            // "Addressing the summit, President Raisi thanked ...", "Xi, Putin and Sharif also addressed the
            // online meeting": speakers at a gathering took part in it.
            // (Not at a meeting on the sidelines of the conference: "Jaishankar, who also addressed the
            // conference" after talks of two others on its sidelines.)
            if keyCode == Token.longKey, doc.tokens[t].hasKey("addressed") || doc.tokens[t].hasKey("addressing"), !toldAsFuture(t),
                (t + 1..<min(range.upperBound, t + 5)).contains(where: { isGatheringNoun($0) || doc.tokens[$0].hasKey("videoconference") }),
                !(current.map { doc.sentences[events[$0].sentence].tokens.contains { doc.tokens[$0].hasKey("sidelines") } } ?? false)
            {
                return true
            }
            // "Azerbaijan formally handed over the gavel to Uganda at the opening ceremony": the outgoing chair took part.
            if keyCode == Token.code("handed"), nextCode == Token.code("over"), !toldAsFuture(t),
                (t + 2..<min(range.upperBound, t + 5)).contains(where: { Self.chairNouns.contains(doc.tokens[$0]) })
            {
                return true
            }
            // "..., with foreign ministers and senior officials from Fiji, Samoa and Tonga in attendance".
            if keyCode == Token.longKey, doc.tokens[t].hasKey("attendance"), t > range.lowerBound, doc.tokens[t - 1].hasKey("in"), !toldAsFuture(t) { return true }
            // "CSTO Secretary General Imangali Tasmagambetov briefed the heads of state": he took part.
            // "Togo's Foreign Minister Robert Dussey briefed the council on his contacts": the council in session.
            if keyCode == Token.code("briefed"), nextCode == Token.code("the"), t + 2 < range.upperBound,
                Self.gatheredNouns.contains(doc.tokens[t + 2]) || isGatheringNoun(t + 2)
                    || doc.tokens[t + 2].hasKey("council") && !doc.tokens[t + 2].isCapitalized,
                !toldAsFuture(t)
            {
                return true
            }
            // "Brazil's presidential adviser Celso Amorim sat in on the talks as an observer".
            if keyCode == Token.code("sat"), nextCode == Token.code("in"), t + 2 < range.upperBound, doc.tokens[t + 2].hasKey("on") { return true }
            // "The meeting ... was facilitated by Gonsalves and Skerrit", "talks brokered by".
            if (doc.tokens[t].hasKey("facilitated") || doc.tokens[t].hasKey("brokered") || doc.tokens[t].hasKey("mediated")) && nextCode == Token.code("by")
                && range.contains(where: { isGatheringNoun($0) }) && !toldAsFuture(t)
            {
                return true
            }
            // "The Russian delegation was led by Lavrentiev, the Iranian delegation by Khaji".
            if (keyCode == Token.code("led") || keyCode == Token.code("headed")), nextCode == Token.code("by"), t > range.lowerBound,
                doc.tokens[t - 1].hasKey("was") || doc.tokens[t - 1].hasKey("were"), range.contains(where: { doc.tokens[$0].hasKey("delegation") }), !toldAsFuture(t)
            {
                return true
            }
            // "Modi also received the visiting delegations".
            if keyCode == Token.code("received"), receivesTheGuests(t, in: range), !toldAsFuture(t) { return true }
            // "..., while Nepal was represented at the level of Foreign Secretary".
            if keyCode == Token.longKey, doc.tokens[t].hasKey("represented"), let country = representedCountryEnd(t), country > range.lowerBound, nextCode == Token.code("at") {
                return true
            }
            // "Leaders and ministers from the Forum's member states attended, including A and B".
            if keyCode == Token.code("attended"), nextCode == Token.code(","), t + 2 < range.upperBound, doc.tokens[t + 2].hasKey("including") { return true }
            if keyCode == Token.code("took"), nextCode == Token.code("part"), t + 2 < range.upperBound {
                // "López Obrador and Petro took part from their capitals" (a virtual meeting), "Viktor
                // Orbán took part as the head of an observer state".
                if doc.tokens[t + 2].hasKey("from") || doc.tokens[t + 2].hasKey("as"), !toldAsFuture(t) { return true }
                // "Vice President Kamala Harris also took part."
                if t > range.lowerBound, doc.tokens[t - 1].hasKey("also"), doc.tokens[t + 2].hasKey(".") || doc.tokens[t + 2].hasKey(",") { return true }
            }
            // "United Nations Secretary-General António Guterres also attended.", "Envoys from A and B
            // attended as well."
            if keyCode == Token.code("attended"), t > range.lowerBound, doc.tokens[t - 1].hasKey("also"), nextCode == Token.code(".") || nextCode == Token.code(",") { return true }
            // ("Celso Amorim, special adviser to Brazil's President, attended as an observer".)
            if keyCode == Token.code("attended"), nextCode == Token.code("as"), t + 2 < range.upperBound, !toldAsFuture(t),
                doc.tokens[t + 2].hasKey("well")
                    || t + 3 < range.upperBound && (doc.tokens[t + 2].hasKey("an") || doc.tokens[t + 2].hasKey("a"))
                    && (doc.tokens[t + 3].hasKey("observer") || doc.tokens[t + 3].hasKey("guest"))
            {
                return true
            }
            // "Erdoğan, whose country is a dialogue partner, attended the summit as a guest".
            if keyCode == Token.code("attended"), nextCode == Token.code("the"), t + 2 < range.upperBound, isGatheringNoun(t + 2) { return true }
            // "X and Y also took part in the talks", "participated in the meeting", "Taking part in
            // the meeting were ...".
            if ((keyCode == Token.code("took") || keyCode == Token.code("taking") || keyCode == Token.code("take") || keyCode == Token.code("takes")) && nextCode == Token.code("part") || doc.tokens[t].hasKey("participated") && nextCode == Token.code("in"))
                && range.contains(where: { Self.eventNouns.contains(doc.tokens[$0]) })
            {
                return true
            }
            // "Orbán told the summit that decisions should come faster": who spoke to the gathering attended it.
            if keyCode == Token.code("told"), nextCode == Token.code("the"), t + 2 < range.upperBound, isGatheringNoun(t + 2), !toldAsFuture(t) { return true }
            // "Chinese Foreign Minister Wang Yi was present at the talks."
            if keyCode == Token.code("present"), t > range.lowerBound, (doc.tokens[t - 1].hasKey("was") || doc.tokens[t - 1].hasKey("were") || doc.tokens[t - 1].hasKey("also")) { return true }
            if (keyCode == Token.code("arrived") || keyCode == Token.code("gathered")) && range.contains(where: { doc.tokens[$0].hasKey("meeting") || doc.tokens[$0].hasKey("summit") }) { return true }
            t += 1
        }
        return false
    }

    /// The end of the country named before "was/were (also) represented" at `t`, if one is.
    private func representedCountryEnd(_ t: Int) -> Int? {
        var k = t - 1
        if k >= 0, doc.tokens[k].hasKey("also") { k -= 1 }
        guard k >= 1, doc.tokens[k].hasKey("was") || doc.tokens[k].hasKey("were"),
            let m = doc.mention(at: k - 1), m.entity >= 0, doc.kind(of: m.entity) == .country
        else { return nil }
        return k
    }

    /// Whether "received" at `t` has a gathering's guests for its object: "received the visiting
    /// delegations", "received the participants", with a meeting of several told before.
    private func receivesTheGuests(_ t: Int, in range: Range<Int>) -> Bool {
        guard let c = current, !events[c].isPlanned, events[c].participants.distinctCount >= 3, t + 2 < range.upperBound, doc.tokens[t + 1].hasKey("the") else { return false }
        let noun = doc.tokens[t + 2].hasKey("visiting") && t + 3 < range.upperBound ? t + 3 : t + 2
        return doc.tokens[noun].hasKey("delegations") || doc.tokens[noun].hasKey("participants") || doc.tokens[noun].hasKey("ministers") || doc.tokens[noun].hasKey("leaders")
    }

    /// Whether "joined" at `t` has the current meeting's parties for its object: "joined the two
    /// presidents", "joined them".
    private func joinsThoseMet(_ t: Int) -> Bool {
        guard t + 2 < doc.tokens.count else { return false }
        return doc.tokens[t + 1].hasKey("them") || doc.tokens[t + 1].hasKey("the") && (doc.tokens[t + 2].hasKey("two") || doc.tokens[t + 2].hasKey("three"))
            || doc.tokens[t + 1].hasKey("both")
    }

    /// The country of "the Romanian delegation", "Romania's delegation" in `range`.
    private func delegationCountry(in range: Range<Int>) -> Int? {
        for t in range where doc.tokens[t].hasKey("delegation") || doc.tokens[t].hasKey("side") {
            var k = t - 1
            if k >= range.lowerBound, doc.tokens[k].hasKey("'s") { k -= 1 }
            guard k >= range.lowerBound, let m = doc.mention(at: k), m.entity >= 0 else { continue }
            if doc.kind(of: m.entity) == .country { return m.entity }
            // "Dahal's delegation": the leader's country.
            if doc.tokens[t].hasKey("delegation"), doc.kind(of: m.entity) == .person,
                let country = doc.entities[m.entity].affiliations.first(where: { doc.kind(of: $0) == .country })
            {
                return country
            }
        }
        return nil
    }

    /// Whether the sentence speaks of credentials ("received letters of credence from", "Letters
    /// of credence were presented by ..."): each envoy met the host alone.
    private func presentsCredentials(_ range: Range<Int>) -> Bool {
        range.contains { (doc.tokens[$0].hasKey("credence") || doc.tokens[$0].hasKey("credentials")) }
    }

    /// Whether the sentence speaks of the meeting ("At the meeting held on June 17").
    private func refersToMeeting(_ range: Range<Int>) -> Bool {
        range.contains { (doc.tokens[$0].hasKey("meeting") || doc.tokens[$0].hasKey("talks") || doc.tokens[$0].hasKey("call") || doc.tokens[$0].hasKey("summit") || doc.tokens[$0].hasKey("visit") || doc.tokens[$0].hasKey("conversation")) }
    }

    /// The date a sentence gives, as written: "June 17", "27 February", "Tuesday".
    func dateExpression(in range: Range<Int>) -> String? {
        for t in range where doc.has(t, .weekday) || doc.has(t, .month) {
            let token = doc.tokens[t]
            if doc.has(t, .weekday) { return token.text }
            if doc.has(t, .month), token.isCapitalized {
                if t + 1 < range.upperBound, doc.tokens[t + 1].flags.contains(.number), doc.tokens[t + 1].key.count <= 2 {
                    return token.text + " " + doc.tokens[t + 1].text
                }
                if t > range.lowerBound, doc.tokens[t - 1].flags.contains(.number), doc.tokens[t - 1].key.count <= 2 {
                    return doc.tokens[t - 1].text + " " + token.text
                }
                if t > range.lowerBound, doc.tokens[t - 1].hasKey("in") { return token.text }
            }
        }
        return nil
    }
}
