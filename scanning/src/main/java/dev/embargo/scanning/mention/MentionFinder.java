package dev.embargo.scanning.mention;

import dev.embargo.scanning.language.Language;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the spans of prose that may name a person, organisation, vessel or aircraft: runs of capitalised or
 * all-capital words (joined across line breaks and line-end hyphens, with name connectors like "van der" or
 * "bin" inside), words of scripts without case, the name part of compounds ("Hamas-terroristen" → Hamas),
 * short quoted phrases, and the surnames of the exonym table. Function words of the text's languages (sentence-
 * initial "Het", "The", "Die", "Les") open no name. Every
 * run yields itself and its tails of up to five words as candidates (a run starts with titles and context
 * words more often than it ends with them: "Generaal Kim Jong Un"); a name is never cut short at its end, so
 * "Kim Jong Il" is not screened as "Kim Jong". The scanner keeps the best-scoring non-overlapping ones.
 */
public final class MentionFinder {
    private static final int MAX_WORDS = 5;

    private MentionFinder() {}

    /** Candidates in a text of any of the four languages: no language's function words open a name. */
    public static List<Mention> candidates(String text) {
        return candidates(text, EnumSet.allOf(Language.class));
    }

    /** Candidates in a text written in {@code languages}: their function words open no name. */
    public static List<Mention> candidates(String text, Set<Language> languages) {
        return find(text, languages).all();
    }

    /**
     * The candidates of a text, as the scanner weighs them: per run of name-like words its spans, longest
     * first (they all end at the run's last word, so at most one of them can be reported), and the quoted
     * phrases, which may overlap runs.
     */
    public record Candidates(List<List<Mention>> runs, List<Mention> quoted) {
        public Candidates {
            runs = List.copyOf(runs);
            quoted = List.copyOf(quoted);
        }

        /** Every candidate: the runs' in text order, then the quoted phrases. */
        public List<Mention> all() {
            List<Mention> all = new ArrayList<>();
            runs.forEach(all::addAll);
            all.addAll(quoted);
            return all;
        }
    }

    /** The candidates of a text written in {@code languages}, by run. */
    public static Candidates find(String text, Set<Language> languages) {
        FunctionWords functionWords = FunctionWords.of(languages);
        List<Word> words = WordSplitter.split(text);
        List<List<Mention>> runs = new ArrayList<>();
        List<Word> run = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            // A name does not run on into the next sentence ("... Wagner Group. Bundeskanzler Olaf Scholz").
            if (words.get(i).sentenceStart()) {
                emit(text, run, runs);
                run.clear();
            }
            Word w = nameablePart(words.get(i));
            // A capitalised function word opens no name ("Maar", "Het"), but inside one it is part of it
            // ("Kim Jong Un", where "Un" is also French for "a").
            boolean nameLike = w != null
                    && (w.capitalised() || w.allCaps() || w.caseless())
                    && (!run.isEmpty() || !functionWords.isFunctionWord(w.text()));
            boolean connector = w != null
                    && !run.isEmpty()
                    && FunctionWords.isConnector(w.text())
                    && i + 1 < words.size()
                    && startsName(words.get(i + 1), functionWords);
            if (nameLike || connector) {
                run.add(w);
                // A compound cut at its lower-case part ends the run there.
                if (w.end() != words.get(i).end()) {
                    emit(text, run, runs);
                    run.clear();
                }
            } else {
                emit(text, run, runs);
                run.clear();
            }
        }
        emit(text, run, runs);
        List<Mention> quoted = new ArrayList<>();
        quoted(text, quoted);
        return new Candidates(runs, quoted);
    }

    private static final java.util.regex.Pattern QUOTED =
            java.util.regex.Pattern.compile("[\"“„«‘']([^\"”“«»‘’'\n]{2,60})[\"”“»’']");

    /**
     * Short quoted phrases ("the vessel “Sea Star”", 'Ocean Glory'): ship and company names are often quoted
     * and need not be capitalised. Phrases of one to four words only; longer quotes are speech, not names.
     */
    private static void quoted(String text, List<Mention> out) {
        java.util.regex.Matcher m = QUOTED.matcher(text);
        // As m.find() would, but the regex is entered only at an opening quote: its search tried the quote
        // class at every character of the text, a twentieth of a scan's time.
        int at = 0;
        while (at < text.length()) {
            if (!isOpeningQuote(text.charAt(at))) {
                at++;
                continue;
            }
            m.region(at, text.length());
            if (!m.lookingAt()) {
                at++;
                continue;
            }
            at = m.end();
            Mention phrase = quotedPhrase(m);
            if (phrase != null) {
                out.add(phrase);
            }
        }
    }

    /** The mention a match of {@link #QUOTED} makes: its phrase, when of one to four words with a letter. */
    static Mention quotedPhrase(java.util.regex.MatchResult m) {
        String inner = m.group(1).strip();
        int words = inner.isEmpty() ? 0 : inner.split("\\s+").length;
        if (words < 1 || words > 4 || inner.chars().noneMatch(Character::isLetter)) {
            return null;
        }
        int start = m.start(1) + m.group(1).indexOf(inner);
        return new Mention(start, start + inner.length(), inner, inner.replaceAll("\\s+", " "), false);
    }

    /** The first character class of {@link #QUOTED}. */
    private static boolean isOpeningQuote(char c) {
        // Letters and digits, most of a text, lie between ' and « and are passed with one test.
        if (c > '\'' && c < '«') {
            return false;
        }
        return c == '"' || c == '“' || c == '„' || c == '«' || c == '‘' || c == '\'';
    }

    private static boolean startsName(Word w, FunctionWords functionWords) {
        return (w.capitalised() || w.allCaps()) && !functionWords.isFunctionWord(w.text());
    }

    /**
     * The part of a word that can be a name: "Hamas-terroristen" → "Hamas", "Kim Jong Un's" → "Un"; null when
     * nothing is.
     */
    private static Word nameablePart(Word w) {
        String t = w.text();
        if (t.length() > 2 && (t.endsWith("'s") || t.endsWith("’s"))) {
            String head = t.substring(0, t.length() - 2);
            return new Word(head, w.start(), w.start() + head.length(), w.lineBreakBefore(), w.sentenceStart());
        }
        int hyphen = w.text().indexOf('-');
        if (hyphen > 0 && hyphen + 1 < w.text().length()) {
            String after = w.text().substring(hyphen + 1).replaceAll("^\\s+", "");
            if (!after.isEmpty() && Character.isLowerCase(after.charAt(0))) {
                String head = w.text().substring(0, hyphen);
                return new Word(head, w.start(), w.start() + head.length(), w.lineBreakBefore(), w.sentenceStart());
            }
        }
        return w;
    }

    private static void emit(String text, List<Word> run, List<List<Mention>> runs) {
        List<Mention> out = new ArrayList<>();
        // Trailing connectors are not part of a name.
        int size = run.size();
        while (size > 0 && FunctionWords.isConnector(run.get(size - 1).text())) {
            size--;
        }
        for (int from = Math.max(0, size - MAX_WORDS); from < size; from++) {
            // "der Berg" is no name, but a capitalised particle that opened the run is part of it ("Van Dijk",
            // "Al Qaida"): function words of the text's language never open one
            if (FunctionWords.isConnector(run.get(from).text())
                    && !run.get(from).capitalised()) {
                continue;
            }
            Word first = run.get(from);
            Word last = run.get(size - 1);
            StringBuilder query = new StringBuilder();
            for (int k = from; k < size; k++) {
                if (k > from) {
                    query.append(' ');
                }
                query.append(run.get(k).text());
            }
            String q = query.toString();
            String written = text.substring(first.start(), last.end());
            var full = from == size - 1 ? Exonyms.fullName(q) : java.util.Optional.<String>empty();
            out.add(
                    full.isPresent()
                            ? new Mention(first.start(), last.end(), written, full.get(), true)
                            : new Mention(first.start(), last.end(), written, q, false));
        }
        if (!out.isEmpty()) {
            runs.add(out);
        }
    }
}
