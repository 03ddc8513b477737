package dev.embargo.matching.name;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Legal forms of companies across languages and scripts, in their folded spellings: LLC, Ltd, Co., Corp,
 * JSC, OAO, ZAO, OOO, PAO, GmbH, B.V., N.V., S.A., Sp. z o.o., 주식회사 (read "ju sik hoe sa"), ООО (read
 * "ooo"). Each phrase maps to a canonical form, so "Limited Liability Company" and "LLC" agree, as do the forms
 * written out in their languages ("Gesellschaft mit beschränkter Haftung" and GmbH, "Société Anonyme" and S.A.).
 */
public final class LegalForms {
    private static final Map<String, String> CANONICAL = new HashMap<>();
    private static final int MAX_WORDS = 5;
    /** The letters of the longest form written without spaces. */
    static final int LONGEST_JOINED;
    /**
     * The word Co. abbreviates: a legal form where legal forms stand, at the end of a name ("HESONG TRADING
     * COMPANY" is "HESONG TRADING CO"), a word inside one ("PRIVATE MILITARY COMPANY REDUT", where a
     * translation has its own word for it).
     */
    private static final String COMPANY = "company";
    /** Short forms that stand before the name. */
    private static final java.util.Set<String> LEADING = java.util.Set.of(
            "ooo", "oao", "zao", "pao", "ao", "tov", "pat", "jsc", "ojsc", "cjsc", "pjsc", "pt", "cv", "too", "mchj");
    /** Phrases by their words joined with spaces. */
    private static final Map<String, String> PHRASES = new HashMap<>();
    /**
     * The most words of a phrase beginning with each word, so that the words of a name that begin no legal
     * form (nearly all) are passed over without joining the words after them.
     */
    private static final Map<String, Integer> LONGEST_FROM = new HashMap<>();

    /** A company whose capital is divided into shares: AG, S.A., JSC (AO, PAO), N.V., S.p.A., KK, PLC. */
    public static final int SHARE_COMPANY = 1;
    /** A private company of limited liability: GmbH, LLC (OOO, TOV), B.V., SARL, s.r.o., Sp. z o.o. */
    public static final int LIMITED_LIABILITY = 2;
    /** A partnership: KG, OHG, LP, LLP, GbR. */
    public static final int PARTNERSHIP = 4;
    /**
     * The kind of company each form says, by its words joined without spaces, as one of the bits above. A form
     * absent here says no kind: Ltd, Limited, Co., Corp, Inc render share companies (Japanese kabushiki kaisha,
     * Korean jusik hoesa, Chinese gufen youxian gongsi are all "Co., Ltd.") and limited-liability companies
     * (OOO as "Ltd") alike in translation, and the Nordic AS, AB, Oy are both the private and the public
     * company of their countries. Two names whose forms say different kinds name two companies: a GmbH and an
     * AG of the same name are a parent and its subsidiary, or two unrelated firms, never one party written two
     * ways, while a form written in another language (OOO, LLC, GmbH) keeps its kind.
     */
    private static final Map<String, Integer> KIND = new HashMap<>();

    static {
        String[][] forms = {
            {
                "llc",
                "llc",
                "l l c",
                "limited liability company",
                "limited liability co",
                "obshchestvo s ogranichennoy otvetstvennostyu",
                "obshchestvo s ogranichennoi otvetstvennostiu",
                "ooo",
                "tov",
                "too",
                "mchj",
                "fzllc",
                "fz llc",
                "fzco",
                "fzc",
                "fze",
                "l l c"
            },
            {
                "ltd",
                "ltd",
                "limited",
                "ltda",
                "co ltd",
                "company limited",
                "pte ltd",
                "pty ltd",
                "pvt ltd",
                "private limited",
                "plc",
                "public limited company",
                "pte",
                "pty",
                "pvt",
                "bhd",
                "sdn bhd"
            },
            {"corp", "corp", "corporation", "inc", "incorporated", "co", "cos", COMPANY},
            {
                "jsc",
                "jsc",
                "ojsc",
                "cjsc",
                "pjsc",
                "oao",
                "zao",
                "pao",
                "ao",
                "pat",
                "prat",
                "zat",
                "vat",
                "joint stock company",
                "open joint stock company",
                "closed joint stock company",
                "public joint stock company",
                "joint stock co",
                "aktsionernoe obshchestvo",
                "aktsionernoye obshchestvo",
                "otkrytoe aktsionernoe obshchestvo",
                "zakrytoe aktsionernoe obshchestvo",
                "publichnoe aktsionernoe obshchestvo",
                "ju sik hoe sa",
                "jusik hoesa",
                "jusikhoesa",
                "chusik hoesa",
                "kabushiki kaisha",
                "kk",
                "ag",
                "sa",
                "s a",
                "sae",
                "sal",
                "spa",
                "s p a",
                "nv",
                "n v",
                "as",
                "a s",
                "ab",
                "oy",
                "ad",
                "tbk",
                "pt",
                "societe anonyme",
                "sociedad anonima",
                "sociedade anonima",
                "naamloze vennootschap",
                "aktiengesellschaft",
                "societa per azioni",
                "spolka akcyjna",
                "anonim sirketi"
            },
            {
                "gmbh",
                "gmbh",
                "g m b h",
                "mbh",
                "bv",
                "b v",
                "sarl",
                "s a r l",
                "srl",
                "s r l",
                "sro",
                "s r o",
                "sp z o o",
                "spolka z o o",
                "doo",
                "d o o",
                "kft",
                "zrt",
                "sas",
                "s a s",
                "kg",
                "ohg",
                "llp",
                "lp",
                "ltd co",
                "gbr",
                "ug",
                "gesellschaft mit beschrankter haftung",
                "gesellschaft mit beschraenkter haftung",
                "besloten vennootschap",
                "spolka z ograniczona odpowiedzialnoscia",
                "societe a responsabilite limitee",
                "sociedad de responsabilidad limitada",
                "societa a responsabilita limitata",
                "kommanditgesellschaft"
            },
        };
        for (String[] group : forms) {
            String canonical = group[0];
            for (int i = 1; i < group.length; i++) {
                PHRASES.put(group[i], canonical);
                String[] words = group[i].split(" ");
                LONGEST_FROM.merge(words[0], words.length, Math::max);
                CANONICAL.put(group[i].replace(" ", ""), canonical);
            }
        }
        LONGEST_JOINED =
                CANONICAL.keySet().stream().mapToInt(String::length).max().orElse(0);
        String[][] kinds = {
            {
                "jsc",
                "ojsc",
                "cjsc",
                "pjsc",
                "oao",
                "zao",
                "pao",
                "ao",
                "pat",
                "prat",
                "zat",
                "vat",
                "jointstockcompany",
                "openjointstockcompany",
                "closedjointstockcompany",
                "publicjointstockcompany",
                "jointstockco",
                "aktsionernoeobshchestvo",
                "aktsionernoyeobshchestvo",
                "otkrytoeaktsionernoeobshchestvo",
                "zakrytoeaktsionernoeobshchestvo",
                "publichnoeaktsionernoeobshchestvo",
                "jusikhoesa",
                "chusikhoesa",
                "kabushikikaisha",
                "kk",
                "ag",
                "sa",
                "sae",
                "sal",
                "spa",
                "nv",
                "ad",
                "tbk",
                "pt",
                "societeanonyme",
                "sociedadanonima",
                "sociedadeanonima",
                "naamlozevennootschap",
                "aktiengesellschaft",
                "societaperazioni",
                "spolkaakcyjna",
                "anonimsirketi",
                "plc",
                "publiclimitedcompany",
                "zrt",
                "sas"
            },
            {
                "llc",
                "limitedliabilitycompany",
                "limitedliabilityco",
                "obshchestvosogranichennoyotvetstvennostyu",
                "obshchestvosogranichennoiotvetstvennostiu",
                "ooo",
                "tov",
                "too",
                "mchj",
                "fzllc",
                "fzco",
                "fzc",
                "fze",
                "gmbh",
                "mbh",
                "bv",
                "sarl",
                "srl",
                "sro",
                "spzoo",
                "spolkazoo",
                "doo",
                "kft",
                "ug",
                "gesellschaftmitbeschrankterhaftung",
                "gesellschaftmitbeschraenkterhaftung",
                "beslotenvennootschap",
                "spolkazograniczonaodpowiedzialnoscia",
                "societearesponsabilitelimitee",
                "sociedadderesponsabilidadlimitada",
                "societaaresponsabilitalimitata"
            },
            {"kg", "ohg", "llp", "lp", "gbr", "kommanditgesellschaft"},
        };
        int[] bits = {SHARE_COMPANY, LIMITED_LIABILITY, PARTNERSHIP};
        for (int k = 0; k < kinds.length; k++) {
            for (String form : kinds[k]) {
                if (!CANONICAL.containsKey(form)) {
                    throw new IllegalStateException("legal form kinds: " + form + " is no legal form");
                }
                KIND.put(form, bits[k]);
            }
        }
    }

    /**
     * The kind of company a legal form says ({@link #SHARE_COMPANY}, {@link #LIMITED_LIABILITY},
     * {@link #PARTNERSHIP}), from its words joined without spaces (a legal-form token's text); 0 when it says
     * none (Ltd, Corp, Co., Inc, AS, AB, Oy) or is no legal form.
     */
    public static int kind(String joined) {
        Integer k = KIND.get(joined);
        return k == null ? 0 : k;
    }

    private LegalForms() {}

    /** Number of words starting at {@code start} that form a legal form, longest first; 0 when none. */
    static int phraseLength(List<String> words, int start) {
        Integer longest = LONGEST_FROM.get(words.get(start));
        if (longest == null) {
            return 0;
        }
        for (int n = Math.min(Math.min(MAX_WORDS, longest), words.size() - start); n >= 1; n--) {
            String phrase = n == 1 ? words.get(start) : String.join(" ", words.subList(start, start + n));
            if (PHRASES.containsKey(phrase)) {
                // Short one-word forms (co, sa, as, ab, ag, nv, ...) are legal forms only where legal forms
                // stand: at the end of the name. Inside a name they are name words ("Mus ab", "Sa Jang").
                // The Russian and Indonesian forms that come first (OOO Gazprom, PT Pertamina) are the exception.
                if (n == 1
                        && (phrase.length() <= 3 || phrase.equals(COMPANY))
                        && start + 1 < words.size()
                        && !LEADING.contains(phrase)
                        && LegalForms.phraseLength(words, start + 1) == 0) {
                    return 0;
                }
                // Forms of single letters written apart (S. A., B. V., A. G.) that open a name before a name word
                // are a person's initials ("S. A. Mortazavi", "B. V. Kolosov"): a company writes its form after its
                // name, but for those that stand first (P. T.). Inside or at the end of a name they stay forms.
                if (n > 1
                        && start == 0
                        && singleLetters(words, start, n)
                        && start + n < words.size()
                        && !LEADING.contains(phrase.replace(" ", ""))
                        && LegalForms.phraseLength(words, start + n) == 0) {
                    return 0;
                }
                return n;
            }
        }
        return 0;
    }

    private static boolean singleLetters(List<String> words, int start, int n) {
        for (int i = start; i < start + n; i++) {
            if (words.get(i).length() != 1) {
                return false;
            }
        }
        return true;
    }

    /** Every spelling of each legal form (its words joined by spaces), by canonical form; for test generators. */
    public static Map<String, java.util.Set<String>> spellingsByForm() {
        Map<String, java.util.Set<String>> out = new java.util.TreeMap<>();
        PHRASES.forEach((phrase, form) ->
                out.computeIfAbsent(form, f -> new java.util.TreeSet<>()).add(phrase));
        return out;
    }

    /** Whether the words written together (dots and spaces dropped, lower case) are a legal form. */
    static boolean isForm(String joined) {
        return CANONICAL.containsKey(joined);
    }

    /**
     * Whether the word is a legal form of several words written as one (coltd, sdnbhd, jusikhoesa); a form that
     * is one word is read where it stands ({@link #phraseLength}).
     */
    static boolean isJoinedForm(String word) {
        return CANONICAL.containsKey(word) && !PHRASES.containsKey(word);
    }

    static String canonical(String joined) {
        return CANONICAL.getOrDefault(joined, joined);
    }
}
