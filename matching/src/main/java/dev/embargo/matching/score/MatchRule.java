package dev.embargo.matching.score;

/** Why two parts of two names were paired; shown to the analyst in every explanation. */
public enum MatchRule {
    /** Same spelling after folding case and diacritics. */
    EXACT,
    /** Same spelling once the query's script was read into Latin (Cyrillic, Hangul, hanja, ...). */
    TRANSLITERATION,
    /** Spellings that romanisation systems or languages use for the same sound (Jong/Chong, Poetin/Putin). */
    ROMANISATION_VARIANT,
    /** Same consonants (vowels differ, or a script that does not write vowels). */
    PHONETIC,
    /** A few letters differ (typing errors). */
    EDIT_DISTANCE,
    /** An initial against a word that starts with it. */
    INITIAL,
    /** A legal form against a legal form of the same kind. */
    LEGAL_FORM,
    /** Words written together on one side and apart on the other (Kimjongun, Al Qaida / Alqaida). */
    JOINED
}
