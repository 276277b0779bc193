/// The verb patterns: "X met Y", "X held talks with Y", "X received Y", "X spoke by phone with
/// Y" …
extension MeetingMatcher {
    // MARK: Verb patterns

    /// "X met (with) Y", "X and Y met", "X was met by Y".
    mutating func meetVerb(_ v: Int) {
        // "On arrival, X was met by Y": a protocol greeting (`MeetingMatcher+Greeting.swift`).
        if isWord(v + 1, "by"), arrivalGreeting(v) { return }
        var o = skipAdverbs(v + 1)
        // "X and Y met virtually": a video call.
        let remote = (v + 1..<o).contains { isWord($0, "virtually") || isWord($0, "remotely") }
        var status: MeetingStatus = remote ? .phone : .held
        if isWord(o, "with") || isWord(o, "by") {
            o += 1
        } else if let w = withAfterAdverbials(o) {
            // "X met this Friday with Y" (`MeetingMatcher+Adverbials.swift`)
            o = w.with + 1
            if w.phone { status = .phone }
        }
        // "meet" as a bare verb with no modal is rare outside headlines; the subject scan decides.
        verbClause(v, objectsAt: o, status: status, intransitive: true)
    }

    /// "X held (a / the first / phone) talks with Y", "X and Y held talks", "X held a bilateral
    /// with Y" (the adjective as a noun, only before "with").
    mutating func holdVerb(_ v: Int) {
        var k = v + 1
        // "X engaged in talks with Y": "engaged" needs its "in".
        if let w = word(v), w == "engaged" || w == "engages" {
            guard isWord(k, "in") else { return }
            k += 1
        }
        var phone = false
        var steps = 0
        // "a Kestria-Norvia (Foreign Ministers') meeting": countries, then title words, as
        // modifiers (`nounModifier`); they take no step.
        var countries = false
        while k < t.count, steps < 5 {
            // "a one-on-one meeting", "a 45-minute talk" (`MeetingMatcher+Compounds.swift`)
            if let e = compoundModifierEnd(k) {
                // "had a one-on-one with Y": the compound is the noun (`isCompoundMeeting`).
                if isWord(e, "with"), isCompoundMeeting(endingAt: e - 1) {
                    k = e - 1
                    break
                }
                k = e
                steps += 1
                continue
            }
            if isPunct(k, "-") {
                k += 1
                steps += 1
                continue
            }
            if nounModifier(k, afterCountries: &countries, from: v + 1) || linkedModifier(k, from: v + 1) {
                k += 1
                continue
            }
            guard let w = word(k) else { return }
            // "a video conference": a conference after a phone word is a call.
            if Words.meetingNouns.contains(w) || isSessionNoun(k) || (w == "conference" && phone) { break }
            // "a new round of talks", "a series of meetings" (`MeetingMatcher+Compounds.swift`)
            if let e = partitiveEnd(k) {
                k = e
                steps += 1
                continue
            }
            // "a phone talk"; "a bilateral talk with Y" (a bare "a talk" may be a lecture)
            if w == "talk", phone || modifiedTalk(k, verb: v) { break }
            if w == "bilateral", isWord(k + 1, "with") { break }  // "held a bilateral with Y"
            if t[k].capitalized, !Words.phoneWords.contains(w) { return }
            if Words.modifierStops.contains(w) || Words.plannedModifiers.contains(w)
                || Words.negativeModifiers.contains(w)
            {
                return
            }
            if Words.phoneWords.contains(w) { phone = true }
            k += 1
            steps += 1
        }
        guard let n0 = word(k),
            Words.meetingNouns.contains(n0) || isSessionNoun(k) || (n0 == "conference" && phone)
                || (n0 == "talk" && (phone || modifiedTalk(k, verb: v)))
                || ((n0 == "bilateral" || isCompoundMeeting(endingAt: k)) && isWord(k + 1, "with"))
        else { return }
        // "summit talks", "a summit telephone talk": the last noun of a compound is its head
        // (`MeetingMatcher+Compounds.swift`).
        if let h = compoundNounHead(k) {
            k = h.head
            if h.phone { phone = true }
        }
        let n = word(k) ?? n0
        if n == "call" || n == "calls" || n == "videoconference" { phone = true }
        let q = afterClosingQuote(k + 1)
        var w = afterAdverbials(q)
        // "held talks behind closed doors with Y", "held talks for two hours with Y"
        // (`MeetingMatcher+Adverbials.swift`)
        if !isWord(w, "with"), let a = withAfterAdverbials(q) {
            w = a.with
            if a.phone { phone = true }
        } else if let e = afterClosedDoors(w) {
            w = afterAdverbials(e)
        }
        let status: MeetingStatus = phone ? .phone : .held
        // "held a phone call, the first of its kind, with Y": an appositive between noun and "with".
        if let c = appositiveEnd(w), isWord(c, "with") { w = c }
        if let c = topicWith(w) { w = c }
        // "X made a phone call (today) to Y" (`MeetingMatcher+CallTo.swift`)
        if !isWord(w, "with"), !callTo(w, noun: k, made: true), let c = callToAfterAdverbials(q, noun: k, made: true) {
            w = c
        }
        if isWord(w, "with") || callTo(w, noun: k, made: true) {
            verbClause(v, objectsAt: w + 1, status: status, intransitive: false)
        } else {
            // "X and Y held talks via video link" (`phoneAfter`)
            verbClause(v, objectsAt: nil, status: phoneAfter(q) ? .phone : status, intransitive: true)
        }
    }

    /// The token after a short appositive of words set off by commas from token `i` (", the first
    /// in a decade,"), or nil.
    func appositiveEnd(_ i: Int) -> Int? {
        guard isPunct(i, ",") else { return nil }
        var k = i + 1
        while k < t.count, k - i <= 10, t[k].kind == .word { k += 1 }
        return k > i + 1 && isPunct(k, ",") ? k + 1 : nil
    }

    /// "X paid a courtesy call on Y", "X paid introductory calls on Y", "X paid a visit to Y": in
    /// person, whatever "call" says; the object must be a person ("paid a visit to the port" names
    /// nobody).
    mutating func paidVerb(_ v: Int) {
        var k = v + 1
        while let w = word(k), k - v <= 4, !Words.paidObjects.contains(w), !Words.modifierStops.contains(w),
            !t[k].capitalized
        {
            k += 1
        }
        guard let w = word(k), Words.paidObjects.contains(w), isWord(k + 1, "on") || isWord(k + 1, "to") else { return }
        verbClause(v, objectsAt: k + 2, status: .held, intransitive: false)
    }

    /// "had a bilateral talk with Y", "held a cordial talk with Y": the singular "talk" with a
    /// modifier of its own and "with" after it is a meeting; "held a talk with Y" alone may be a
    /// public talk, and stays none.
    func modifiedTalk(_ k: Int, verb v: Int) -> Bool {
        isWord(k + 1, "with") && k - 1 > v && !isWord(k - 1, "a") && !isWord(k - 1, "the")
    }

    /// "X discussed with Y", "X and Y discussed …". Named people only: "the two delegations
    /// discussed …" says what was discussed, not who met.
    mutating func discussVerb(_ v: Int) {
        // "A summit between X and Y was discussed": passive, the summit is what was discussed.
        if let b = word(v - 1), Words.copulas.contains(b) || b == "be" || b == "been" || b == "being" { return }
        // "he and his counterpart Y discussed" (`MeetingMatcher+PronounPartner.swift`): two people.
        guard let subj = subject(before: v),
            isPerson(subj.start) || isTitleToken(subj.start)
                || (subj.people.count >= 2 && (isWord(subj.start, "he") || isWord(subj.start, "she"))),
            !isWord(subj.start, "the")
        else { return }
        // "X and Y discussed trade in a phone call": the frame's call.
        let status: MeetingStatus = meetingFrame() == .phone ? .phone : .held
        verbClause(v, objectsAt: discussionWith(after: v).map { $0 + 1 }, status: status, intransitive: true)
    }

    /// The "with" of a discussion, right after the verb or after its topic: "X discussed with Y",
    /// "X discussed ways to deepen trade with Y". Only words and places, countries or
    /// organisations may stand between: no punctuation, person, clause word or pronoun; and a
    /// relation noun before "with" keeps it: "X discussed relations with Y" is about Y.
    func discussionWith(after v: Int) -> Int? {
        var k = v + 1
        while k < t.count, k - v <= 16 {
            if isWord(k, "with") {
                if k > v + 1, let n = word(k - 1), Words.relationNouns.contains(n) { return nil }
                return k
            }
            // "discussed Kestria's path to membership with Y": a country or organisation may
            // stand in the topic (dev articles c88f8ee40caa5712 and c41200bbe44d4f84, two outlets).
            if k < t.count, t[k].kind == .entity, t[k].type != .person {
                k += 1
                continue
            }
            guard let w = word(k), !Words.clauseCuts.contains(w),
                !Words.modifierStops.contains(w) || Words.topicLinks.contains(w)
            else { return nil }
            k += 1
        }
        return nil
    }

    /// "X called on Y" (a courtesy call): held. "X called on Y to resign" is an appeal.
    mutating func calledOn(_ v: Int) {
        // "called on dignitaries of Kestria which included Y, Z" (`MeetingMatcher+Including.swift`)
        guard let obj = objects(from: v + 2) ?? includingList(from: v + 2), !isWord(obj.end, "to") else { return }
        verbClause(v, objectsAt: v + 2, status: .held, intransitive: false)
    }

    /// "X spoke by phone with Y", "X spoke with Y by phone", "X and Y talked by telephone".
    mutating func speakVerb(_ v: Int) {
        var k = v + 1
        var phone = false
        if phoneAfter(k) {
            phone = true
            k += 2
            if isWord(k - 1, "the") || isWord(k - 1, "a") { k += 1 }
        } else if let a = withAfterAdverbials(k) {
            // "X spoke this Wednesday by phone with Y" (`MeetingMatcher+Adverbials.swift`)
            phone = a.phone
            k = a.with
        }
        if isWord(k, "with") || isWord(k, "to") {
            guard let obj = objects(from: k + 1) else { return }
            if !phone && !phoneAfter(obj.end) {
                // "X talked with Y": a conversation, in person unless a phone is named; "spoke
                // with" as often reports an interview or a call, so it needs the phone.
                // "X spoke to his Kestrian counterpart Y" (`MeetingMatcher+CounterpartTalk.swift`).
                if let w = word(v), Words.talkVerbs.contains(w) || counterpartObject(k + 1) {
                    verbClause(v, objectsAt: k + 1, status: .held, intransitive: false)
                }
                return
            }
            verbClause(v, objectsAt: k + 1, status: .phone, intransitive: false)
        } else if phone {
            verbClause(v, objectsAt: nil, status: .phone, intransitive: true)
        } else {
            // "X and Y spoke about …", "X and Y talked on Monday" (`MeetingMatcher+SpokeAbout.swift`)
            spokeAbout(v)
            talkedTogether(v)
        }
    }

    /// "X and Y exchanged views", "X exchanged opinions with Y".
    mutating func exchangeVerb(_ v: Int) {
        var k = v + 1
        while let w = word(k), !Words.exchangeObjects.contains(w), k - v < 4, !Words.modifierStops.contains(w) {
            k += 1
        }
        guard let w = word(k), Words.exchangeObjects.contains(w) else { return }
        if isWord(k + 1, "with") {
            verbClause(v, objectsAt: k + 2, status: .held, intransitive: false)
        } else {
            verbClause(v, objectsAt: nil, status: .held, intransitive: true)
        }
    }

    /// "Y welcomed X", "X told Y", "X invited Y"; passive "X was received by Y".
    mutating func objectVerb(_ v: Int, kind: MeetingFinding.Kind, status: MeetingStatus) {
        var o = v + 1
        if isWord(o, "by") { o += 1 }
        // "received a (phone) call from Y"
        if kind == .report, status == .held, isWord(o, "a") || isWord(o, "an") {
            var k = o + 1
            var phone = false
            while let w = word(k), Words.phoneWords.contains(w) || w == "brief" || w == "courtesy" {
                if Words.phoneWords.contains(w) { phone = true }
                if w == "call" || w == "calls" { break }
                k += 1
            }
            // "received a courtesy call from Y": a visit in person.
            let courtesy = isWord(k - 1, "courtesy")
            if phone || courtesy, isWord(k, "call") || isWord(k, "calls"), isWord(k + 1, "from") {
                verbClause(v, objectsAt: k + 2, status: phone && !courtesy ? .phone : .held, intransitive: false)
                return
            }
            // "received a government delegation headed by Y"; any other "a" names nobody.
            guard delegationLeader(from: o) != nil else { return }
        }
        // The object must follow directly (after titles and a time or place adverbial:
        // "received this Monday the minister", "received at the airport President X"):
        // "received the award" names nobody.
        // "received today the minister" (`bareTimeWord`, `MeetingMatcher+Adverbials.swift`)
        verbClause(v, objectsAt: afterAdverbials(afterBareTimeWord(o)), status: status, kind: kind, intransitive: false)
    }
}
