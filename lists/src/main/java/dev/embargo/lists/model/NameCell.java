package dev.embargo.lists.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads what a list writes in brackets inside one name cell apart from the name. Lists write more into a name
 * cell than the name: another name ("Baltex Ltd. (also known as Baltech LLC)" is how Canada's SEMA writes 67
 * organisations' names), the name in another script ("Jin Tiesan (金铁三)", "حسن غول (Hassan Ghul; Hasan
 * Gul)", "Abu Muhammad (original script: Абу Мухаммад)"), another spelling of one word ("Lom-ali Butayev
 * (Butaev)", "Dzmitry (Zmitser) Karsiuk", "SANTOS, Ahmad (Ahmed)"), a note on the name ("El Para (combat
 * name)", "Encep Nurjaman (birth name)", "Romeo (Call sign)", "ኤርሚኣስ ግርማይ (Tigrinya)"), or a title
 * ("(Sheikh) Musa Hilal"). Read as name words these stand in every query's way: "Baltex Ltd" scored 0.56
 * against its own listing, and a note's words are words the query lacks.
 *
 * <p>Only what a bracket says of the name is read off it, and only where its place and form say so. An
 * organisation's bracket is otherwise part of its name (an acronym, a place, a legal form: "… (HONG KONG)
 * LIMITED", "(АО)"), and the matcher reads those; a person's bracket is never a name word in these lists, so
 * any other bracket of a person's name is a note or another spelling. A cell with more than one bracket is
 * left as written. What was written is kept as a remark: nothing the list says is lost.
 */
public final class NameCell {
    private NameCell() {}

    /**
     * The names one cell stands for, and a remark keeping the cell as written.
     *
     * @param names  the name the cell gives (its type kept) first, then the other names it holds
     * @param remark the cell as written and what was read off it
     */
    public record Reading(List<Name> names, String remark) {
        public Reading {
            names = List.copyOf(names);
        }
    }

    private static final Pattern ALSO_KNOWN_AS =
            Pattern.compile("(?iu)^(?:also\\s+known\\s+as|a\\.?k\\.?a\\.?)[\\s:]+(.+)$");
    private static final Pattern FORMERLY_KNOWN_AS =
            Pattern.compile("(?iu)^(?:formerly\\s+known\\s+as|f\\.?k\\.?a\\.?)[\\s:]+(.+)$");
    /** "original script: ...", "in Arabic: ...", "in Arabic script: ...". */
    private static final Pattern SCRIPT_LABEL =
            Pattern.compile("(?iu)^(?:original\\s+script|in\\s+\\p{L}+(?:\\s+script)?)\\s*:\\s*(.+)$");
    /** A number written in Roman or Arabic digits: a bracket after it spells it ("III (third)"). */
    private static final Pattern NUMBER = Pattern.compile("(?i)[ivxlcdm]+|\\d+");
    /** A word of a name: letters, with hyphens or apostrophes ("Lom-ali", "P'doh"); not "Col." or "III". */
    private static final Pattern NAME_WORD = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M}'’-]*");

    /** English names of the ISO 639 languages: a bracket naming one says which language the name is in. */
    private static final Set<String> LANGUAGE_NAMES = Stream.of(Locale.getISOLanguages())
            .map(code -> Locale.of(code).getDisplayLanguage(Locale.ENGLISH).toLowerCase(Locale.ROOT))
            .collect(Collectors.toUnmodifiableSet());

    /** The names {@code name}'s cell stands for; empty where it holds no bracket this reads. */
    public static Optional<Reading> read(Name name, EntityKind kind) {
        String cell = name.full();
        int open = cell.indexOf('(');
        if (open >= 0 && cell.indexOf(')') < 0) {
            // "Omsk Transport Machine Building Plant (also known as Omsk Transport Machine Factory ...": the
            // list left the bracket open to the cell's end.
            cell = cell + ")";
        }
        int close = cell.indexOf(')');
        if (open < 0 || close < open || cell.indexOf('(', open + 1) >= 0 || cell.indexOf(')', close + 1) >= 0) {
            return Optional.empty();
        }
        String head = cell.substring(0, open).strip();
        String inner = cell.substring(open + 1, close).strip();
        // "… (اختر محمد ولد نور محمد )," — punctuation after the bracket ends the cell, it says nothing.
        String tail = cell.substring(close + 1).strip().replaceAll("^[,;.]+$", "");
        boolean person = kind == EntityKind.PERSON;
        if (inner.isEmpty()) {
            return Optional.empty();
        }
        if (head.isEmpty()) {
            // "(Sheikh) Musa Hilal": a person's leading bracket holds a title, which the matcher knows as one.
            return person && !tail.isEmpty()
                    ? reading(name, join(inner, tail), List.of(), "a title")
                    : Optional.empty();
        }
        if (!tail.isEmpty()) {
            return person ? innerSpelling(name, head, inner, tail) : Optional.empty();
        }
        Matcher aka = ALSO_KNOWN_AS.matcher(inner);
        if (aka.matches()) {
            return reading(name, head, names(aka.group(1), NameType.ALIAS, name.quality()), "another name");
        }
        Matcher fka = FORMERLY_KNOWN_AS.matcher(inner);
        if (fka.matches()) {
            return reading(name, head, names(fka.group(1), NameType.FORMER, name.quality()), "a former name");
        }
        Matcher label = SCRIPT_LABEL.matcher(inner);
        if (label.matches()) {
            return reading(
                    name,
                    head,
                    names(label.group(1), NameType.ORIGINAL_SCRIPT, name.quality()),
                    "the name in its script");
        }
        if (LANGUAGE_NAMES.contains(inner.toLowerCase(Locale.ROOT))) {
            return reading(name, head, List.of(), "the name's language");
        }
        if (otherScript(head, inner)) {
            List<Name> others = new ArrayList<>();
            for (Name n : names(inner, NameType.ORIGINAL_SCRIPT, name.quality())) {
                others.add(n.script().equals("Latn") ? Name.of(n.full(), NameType.ALIAS, n.quality()) : n);
            }
            return reading(name, head, others, "the name in another script");
        }
        if (!person) {
            return Optional.empty();
        }
        String[] headWords = head.split("\\s+");
        String last = headWords[headWords.length - 1];
        boolean oneWord = inner.indexOf(' ') < 0;
        if (oneWord
                && capitalised(inner)
                && NAME_WORD.matcher(last).matches()
                && !NUMBER.matcher(last).matches()) {
            // "Lom-ali Butayev (Butaev)": another spelling of the word before it.
            String respelled = head.substring(0, head.length() - last.length()) + inner;
            return reading(name, head, List.of(Name.of(respelled, NameType.ALIAS, name.quality())), "another spelling");
        }
        // "(birth name)", "(combat name)", "(Call sign)", "(devil)", "(The American)", "III (third)", a word
        // in a script without capitals: a note on the name.
        return reading(name, head, List.of(), "a note");
    }

    /** "Dzmitry (Zmitser) Karsiuk": a one-word bracket inside a person's name is another spelling of the word before it. */
    private static Optional<Reading> innerSpelling(Name name, String head, String inner, String tail) {
        if (inner.indexOf(' ') >= 0) {
            return Optional.empty();
        }
        String[] headWords = head.split("\\s+");
        String last = headWords[headWords.length - 1];
        if (tail.startsWith(".")) {
            // "KASMURI, Lt. Col. (Rtd). Abd Manaf": the full stop ends the bracket's abbreviation.
            tail = tail.substring(1).strip();
        }
        String written = join(head, tail);
        if (!capitalised(inner)
                || otherScript(head, inner)
                || !NAME_WORD.matcher(last).matches()) {
            return reading(name, written, List.of(), "a note");
        }
        String respelled = join(head.substring(0, head.length() - last.length()).strip(), join(inner, tail));
        return reading(name, written, List.of(Name.of(respelled, NameType.ALIAS, name.quality())), "another spelling");
    }

    private static Optional<Reading> reading(Name name, String written, List<Name> others, String what) {
        List<Name> names = new ArrayList<>();
        Name own = Name.of(written, name.type(), name.quality());
        if (!own.script().equals(name.script())
                && name.type() == NameType.ORIGINAL_SCRIPT
                && own.script().equals("Latn")) {
            own = Name.of(written, NameType.ALIAS, name.quality());
        }
        names.add(own);
        names.addAll(others);
        return Optional.of(
                new Reading(names, "Name as listed: " + name.full() + " (the bracket read as " + what + ")."));
    }

    /** "Hassan Ghul; Hassan Gul; Hasan Gul": names a bracket gives, one per semicolon. */
    private static List<Name> names(String text, NameType type, NameQuality quality) {
        List<Name> out = new ArrayList<>();
        for (String part : text.split(";")) {
            String p = part.strip();
            if (!p.isEmpty()) {
                out.add(Name.of(p, type, quality));
            }
        }
        return out;
    }

    /**
     * The bracket is in another script than the name before it. A lone capitalised word of another script is
     * an acronym or a legal form written as the country writes it ("ABC LLC (ООО)"), not the name in its script.
     */
    private static boolean otherScript(String head, String inner) {
        String a = Scripts.dominantScript(head);
        String b = Scripts.dominantScript(inner);
        if (a.equals("Zyyy") || b.equals("Zyyy") || a.equals(b)) {
            return false;
        }
        return !(inner.indexOf(' ') < 0
                && inner.equals(inner.toUpperCase(Locale.ROOT))
                && !inner.equals(inner.toLowerCase(Locale.ROOT)));
    }

    /** Begins with a capital: a name, not a note ("devil", "third"). Scripts without capitals are never. */
    private static boolean capitalised(String word) {
        int first = word.codePointAt(0);
        return Character.isUpperCase(first) || Character.isTitleCase(first);
    }

    /** The two parts with a space between, none before a comma ("ANGULO OROBIO (SEGUNDO), Jose Francisco"). */
    private static String join(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return a + b;
        }
        return b.startsWith(",") || b.startsWith(";") ? a + b : a + " " + b;
    }
}
