package dev.embargo.scanning;

import static org.assertj.core.api.Assertions.assertThat;

import dev.embargo.lists.ListLoader;
import dev.embargo.lists.SharedData;
import dev.embargo.lists.model.Entity;
import dev.embargo.lists.model.EntityKind;
import dev.embargo.lists.model.Name;
import dev.embargo.matching.Screener;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The rules for names in prose, each on sentences generated from the real lists: names of a whole class put
 * in a sentence the way the rule says prose writes them, and counted found when the scan reports the listed
 * party over the name, "someone else" when it reports another party there. A wrong party is worse than none:
 * every rule is held to none. Skipped where ../shared is absent.
 */
class ProseMentionRulesTest {
    private static final int PER_RULE = 80;
    private static List<Entity> entities;
    private static Scanner scanner;

    @BeforeAll
    static void load() throws Exception {
        entities = new ArrayList<>(ListLoader.loadDirectory(SharedData.lists()).entities());
        entities.sort(Comparator.comparing(Entity::id));
        scanner = new Scanner(Screener.of(entities));
    }

    /** A sentence with the span that names the expected party (null: no listed party is named there). */
    private record Case(String text, int start, int end, Entity expected) {}

    private record Tally(int found, int someoneElse, int total, List<String> misses) {
        double recall() {
            return found / (double) total;
        }
    }

    private static Case inSentence(String template, String name, Entity e) {
        int at = template.indexOf("{}");
        return new Case(template.replace("{}", name), at, at + name.length(), e);
    }

    private static Tally scan(List<Case> cases, String lang) {
        int found = 0;
        int wrong = 0;
        List<String> misses = new ArrayList<>();
        for (Case c : cases) {
            Scanner.MentionHit best = null;
            for (Scanner.MentionHit h : scanner.scan("test", c.text(), Screener.DEFAULT_THRESHOLD, lang)
                    .mentions()) {
                if (h.mention().start() < c.end() && c.start() < h.mention().end()) {
                    best = best == null || h.match().score() > best.match().score() ? h : best;
                }
            }
            if (c.expected() == null) {
                found += best == null ? 1 : 0;
                if (best != null) {
                    misses.add(c.text() + " -> " + best.match().matchedName());
                }
                continue;
            }
            boolean same = best != null
                    && best.matches().stream()
                            .anyMatch(m -> m.entity().id().equals(c.expected().id()));
            if (same) {
                found++;
            } else {
                if (best != null) {
                    wrong++;
                }
                misses.add(
                        c.text() + " -> " + (best == null ? "-" : best.match().matchedName()));
            }
        }
        return new Tally(found, wrong, cases.size(), misses);
    }

    /** Names of one kind from the lists, as {@code form} makes them (null: not of the class), a sample. */
    private static List<Case> sample(
            EntityKind kind, Function<Name, String> form, List<String> templates, Function<Entity, Boolean> keep) {
        List<Case> all = new ArrayList<>();
        Random random = new Random(7);
        for (Entity e : entities) {
            if (e.kind() != kind || !keep.apply(e)) {
                continue;
            }
            for (Name n : e.names()) {
                String name = form.apply(n);
                if (name != null) {
                    all.add(inSentence(templates.get(random.nextInt(templates.size())), name, e));
                }
            }
        }
        java.util.Collections.shuffle(all, random);
        return all.subList(0, Math.min(PER_RULE, all.size()));
    }

    private static String titleCase(String s) {
        StringBuilder out = new StringBuilder();
        boolean start = true;
        for (char c : s.toCharArray()) {
            out.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
            start = c == ' ' || c == '-';
        }
        return out.toString();
    }

    private static boolean korean(Entity e) {
        return e.nationalities().contains("KP") || e.countries().contains("KP");
    }

    /**
     * Listed vessels and organisations whose name, written in capitals, opens with a word that is a function
     * word of one of the prose languages ("UN RYUL", "LA PEROUSE", "DE BEERS"), in sentences of five languages:
     * prose writes its own function words in lower case, so one in capitals before another word in capitals
     * opens the name. Without that rule the name lost its first word and was not found.
     */
    @Test
    void aNameInCapitalsOpeningWithAFunctionWordIsFound() {
        java.util.Set<String> functionWords = new java.util.HashSet<>();
        for (dev.embargo.scanning.language.Language l : dev.embargo.scanning.language.Language.values()) {
            functionWords.addAll(dev.embargo.scanning.language.WordLists.words(l, "function-words"));
        }
        Function<Name, String> capitals = n -> {
            String t = n.full().strip();
            String[] w = t.split(" ");
            return t.matches("\\p{IsLatin}{2,}( \\p{IsLatin}{2,}){1,3}")
                            && functionWords.contains(w[0].toLowerCase(Locale.ROOT))
                    ? t.toUpperCase(Locale.ROOT)
                    : null;
        };
        List<String> templates = List.of(
                "The tanker {} unloaded its cargo at night.",
                "Le pétrolier {} a transbordé le pétrole.",
                "O navio {} foi visto pela última vez ao largo da costa.",
                "Het schip {} voer zonder transponder naar de haven.",
                "Das Schiff {} lag tagelang vor der Küste.");
        List<Case> cases = new ArrayList<>();
        for (EntityKind kind : List.of(EntityKind.VESSEL, EntityKind.ORGANIZATION)) {
            cases.addAll(sample(kind, capitals, templates, e -> true));
        }
        assertThat(cases.size()).isGreaterThan(40);
        Tally t = scan(cases, "auto");
        assertThat(t.recall()).as(t.misses().toString()).isGreaterThanOrEqualTo(0.9);
        assertThat(t.someoneElse()).as(t.misses().toString()).isLessThanOrEqualTo(cases.size() / 50);
    }

    /** "KIM Jong Un" → "Kim Jong-un": three Latin words, the given name joined by a lower-case hyphen. */
    private static String hyphenatedGivenName(Name n) {
        String[] w = n.full().replace(",", "").strip().split("\\s+");
        if (w.length != 3 || !String.join("", w).matches("\\p{IsLatin}+")) {
            return null;
        }
        return titleCase(w[0]) + " " + titleCase(w[1]) + "-" + w[2].toLowerCase(Locale.ROOT);
    }

    @Test
    void aHyphenInsideAKoreanGivenNameStaysInTheName() {
        List<Case> cases = sample(
                EntityKind.PERSON,
                ProseMentionRulesTest::hyphenatedGivenName,
                List.of(
                        "Der nordkoreanische Funktionär {} hat die Tests beaufsichtigt.",
                        "Am Montag traf {} in Pjöngjang ein.",
                        "Laut dem Bericht hat {} die Lieferungen organisiert."),
                ProseMentionRulesTest::korean);
        assertThat(cases.size()).isGreaterThan(40);
        Tally t = scan(cases, "de");
        assertThat(t.someoneElse()).as(t.misses().toString()).isZero();
        assertThat(t.recall()).as(t.misses().toString()).isGreaterThanOrEqualTo(0.95);
    }

    /** Organisations listed as "X Group", written "X-Gruppe", "X-groep", "the X group". */
    @Test
    void aListedNameBeforeASuffixNounIsScoredAsTheListedName() {
        Function<Name, String> head = n -> {
            String t = titleCase(n.full().strip());
            // a head of four letters or more: "RCC-Gruppe" may as well be RCC, another listed party
            return t.matches("\\p{IsLatin}{4,} (\\p{IsLatin}+ ){0,2}Group")
                    ? t.substring(0, t.length() - " Group".length())
                    : null;
        };
        String[][] languages = {
            {"de", "Hinter dem Angriff steht die {}-Gruppe, sagen die Ermittler."},
            {"nl", "Achter de aanval zit volgens onderzoekers de {}-groep."},
            {"en", "Investigators say the {} group is behind the attack."},
        };
        for (String[] l : languages) {
            List<Case> cases = new ArrayList<>();
            for (Case c : sample(EntityKind.ORGANIZATION, head, List.of(l[1]), e -> true)) {
                cases.add(c);
            }
            assertThat(cases.size()).isGreaterThan(20);
            Tally t = scan(cases, l[0]);
            assertThat(t.someoneElse()).as(l[0] + t.misses()).isZero();
            assertThat(t.recall()).as(l[0] + t.misses()).isGreaterThanOrEqualTo(0.95);
        }
    }

    /**
     * A listed person named by one word (a mononym or a one-word alias: "Faiz", "SAHIB") after the given name
     * of someone on no list ("Chelsea Faiz") is someone else: the surname alone is not screened when a
     * title-case given name stands before it. The same word alone, and the same word after a determiner and a
     * noun, are still found: the rule takes away only the tail that leaves out a given name.
     */
    @Test
    void aListedOneWordNameAfterAnotherGivenNameIsSomeoneElse() throws Exception {
        GivenNameCases cases =
                givenNameCases(List.of("On Monday {} sharply criticised the new sanctions."), new Random(11));
        Tally wrong = scan(cases.nearMisses(), "en");
        assertThat(wrong.recall()).as(wrong.misses().toString()).isGreaterThanOrEqualTo(0.97);
        Tally found = scan(cases.alone(), "en");
        assertThat(found.recall()).as(found.misses().toString()).isGreaterThanOrEqualTo(0.9);
    }

    /**
     * The same rule in texts whose language the detector does not know (Portuguese, Spanish, Italian, Polish,
     * read as unclear): none of them capitalises common nouns, so a title-case word before a listed one-word
     * surname is a given name there too, and the person is someone else. The surname alone is still found.
     */
    @Test
    void aListedOneWordNameAfterAGivenNameIsSomeoneElseInLanguagesNotDetected() throws Exception {
        GivenNameCases cases = givenNameCases(
                List.of(
                        "O relatório afirma que {} participou nas negociações.",
                        "Según la fiscalía, {} transfirió fondos a empresas pantalla.",
                        "Secondo la procura, {} ha trasferito fondi a società di comodo.",
                        "Według prokuratury {} przelewał pieniądze do spółek fasadowych."),
                new Random(23));
        Tally wrong = scan(cases.nearMisses(), "auto");
        assertThat(wrong.recall()).as(wrong.misses().toString()).isGreaterThanOrEqualTo(0.97);
        Tally found = scan(cases.alone(), "auto");
        assertThat(found.recall()).as(found.misses().toString()).isGreaterThanOrEqualTo(0.9);
    }

    /** One-word names of listed people in sentences: after a given name of someone on no list, and alone. */
    private record GivenNameCases(List<Case> nearMisses, List<Case> alone) {}

    /**
     * Up to 150 listed people's one-word Latin names, each after a given name of the negatives that none of the
     * person's names bears (a near-miss), and alone, in one of {@code templates}.
     */
    private static GivenNameCases givenNameCases(List<String> templates, Random random) throws Exception {
        return givenNameCases(templates, random, g -> true);
    }

    /** The same, with only the negatives' given names that {@code givenNames} accepts. */
    private static GivenNameCases givenNameCases(
            List<String> templates, Random random, java.util.function.Predicate<String> givenNames) throws Exception {
        List<String> given = new ArrayList<>();
        for (String line : Files.readAllLines(SharedData.require("eval/negatives_global.csv"))) {
            String[] f = line.split(",", -1);
            if (f.length > 2 && f[1].matches("\\p{Lu}\\p{Ll}{3,}") && givenNames.test(f[1]) && given.size() < 400) {
                given.add(f[1]);
            }
        }
        assertThat(given).hasSizeGreaterThan(100);
        List<Case> nearMisses = new ArrayList<>();
        List<Case> alone = new ArrayList<>();
        for (Entity e : entities) {
            if (e.kind() != EntityKind.PERSON) {
                continue;
            }
            for (Name n : e.names()) {
                String w = n.full().strip();
                if (!w.matches("\\p{IsLatin}{4,}") || nearMisses.size() >= 150) {
                    continue;
                }
                String g = given.get(random.nextInt(given.size()));
                boolean bears = e.names().stream()
                        .anyMatch(
                                x -> List.of(x.full().split("[\\s,]+")).stream().anyMatch(g::equalsIgnoreCase));
                if (bears) {
                    continue;
                }
                String template =
                        templates.size() == 1 ? templates.getFirst() : templates.get(random.nextInt(templates.size()));
                nearMisses.add(inSentence(template, g + " " + titleCase(w), null));
                alone.add(inSentence(template, titleCase(w), e));
            }
        }
        assertThat(nearMisses.size()).isGreaterThan(40);
        return new GivenNameCases(nearMisses, alone);
    }

    /**
     * In German a capitalised word before a surname may be a noun, but one the given-name tables hold (and
     * German does not use as a noun) is the person's given name: "Jessica Fox" in a German sentence is someone
     * else than the party listed as Fox. Given names of the negatives that the tables hold (not those German
     * uses as nouns, "Mark", nor country names, "Salvador"); the surname alone is still found.
     */
    @Test
    void aListedOneWordNameAfterAKnownGivenNameIsSomeoneElseInGerman() throws Exception {
        java.util.Set<String> germanNouns = dev.embargo.scanning.language.WordLists.words(
                dev.embargo.scanning.language.Language.DE, "nouns-named-like-given-names");
        GivenNameCases cases = givenNameCases(
                List.of(
                        "Am Montag hat {} die neuen Sanktionen scharf kritisiert.",
                        "Nach Angaben der Ermittler traf sich {} mehrmals mit Vertretern der Regierung."),
                new Random(29),
                g -> dev.embargo.matching.name.Nicknames.isInTables(g.toLowerCase(java.util.Locale.ROOT))
                        && !germanNouns.contains(g.toLowerCase(java.util.Locale.ROOT))
                        && dev.embargo.lists.Countries.toIso(g).isEmpty());
        for (String lang : List.of("de", "auto")) {
            Tally wrong = scan(cases.nearMisses(), lang);
            assertThat(wrong.recall()).as(lang + " " + wrong.misses()).isGreaterThanOrEqualTo(0.97);
            Tally found = scan(cases.alone(), lang);
            assertThat(found.recall()).as(lang + " " + found.misses()).isGreaterThanOrEqualTo(0.9);
        }
    }

    /**
     * German capitalises every noun, so a capitalised word before a listed one-word name is as often a role as
     * a given name ("sagte Kremlchef Putin"): there the name alone is still screened. Listed one-word names of
     * people after German role nouns (compounds and plain nouns, none of them a title the title list knows).
     */
    @Test
    void aListedOneWordNameAfterAGermanRoleNounIsFound() {
        List<String> roles = List.of(
                "Kremlchef",
                "Staatschef",
                "Machthaber",
                "Oligarch",
                "Milliardär",
                "Unternehmer",
                "Geschäftsmann",
                "Rebellenführer",
                "Milizenchef",
                "Parteichef",
                "Regimekritiker",
                "Waffenhändler");
        Random random = new Random(13);
        List<Case> cases = new ArrayList<>();
        for (Entity e : entities) {
            if (e.kind() != EntityKind.PERSON) {
                continue;
            }
            for (Name n : e.names()) {
                String w = n.full().strip();
                if (w.matches("\\p{IsLatin}{4,}") && cases.size() < 150) {
                    String role = roles.get(random.nextInt(roles.size()));
                    cases.add(
                            inSentence("Am Montag kritisierte " + role + " {} die neuen Sanktionen.", titleCase(w), e));
                }
            }
        }
        assertThat(cases.size()).isGreaterThan(40);
        // Given as German, and detected: one sentence is too short to be clear, but its German words say it
        // may be German.
        for (String lang : List.of("de", "auto")) {
            Tally found = scan(cases, lang);
            assertThat(found.recall()).as(lang + " " + found.misses()).isGreaterThanOrEqualTo(0.9);
            assertThat(found.someoneElse()).isZero();
        }
    }

    /**
     * A country or nationality word before a listed one-word name says where the party is from, not whose
     * given name it is: the name alone is still screened ("attacks by Lebanese Hezbollah").
     */
    @Test
    void aListedOneWordNameAfterANationalityWordIsFound() {
        List<String> nationalities = List.of(
                "Lebanese", "Russian", "Iranian", "Syrian", "Belarusian", "Chinese", "Iraqi", "Yemeni", "Libyan");
        for (String n : nationalities) {
            assertThat(dev.embargo.lists.Countries.toIso(n)).as(n).isPresent();
        }
        Random random = new Random(17);
        List<Case> cases = new ArrayList<>();
        for (Entity e : entities) {
            for (Name n : e.names()) {
                String w = n.full().strip();
                if (w.matches("\\p{IsLatin}{4,}") && cases.size() < 150) {
                    String nationality = nationalities.get(random.nextInt(nationalities.size()));
                    cases.add(inSentence(
                            "The report names " + nationality + " {} among the suppliers.", titleCase(w), e));
                }
            }
        }
        assertThat(cases.size()).isGreaterThan(40);
        Tally found = scan(cases, "en");
        assertThat(found.recall()).as(found.misses().toString()).isGreaterThanOrEqualTo(0.9);
    }

    /** Russian instrumental and genitive of listed Cyrillic names, made by the grammar's commonest rules. */
    @Test
    void russianCaseEndingsAreReducedBeforeMatching() {
        Function<Name, String> instrumental = n -> {
            String[] w = n.full().strip().split(" ");
            if (w.length < 2 || w.length > 3 || !n.full().matches("[\\p{IsCyrillic} ]+")) {
                return null;
            }
            // masculine names ending in a hard consonant: -ом, surnames in -ов/-ев/-ин: -ым
            List<String> out = new ArrayList<>();
            for (String x : w) {
                String lower = x.toLowerCase(Locale.ROOT);
                if (lower.matches(".*(ов|ев|ин)")) {
                    out.add(x + "ым");
                } else if (lower.matches(".*[бвгдзклмнпрстфх]")) {
                    out.add(x + "ом");
                } else if (lower.matches(".*[жшчщ]")) {
                    out.add(x + "ем");
                } else {
                    return null;
                }
            }
            return String.join(" ", out);
        };
        List<Case> cases = sample(
                EntityKind.PERSON,
                instrumental,
                List.of("Встреча с {} состоялась в Москве.", "Переговоры с {} продолжились во вторник."),
                e -> true);
        assertThat(cases.size()).isGreaterThan(40);
        Tally t = scan(cases, "auto");
        assertThat(t.someoneElse()).as(t.misses().toString()).isZero();
        assertThat(t.recall()).as(t.misses().toString()).isGreaterThanOrEqualTo(0.9);
    }

    /** Listed Hangul names with each particle, at the start of a long sentence as well as inside one. */
    @Test
    void koreanParticlesAreStrippedAndHangulSentencesAreCutIntoPhrases() {
        String[][] particles = {{"은", "는"}, {"이", "가"}, {"을", "를"}, {"의", "의"}, {"에게", "에게"}, {"과", "와"}};
        List<Case> cases = new ArrayList<>();
        for (Entity e : entities) {
            for (Name n : e.names()) {
                String name = n.full().strip();
                if (!name.matches("\\p{IsHangul}{2,4}")) {
                    continue;
                }
                boolean batchim = (name.codePointAt(name.length() - 1) - 0xAC00) % 28 != 0;
                for (String[] p : particles) {
                    String written = name + (batchim ? p[0] : p[1]);
                    cases.add(new Case(written + " 오늘 평양에서 열린 회의에 참석했다고 조선중앙통신이 보도했다.", 0, name.length(), e));
                    String before = "미국 재무부는 어제 ";
                    cases.add(new Case(
                            before + written + " 제재 대상에 추가했다.", before.length(), before.length() + name.length(), e));
                }
            }
        }
        if (cases.isEmpty()) {
            org.junit.jupiter.api.Assumptions.abort("skipped: the lists hold no Hangul names");
        }
        Tally t = scan(cases, "auto");
        assertThat(t.someoneElse()).as(t.misses().toString()).isZero();
        assertThat(t.recall()).as(t.misses().toString()).isEqualTo(1.0);
    }

    /** "the X Group ... X": the bare first word is reported as the organisation, standing for its full name. */
    @Test
    void aBareOrganisationWordAfterItsFullNameIsResolvedToIt() {
        Function<Name, String> group = n -> {
            String t = titleCase(n.full().strip());
            return t.matches("\\p{IsLatin}{4,} (\\p{IsLatin}+ ){0,2}Group") ? t : null;
        };
        List<Case> cases = new ArrayList<>();
        for (Case c : sample(EntityKind.ORGANIZATION, group, List.of("The sanctions target the {}."), e -> true)) {
            String first = c.text().substring(c.start(), c.end()).split(" ")[0];
            String text = c.text() + " Later " + first + " denied any involvement.";
            int at = text.lastIndexOf(first);
            cases.add(new Case(text, at, at + first.length(), c.expected()));
        }
        assertThat(cases.size()).isGreaterThan(20);
        Tally t = scan(cases, "en");
        assertThat(t.someoneElse()).as(t.misses().toString()).isZero();
        // a demonym that opens a name ("Libyan Islamic Fighting Group") is no short name: missed, rightly
        assertThat(t.recall()).as(t.misses().toString()).isGreaterThanOrEqualTo(0.9);
    }

    /** People on no list, in the hyphen and inflection templates: the new forms invent no listed party. */
    @Test
    void peopleOnNoListStayQuietInTheNewForms() throws Exception {
        List<String> negatives = Files.readAllLines(SharedData.require("eval/negatives_global.csv")).stream()
                .skip(1)
                .map(l -> l.split(",")[0].strip())
                .filter(n -> n.matches("\\p{IsLatin}+ \\p{IsLatin}+ \\p{IsLatin}+"))
                .limit(PER_RULE * 4)
                .toList();
        List<Case> plain = new ArrayList<>();
        List<Case> inflected = new ArrayList<>();
        for (String n : negatives) {
            String[] w = n.split(" ");
            plain.add(inSentence("Am Montag traf {} in Berlin ein.", n, null));
            plain.add(inSentence("Ein Sprecher von {} wies die Vorwürfe zurück.", n, null));
            // written as a Korean given name would be, and with a genitive -s
            inflected.add(inSentence(
                    "Am Montag traf {} in Berlin ein.", w[0] + " " + w[1] + "-" + w[2].toLowerCase(Locale.ROOT), null));
            inflected.add(inSentence("Ein Sprecher {} wies die Vorwürfe zurück.", n + "s", null));
        }
        double plainAlerts = 1 - scan(plain, "de").recall();
        Tally t = scan(inflected, "de");
        // The forms tried beside the written one may find what the plain name finds, hardly more.
        assertThat(1 - t.recall()).as(t.misses().toString()).isLessThanOrEqualTo(plainAlerts + 0.01);
    }
}
