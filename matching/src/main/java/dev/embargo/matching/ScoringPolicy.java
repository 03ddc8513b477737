package dev.embargo.matching;

/**
 * Every number that decides a score, in one place, each with the reason for its value. The pipeline reads
 * {@link #DEFAULT} once, into constants of the classes that apply each rule: candidate generation
 * ({@code index.CandidateIndex}, {@code index.WordWeight}, and {@link Pipeline} for the shared-weight floor),
 * word similarity ({@code score.TokenSimilarity}), name coverage ({@code score.NameScorer}), evidence
 * ({@code score.EvidenceScorer}) and the final formula ({@code score.MatchScorer}). Changing a value here changes screening everywhere; the labelled data in
 * ../shared/eval and BENCHMARKS.md say how a change moves recall and false alerts.
 *
 * @param threshold       the one default threshold of every command and endpoint: a match is
 *                        {@code score >= threshold}
 * @param candidates      which listed names are scored in full for a query
 * @param wordWeights     how much a word counts in a name, by kind and rarity
 * @param similarity      how alike two words are, per rule
 * @param names           how paired and left-over words make a name score, and its caps
 * @param evidence        what dates of birth and countries add to or take from a name score
 * @param weakAliasFactor a weak alias ("a.k.a. the engineer", low quality per the list) counts slightly less
 *                        than a strong name, so that a strong name of another party wins a tie
 * @param scoreScale      scores are reported rounded to 1 / scoreScale (three decimals)
 */
public record ScoringPolicy(
        double threshold,
        Candidates candidates,
        WordWeights wordWeights,
        WordSimilarity similarity,
        NameCoverage names,
        Evidence evidence,
        float weakAliasFactor,
        double scoreScale) {

    /**
     * Chosen on the labelled data in ../shared/eval (see BENCHMARKS.md): it keeps the false alert rate on
     * people who are on no list under 0.5 % while finding the listed person for 95 % of damaged names.
     */
    public static final double DEFAULT_THRESHOLD = 0.85;

    /**
     * @param perReading        names scored in full per reading of the query, the best by shared word weight:
     *                          the listed party is nearly always among them, and scoring more costs time only
     * @param commonPostings    a word found in more names than this finds no candidates (it only scores them),
     *                          unless it is the query's only word: "mohammed" alone would find thousands
     * @param minSharedWeight   a name found through less than this share of the query's word weight cannot
     *                          reach a match and is not scored
     * @param skeletonFactor    a name found only through a word's consonant skeleton (a vowel typo) counts this
     *                          much of the word's weight, below the names found through its spelling
     */
    public record Candidates(int perReading, int commonPostings, double minSharedWeight, float skeletonFactor) {}

    /**
     * @param legalForm   LLC, JSC, Ltd say little about which party is meant
     * @param particle    al, bin, van, de are shared by many names
     * @param initial     an initial agrees with many words
     * @param number      a number (Snow Storm 1 / 2) tells vessels and companies apart
     * @param commonWord  the weight of a name word used by every listed party
     * @param rarity      added to {@code commonWord} in proportion to how rare the word is across the lists
     *                    (inverse document frequency, 0..1): a rare surname says more than "Mohammed"
     */
    public record WordWeights(
            float legalForm, float particle, float initial, float number, double commonWord, double rarity) {}

    /**
     * @param minPair          below this two words are not paired at all
     * @param variant          romanisation variants (Jong/Chong) are strong evidence but not the same spelling
     * @param vowelVariant     the same word but for one or two vowels inside it (Jaber/Jabir, Mohammad/Mohammed):
     *                         romanisations disagree most on vowels, so nearly a variant, above a typing error
     * @param initial          an initial agrees with a word that begins with it, and tells nothing more
     * @param otherLegalForm   two legal forms of the same family (LLC / Ltd) agree less than the same form
     * @param minEdit          spellings less alike than this (1 − edits / length) are not typing errors
     * @param editFactor       a typing error's similarity is scaled down so that only the same word reaches 1
     * @param phoneticBase     the same consonants with different vowels: this much
     * @param phoneticSpelling plus this much times how alike the spellings are, so that a phonetic code alone
     *                         never makes a full match
     * @param sameConsonants   scripts without vowels (Arabic, Hebrew): the same two or more consonants
     * @param sameConsonant    the same single consonant, less telling
     * @param mergedConsonants the same skeleton only once voiced and voiceless consonants are merged (d/t, z/s):
     *                         a script that writes consonants keeps them apart, so no more than close ones
     * @param closeConsonants  consonant skeletons an edit apart (two in skeletons of five or more)
     * @param noConsonants     two words without consonants on both sides
     * @param joinedVowelless  a word against words written together, in a script without vowels: its
     *                         similarity as words, scaled down this much
     * @param joinedSame       a word the same as words written together (Kimjongun / Kim Jong Un)
     * @param joinedMinEdit    written together with typing errors: not below this
     * @param joinedEditFactor and scaled down this much
     */
    public record WordSimilarity(
            double minPair,
            double variant,
            double vowelVariant,
            double initial,
            double otherLegalForm,
            double minEdit,
            double editFactor,
            double phoneticBase,
            double phoneticSpelling,
            double sameConsonants,
            double sameConsonant,
            double mergedConsonants,
            double closeConsonants,
            double noConsonants,
            double joinedVowelless,
            double joinedSame,
            double joinedMinEdit,
            double joinedEditFactor) {}

    /**
     * score = queryCoverage × (λ + (1 − λ) × queryMiddleCoverage) × (λ + (1 − λ) × nameCoverage): words of the
     * query that found no partner count fully against the match; listed words the query left out count 1 − λ as
     * much, and so do a person's middle names that only the query gives (the two sides are weighed alike).
     *
     * @param lambdaPerson         people are often named without middle names or patronymics
     * @param lambdaSyllabicPerson names of short syllables (Kim Jong Man, Li Ming Hua) have no optional
     *                             middle names: every part counts, and a syllable left out is most often
     *                             another person's given name (Li Yu / PAO Yu Yi)
     * @param lambdaOther          names of organisations, vessels and aircraft are rarely shortened
     * @param singleWordCap        a one-word query against a longer name ("Vladimir" / PUTIN, Vladimir
     *                             Vladimirovich) is never a full match
     * @param numberMismatchCap    numbers that disagree ("Snow Storm 1" / "Snow Storm 2") hold a name low
     * @param middleWordFactor     a person's listed word left out between the first word and a later word, both
     *                             paired (middle names, a father's name), counts this much: "Aisha Qadhafi" for
     *                             AISHA MUAMMAR ... QADHAFI
     * @param middleWordsFrom      only in names of this many words: in three, the word between is as often half
     *                             of a given name (Kim Kwang-myong) as a middle name
     * @param givenMissingFactor   a listed person's first given name or first family name (where the list's
     *                             form tells them: "FAMILY, Given", "Given FAMILY"; else the first word) left out
     *                             while the query gives two words or more counts this much of its weight against
     *                             the query as well: "Muammar Qadhafi" is the father of AISHA MUAMMAR QADHAFI,
     *                             "Mario Martinez" not MARTINEZ CASAS, Carlos Mario; not fully, since some people
     *                             go by a middle name
     * @param patronymicOrderCap   "X bin Y" against "Y bin X" (X son of Y; Y son of X) is held this low, and so
     *                             are names of short syllables whose syllables come in another order (Jong Un /
     *                             Un Jong), the family name apart
     * @param ownScriptDifferenceCap two people's names both in Hangul, or both in Chinese characters, whose
     *                             syllables differ are held this low, however alike they romanise (김정은 /
     *                             김정운): in its own script a name is spelled one way
     * @param singleCharacterCap   a name of a single Hangul syllable or Chinese character (a family name, a
     *                             fragment) is held this low
     * @param legalFormKindCap     an organisation's name whose legal form says another kind of company than
     *                             the other name's (AG / GmbH, JSC / LLC, GmbH / KG) is held this low: two
     *                             companies of one name and different forms are a parent and its subsidiary
     *                             or unrelated firms; a form said by one side only costs nothing
     * @param partFamilyCap        a listed person's family name of two words or more (told by the list's comma
     *                             or capitals) of which the query gives some words but not all ("Pedro Sanchez"
     *                             / SANCHEZ MEDRANO, Pedro; "Mario Martinez" / MARTINEZ TREVIZO, Mario Ernesto)
     *                             is held this low, as a one-word query is: a given name and one family name
     *                             of a double family name are the most common names there are, shared by every
     *                             cousin and namesake, and it is the second family name that tells the listed
     *                             person from them. Not lower: with the listed date of birth, the short form
     *                             people go by still reaches the threshold
     * @param wordInPlaceCap       an organisation's, vessel's or aircraft's name with a word of its own where the
     *                             other name has another ("Department of Research and Science" / Department of
     *                             Education and Science; "71st Repair Plant of the Ministry of Eqtesad" / ...
     *                             Ministry of Defense) is held this low, however long the rest that agrees:
     *                             such names are not shortened but given in full, and the one word that differs
     *                             is what tells a sister company, a branch or another ministry from the listed
     *                             one; a word that one side only gives costs by coverage alone
     */
    public record NameCoverage(
            double lambdaPerson,
            double lambdaSyllabicPerson,
            double lambdaOther,
            double singleWordCap,
            double numberMismatchCap,
            double middleWordFactor,
            int middleWordsFrom,
            double givenMissingFactor,
            double patronymicOrderCap,
            double ownScriptDifferenceCap,
            double singleCharacterCap,
            double legalFormKindCap,
            double partFamilyCap,
            double wordInPlaceCap) {}

    /**
     * Dates of birth and countries move a name's score but never make a hit on their own: the largest boost
     * is small next to the threshold, and a query without them is not penalised.
     *
     * @param dobExact       the same day
     * @param dobSwapped     the same date with day and month swapped (a common slip between date formats)
     * @param dobSameYear    the same year or overlapping ranges (many lists give only a year)
     * @param dobFar         more than a year apart: most likely another person of the same name
     * @param dobFullDiffers  two full dates more than a year apart while the name is not the listed one word for
     *                        word: two facts on record against a name that is already only alike. dobFar alone
     *                        leaves a near name with an agreeing country alerting (0.99 − 0.15 + 0.03 = 0.87) and
     *                        most near names alerting at any lower threshold a user picks; −0.3 keeps the best
     *                        name that is not exact under the threshold whatever the country says. An exact name
     *                        keeps dobFar: then it is the date that is more likely wrong (lists record several,
     *                        and false ones)
     * @param countryAgrees  a listed nationality, citizenship or country
     * @param countryDiffers other nationalities listed: a little lower only, people move and lists are incomplete
     */
    public record Evidence(
            double dobExact,
            double dobSwapped,
            double dobSameYear,
            double dobFar,
            double dobFullDiffers,
            double countryAgrees,
            double countryDiffers) {}

    /**
     * An organisation found by its acronym ("KMDTC" for KOREA MINING DEVELOPMENT TRADING CORPORATION) is found by
     * a few letters, not by its name: weaker evidence than any name read in full, so never scored above
     * {@code unique}, and only where the query is the acronym written as one (capitals or dotted letters) with
     * at most legal forms beside it. Short acronyms collide: of the acronyms the lists' organisations read as,
     * about a third of those of three letters are held by two organisations or more, and one random word of three
     * capitals in eight spells some listed organisation's initials; of four letters, one in 300.
     *
     * @param minAlertLetters an acronym shorter than this never alerts on its own: "ABC" or "IBM" typed for a
     *                        company on no list would too often be some listed organisation's initials
     * @param unique          the score of an acronym held by one listed organisation alone and long enough: over
     *                        the threshold, below every exact name (a party whose alias is the very word comes
     *                        first), and under it again when a country on record disagrees (0.88 − 0.05)
     * @param weak            the score of an acronym that several listed organisations hold, or that is short:
     *                        under the threshold even with an agreeing country (0.80 + 0.03), because a
     *                        wrong party is worse than none; shown at lower thresholds with all its holders
     */
    public record Acronym(int minAlertLetters, double unique, double weak) {}

    public static final Acronym ACRONYM = new Acronym(4, 0.88, 0.80);

    /**
     * A person found by initials and one family name ("S. Y. Naryshkin") is found by a few letters and one word,
     * scored as an acronym is ({@code score.InitialsAndFamily}): by how many listed people hold the same initials
     * and family name, never by how its words pair (the one-word cap would hold every such query low; the pairing
     * alone would alert on every namesake).
     *
     * @param unique the score where one listed person alone holds them: over the threshold, below every exact
     *               name, and under it again with a country on record that disagrees (0.88 − 0.05) or a date of
     *               birth far off
     * @param weak   where several listed people hold them, or the listed name does not (an initial paired with
     *               a family name, the family name only in part): under the threshold even with an agreeing
     *               country (0.80 + 0.03), since a wrong person is worse than none; shown at lower thresholds
     *               with every holder
     */
    public record Initials(double unique, double weak) {}

    public static final Initials INITIALS = new Initials(0.88, 0.80);

    /**
     * How alike a word of a transcribed reading (katakana, Chinese transcription characters) and a word of another
     * name are ({@code score.TranscribedWords}), by the distance and length of their consonant keys: the same key
     * of two classes or more is nearly the same word (a transcription can say no more), what transcriptions
     * confuse (chi for ti, a lost v) a little less, one class more or less only in keys of four or more, where it
     * is a quarter of the word; anything further is another word. A transcription never reaches 1: its reading is
     * not a spelling. A name's score counts its words' similarity about twice over (as the query's coverage and as
     * the name's), so a name whose words all have the same keys scores about 0.94, one confusion in a word of two
     * about 0.92, a whole edit in a word of two about 0.87.
     *
     * @param sameKey      the same key of two classes or more
     * @param sameShortKey the same key of one class (Ken / ケン)
     * @param confusedKey  keys one confusion apart (half an edit: T/S, K/S, K/H, P/H, a P or H dropped)
     * @param closeKey     keys a whole edit apart, in keys of five classes or more
     * @param closeFourKey keys of four classes a whole edit apart: between, a name with such a word alone stays
     *                     below 0.85
     * @param closeShortKey keys of three classes a whole edit apart, where one class is a large part of the word
     *                     and as often another name (Putin / Pupkin, Tokarev / Nikolaev), or an edit and a half
     *                     apart in keys of five: pairs the words but keeps the name below the threshold alone
     * @param noConsonants words without a consonant on both sides
     */
    public record Transcription(
            double sameKey,
            double sameShortKey,
            double confusedKey,
            double closeKey,
            double closeFourKey,
            double closeShortKey,
            double noConsonants) {}

    public static final Transcription TRANSCRIPTION = new Transcription(0.97, 0.9, 0.95, 0.9, 0.85, 0.7, 0.7);

    public static final ScoringPolicy DEFAULT = new ScoringPolicy(
            DEFAULT_THRESHOLD,
            new Candidates(16, 4000, 0.4, 0.8f),
            new WordWeights(0.1f, 0.15f, 0.3f, 1.0f, 0.2, 0.8),
            new WordSimilarity(
                    0.6, 0.95, 0.9, 0.75, 0.7, 0.7, 0.95, 0.45, 0.45, 0.93, 0.85, 0.8, 0.78, 0.7, 0.98, 0.97, 0.8,
                    0.93),
            new NameCoverage(0.75, 0.35, 0.45, 0.8, 0.6, 0.5, 4, 0.5, 0.7, 0.7, 0.7, 0.7, 0.8, 0.8),
            new Evidence(0.06, 0.03, 0.03, -0.15, -0.3, 0.03, -0.05),
            0.95f,
            1000);
}
