/// A common given name opening a run of two or three name words makes the run a person where
/// nothing else in the sentence says so: "the impact upon Jair Velloso", "Sergio Marant became
/// minister" (rule 4 of `Resolver`). A language fact like the family names of `Lexicon`: given
/// names in wide use across the world's news, none of them also a common English word, a country,
/// a city or a word that opens bodies' names ("Christian Democratic …", "Victoria Falls",
/// "Jordan Valley" are left out). The run must hold only name words, so "Ahmed Shah Stadium"
/// (a cue word) is no person; a run with a table entry never gets here.
///
/// Where a title says a name follows, a stopword may be its given name ("President Per
/// Halvorsen", "Prime Minister He Mingo"): `mayOpenName`, `stopwordOpensTitledName`.
extension ArticleResolver {
    static let commonGivenNames = Lexicon.set(
        """
        john james robert michael william david richard joseph thomas charles daniel matthew anthony donald steven
        paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob gary nicholas
        eric jonathan stephen larry justin scott brandon benjamin samuel gregory alexander frank patrick raymond
        jack dennis jerry tyler aaron jose adam nathan henry douglas zachary peter kyle ethan walter noah jeremy
        harold keith roger gerald carl terry sean arthur lawrence dylan jesse bryan joe bruce gabriel logan albert
        ralph roy eugene randy wayne louis russell vincent philip bobby johnny bradley malcolm nigel boris
        mary patricia jennifer linda elizabeth barbara susan jessica sarah karen lisa nancy betty margaret sandra
        ashley kimberly emily donna michelle carol amanda dorothy melissa deborah stephanie rebecca sharon laura
        cynthia kathleen amy angela shirley anna brenda pamela emma nicole helen samantha katherine christine debra
        rachel carolyn janet catherine maria heather diane ruth julie olivia joyce virginia kelly lauren christina
        joan evelyn judith megan andrea cheryl hannah jacqueline martha gloria teresa ann sara madison frances
        kathryn janice jean abigail alice julia judy sophia denise marilyn beverly danielle theresa diana natalie
        brittany charlotte marie kayla alexis lori penny jacinda theresa ursula annalena kamala hillary condoleezza
        juan carlos luis jorge pedro miguel javier manuel francisco antonio alejandro fernando ricardo eduardo
        sergio rafael andres diego pablo gustavo mauricio alberto enrique felipe gonzalo ignacio joaquin marcelo
        rodrigo hugo nicolas gabriela mariana fernanda camila valentina daniela claudia veronica lucia carmen
        isabel pilar rocio beatriz alicia luiz joao paulo marcos lula dilma fabio tiago gilberto geraldo
        jean pierre jacques michel francois philippe alain bernard emmanuel nicolas laurent olivier thierry
        dominique sebastien jeanne valerie catherine sylvie nathalie isabelle brigitte anne
        hans klaus jurgen wolfgang helmut gerhard frank olaf angela friedrich heinrich karl horst dietrich ulrich
        annegret johann stefan andreas markus matthias
        sergei sergey vladimir dmitry dmitri alexei alexey andrei andrey nikolai mikhail ivan yuri yury igor oleg
        viktor anatoly valentina tatiana svetlana natalia olga irina elena yelena galina ludmila lyudmila volodymyr
        oleksandr petro dmytro andriy taras kyrylo mykola yulia
        mohammed muhammad mohammad mohamed ahmed ahmad mahmoud mustafa mostafa hassan hussein hossein abdullah
        abdul abdel ibrahim ismail yusuf youssef omar umar khalid khaled faisal saud fahd salman tamim
        nasser jamal kamal karim rashid saeed walid tariq ziad nabil hamad hamid majid ayman osama bashar
        fatima aisha khadija mariam maryam layla leila zainab noura amina hind rania
        recep mevlut hakan ahmet mehmet mustafa kemal abbas javad hassan ebrahim masoud mahmoud ali reza
        narendra rahul sonia amit rajnath nirmala subrahmanyam shashi arvind manmohan atal sushma vijay sanjay
        rajesh suresh ramesh anil sunil ravi ashok prakash deepak pradeep imran nawaz shehbaz asif bilawal
        hasina khaleda ranil gotabaya mahinda anura pushpa kamal sher
        cyril jacob thabo nelson uhuru william raila yoweri paul muhammadu bola goodluck olusegun abiy isaias
        joko prabowo susilo megawati anwar mahathir najib ismail rodrigo ferdinand bongbong benigno gloria
        """)

    /// The run's words `ws` (two or three) open with a common given name.
    func givenNameFirst(_ ws: [Range<Int>]) -> Bool {
        guard ws.count >= 2, ws.count <= 3, ws[0].count == 1 else { return false }
        let first = tokens[ws[0].lowerBound]
        return first.isCap && !first.isAllCaps && Self.commonGivenNames.contains(first.key)
    }

    /// The capitalised word at `k` may open a name where a title or a complement says one
    /// follows: a name word, or a stopword that is no function, title, cue, generic or event
    /// word ("Per", a given name: "President Per Halvorsen", "Speaker of the Storting Per
    /// Halvorsen"). Elsewhere such a stopword opens no name ("Per capita …", "Per Reuters").
    func mayOpenName(_ k: Int) -> Bool {
        let key = tokens[k].key
        if onlyNameWords(k..<(k + 1)) { return true }
        return !tokens[k].isAllCaps && Lexicon.stopwords.contains(key) && !Lexicon.functionWords.contains(key)
            && !Lexicon.titleHeads.contains(key) && !Lexicon.titleModifiers.contains(key)
            && !Lexicon.orgCues.contains(key) && !Lexicon.placeCues.contains(key)
            && !Lexicon.genericOrgWords.contains(key) && !Lexicon.eventWords.contains(key)
    }

    /// After a title, the stopword at `i` opens a name of two or three words that ends in a
    /// name-like word before `b`: "President Per Halvorsen".
    func stopwordOpensTitledName(at i: Int, limit b: Int) -> Bool {
        guard Lexicon.stopwords.contains(tokens[i].key), mayOpenName(i), tokens[i].isCap, tokens[i].letters >= 2
        else { return false }
        let ws = words(i..<nameRun(at: i, limit: b))
        guard ws.count >= 2, ws.count <= 3, let last = ws.last else { return false }
        return nameLikeWord(last.lowerBound) && ws.dropFirst().allSatisfy { onlyNameWords($0) }
    }
}
