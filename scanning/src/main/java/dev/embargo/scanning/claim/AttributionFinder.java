package dev.embargo.scanning.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who a sentence is attributed to: a cue ("aldus", "according to", "laut", "selon", "meldde", "said") and the
 * noun phrase after it, or before it for reporting verbs ("X said", "X houden het op"). The phrase is the run
 * of capitalised words or acronyms ("Radio Free Asia", "TASS"), skipping modifiers that lead up to it
 * ("het Russische staatspersbureau TASS"), or a determiner with a common noun ("de experts").
 */
final class AttributionFinder {
    /** A source in flat offsets. */
    record Source(int start, int end) {
    }

    private enum Direction { FORWARD, EITHER, BACKWARD }

    private record Cue(Pattern pattern, Direction direction) {
    }

    private record Token(String text, int start, int end, boolean word, boolean elision) {
        boolean capital() {
            return word && (text.chars().anyMatch(Character::isUpperCase));
        }

        boolean lower() {
            return word && !capital() && !Character.isDigit(text.charAt(0));
        }

        String key() {
            return text.toLowerCase(Locale.ROOT);
        }
    }

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;
    private static final Pattern TOKEN = Pattern.compile(
            "(?<elision>(?<![\\p{L}])[lLdDjJ][’'](?=\\p{L}))|(?<word>[\\p{L}\\p{N}]+(?:[\\-&][\\p{L}\\p{N}]+)*)|(?<punct>\\S)");
    private static final Set<String> DETERMINERS = Set.of("de", "het", "the", "der", "die", "das", "dem", "den", "des",
            "le", "la", "les", "du", "l'", "l’", "d'", "d’", "deze", "dit", "this", "these", "diese", "dieser",
            "ce", "cette", "ces", "een", "a", "an", "ein", "eine", "einer", "un", "une");
    /** "a spokesman" names nobody without its article; "the BND" does. */
    private static final Set<String> INDEFINITES = Set.of("een", "a", "an", "ein", "eine", "einer", "un", "une");
    private static final Set<String> LEAD_INS = Set.of("onder", "meer", "andere", "anderen", "among", "others", "unter",
            "anderem", "notamment", "ook", "also", "auch", "aussi", "ebenfalls", "nog", "zelfs", "even");
    /** Words that end a source: conjunctions, relative pronouns, common auxiliaries. */
    private static final Set<String> STOPS = Set.of("dat", "die", "wat", "en", "maar", "want", "omdat", "is", "was",
            "zijn", "waren", "heeft", "hebben", "had", "wordt", "werd", "zou", "that", "which", "who", "and", "but",
            "are", "were", "has", "have", "will", "would", "dass", "und", "aber", "ist", "sind", "war", "hat", "haben",
            "wird", "wurde", "que", "qui", "et", "mais", "est", "sont", "ont", "a", "sera", "in", "op", "bij", "met",
            "voor", "over", "on", "at", "with", "for", "im", "am", "mit", "für", "dans", "sur", "avec", "pour", "van",
            "of", "von", "zu", "te", "to", "om", "als");
    /** Joins capitalised words inside a name ("Bank of Korea", "Kamer van Koophandel"). */
    private static final Set<String> CONNECTORS = Set.of("of", "van", "der", "de", "des", "du", "für", "for", "la", "le");
    private static final Set<String> APPOSITIONS = Set.of("zoals", "waaronder", "onder", "such", "including", "like",
            "wie", "darunter", "comme", "dont", "notamment", "die", "who", "which", "qui", "der");
    private static final Set<String> PRONOUNS = Set.of("ik", "hij", "zij", "ze", "wij", "we", "mij", "me", "hem", "haar",
            "ons", "hen", "hun", "i", "he", "she", "they", "it", "him", "her", "us", "them", "ich", "er", "sie", "es",
            "wir", "ihm", "ihr", "uns", "ihnen", "je", "il", "elle", "nous", "ils", "elles", "moi", "lui", "eux");
    private static final Pattern ADJECTIVE_ENDING = Pattern.compile(".*(e|en|er|es|sch|ian|ean|ese|ish|ais|aise|ien|ienne|ic)");

    private final List<Cue> cues;

    AttributionFinder(Language language) {
        this.cues = switch (language) {
            case NL -> List.of(cue("aldus|volgens", Direction.FORWARD),
                    cue("houdt het op|houden het op|hield het op|hielden het op", Direction.BACKWARD),
                    cue("meldt|meldde|melden|meldden|zegt|zei|zeggen|zeiden|stelt|stelde|stellen|stelden|schrijft|schreef"
                            + "|schrijven|schreven|verklaarde|verklaart", Direction.EITHER));
            case EN -> List.of(cue("according to", Direction.FORWARD),
                    cue("said|says|reported|reports|stated|claimed|claims|estimated|estimates", Direction.EITHER));
            case DE -> List.of(cue("laut|nach Angaben (?:von|des|der)", Direction.FORWARD),
                    cue("sagte|sagt|sagten|berichtet|berichtete|berichteten|erklärte|erklärt|schreibt|schrieb",
                            Direction.EITHER));
            case FR -> List.of(cue("selon|d['’]après", Direction.FORWARD),
                    cue("a déclaré|ont déclaré|déclare|a affirmé|affirme|a indiqué|indique|a rapporté|rapporte|a estimé"
                            + "|estime|écrit", Direction.EITHER));
        };
    }

    private static Cue cue(String words, Direction direction) {
        return new Cue(Pattern.compile("(?<![\\p{L}])(?:" + words + ")(?![\\p{L}])", FLAGS), direction);
    }

    /** The first attributed source in the flat sentence [from, to), or null when the sentence has no cue. */
    Source find(String flat, int from, int to) {
        List<Token> tokens = tokens(flat, from, to);
        for (Cue cue : cues) {
            Matcher m = cue.pattern().matcher(flat).region(from, to);
            m.useTransparentBounds(true);
            while (m.find()) {
                Source s = null;
                if (cue.direction() != Direction.BACKWARD) {
                    s = forward(tokens, firstAtOrAfter(tokens, m.end()), cue.direction() == Direction.FORWARD);
                }
                if (s == null && cue.direction() != Direction.FORWARD) {
                    s = backward(tokens, firstAtOrAfter(tokens, m.start()));
                }
                if (s != null) {
                    return s;
                }
            }
        }
        return null;
    }

    private static List<Token> tokens(String flat, int from, int to) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(flat).region(from, to);
        while (m.find()) {
            tokens.add(new Token(m.group(), m.start(), m.end(), m.group("word") != null, m.group("elision") != null));
        }
        return tokens;
    }

    private static int firstAtOrAfter(List<Token> tokens, int offset) {
        int i = 0;
        while (i < tokens.size() && tokens.get(i).start() < offset) {
            i++;
        }
        return i;
    }

    /** @param bareNouns whether "volgens experts" may name a source without a determiner; not after verbs */
    private static Source forward(List<Token> tokens, int i, boolean bareNouns) {
        while (i < tokens.size() && tokens.get(i).lower() && LEAD_INS.contains(tokens.get(i).key())) {
            i++;
        }
        Token determiner = null;
        if (i < tokens.size() && (tokens.get(i).elision() || tokens.get(i).lower() && DETERMINERS.contains(tokens.get(i).key()))) {
            determiner = tokens.get(i++);
        }
        int runStart = -1;
        int runEnd = -1;
        int lowerStart = -1;
        int lowerEnd = -1;
        int limit = Math.min(tokens.size(), i + 8);
        for (; i < limit; i++) {
            Token t = tokens.get(i);
            if (!t.word() || (t.lower() && STOPS.contains(t.key()) && !(runStart >= 0 && connects(tokens, i)))) {
                break;
            }
            if (t.capital()) {
                if (runStart < 0) {
                    runStart = i;
                }
                runEnd = i;
            } else if (!t.lower()) {
                break;
            } else if (runStart >= 0) {
                if (connects(tokens, i)) {
                    continue;
                }
                if (ADJECTIVE_ENDING.matcher(tokens.get(runEnd).text()).matches()
                        && !tokens.get(runEnd).text().equals(tokens.get(runEnd).text().toUpperCase(Locale.ROOT))
                        && capitalAhead(tokens, i)) {
                    runStart = -1; // the run was a modifier: "Russische staatspersbureau TASS"
                    runEnd = -1;
                    continue;
                }
                break;
            } else {
                if (lowerStart < 0) {
                    lowerStart = i;
                }
                lowerEnd = i;
            }
        }
        if (runStart >= 0) {
            Token first = tokens.get(runStart);
            boolean commonNounInside = tokens.subList(runStart, runEnd + 1).stream()
                    .anyMatch(t -> t.text().matches(".*-\\p{Ll}.*"));
            if (determiner != null && (commonNounInside || INDEFINITES.contains(determiner.key()))
                    && tokens.indexOf(determiner) == runStart - 1) {
                first = determiner;
            }
            return new Source(first.start(), tokens.get(runEnd).end());
        }
        if (lowerStart >= 0 && lowerEnd - lowerStart < 3) {
            if (PRONOUNS.contains(tokens.get(lowerStart).key()) || determiner == null && !bareNouns) {
                return null;
            }
            Token first = determiner != null ? determiner : tokens.get(lowerStart);
            return new Source(first.start(), tokens.get(lowerEnd).end());
        }
        return null;
    }

    private static boolean connects(List<Token> tokens, int i) {
        return CONNECTORS.contains(tokens.get(i).key()) && i + 1 < tokens.size() && tokens.get(i + 1).capital();
    }

    private static boolean capitalAhead(List<Token> tokens, int i) {
        for (int j = i; j < Math.min(tokens.size(), i + 3); j++) {
            Token t = tokens.get(j);
            if (t.capital()) {
                return true;
            }
            if (!t.lower() || STOPS.contains(t.key())) {
                return false;
            }
        }
        return false;
    }

    /** The phrase ending just before the cue at token {@code cue}; skips an apposition ", zoals die van X,". */
    private static Source backward(List<Token> tokens, int cue) {
        int end = cue - 1;
        if (end >= 0 && tokens.get(end).text().equals(",")) {
            int previousComma = end - 1;
            while (previousComma >= 0 && !tokens.get(previousComma).text().equals(",")) {
                previousComma--;
            }
            if (previousComma < 0 || previousComma + 1 >= end
                    || !APPOSITIONS.contains(tokens.get(previousComma + 1).key())) {
                return null;
            }
            end = previousComma - 1;
        }
        int start = end + 1;
        boolean anchored = false;
        for (int i = end; i >= 0 && end - i < 5; i--) {
            Token t = tokens.get(i);
            if (t.elision() || t.lower() && DETERMINERS.contains(t.key())) {
                start = i;
                anchored = true;
                break;
            }
            if (!t.word() || Character.isDigit(t.text().charAt(0)) || t.lower() && STOPS.contains(t.key())) {
                break;
            }
            start = i;
            anchored |= t.capital();
        }
        if (start > end || !anchored || PRONOUNS.contains(tokens.get(end).key())) {
            return null;
        }
        return new Source(tokens.get(start).start(), tokens.get(end).end());
    }
}
