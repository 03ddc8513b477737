package dev.embargo.bench.quality;

import dev.embargo.lists.model.Entity;
import dev.embargo.lists.model.EntityKind;
import dev.embargo.lists.model.Name;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Sentences that mention listed parties as news prose does, generated from templates with slots filled with
 * names from the loaded lists, in Dutch, English, German, French, Portuguese, Russian, Ukrainian, Korean and
 * Japanese: persons, organisations and vessels, inflected as each language inflects names (Russian and
 * Ukrainian case endings by rule, German and Dutch genitive -s, hyphen compounds with a noun, Korean and
 * Japanese particles), Korean given names hyphenated as newspapers write them, organisations named again by
 * their first word, and near-misses that must not be reported as a listed party: people on no list (from
 * {@code negatives_global.csv}), a listed surname with another given name, and capitalised common nouns.
 *
 * <p>The inflection here is written independently of the scanner's word lists (a declension by rule per
 * language), so the measure does not only repeat the scanner's own tables. The corpus depends only on the lists,
 * the negatives and the seed, and each sentence only on the name it is made from ({@link StableDraw}): each
 * language and class takes the names of the smallest hashes and writes each with a random of its own.
 */
public final class ProseCorpus {
    /**
     * A sentence, its language, the class of what it tests, the slot that names the party (or must not), and the
     * listings (ids) or names it was drawn from.
     */
    public record Case(
            String language,
            String kind,
            String text,
            int start,
            int end,
            Entity expected,
            String written,
            List<String> from) {
        public Case {
            from = List.copyOf(from);
        }

        public boolean positive() {
            return expected != null;
        }
    }

    private static final Pattern LATIN_WORD = Pattern.compile("\\p{IsLatin}[\\p{IsLatin}'’]*(?:-\\p{IsLatin}+)*");
    private static final Pattern CYRILLIC_WORD = Pattern.compile("\\p{IsCyrillic}+(?:-\\p{IsCyrillic}+)?");
    private static final Set<String> ORGANISATION_WORDS = Set.of("group", "network", "organization", "bank");
    /** A name first word shared by this many listed organisations is no short name for any of them. */
    private static final int SHARED_FIRST_WORD = 3;

    /** Mixed into every draw: another seed, other samples. */
    private final String seed;

    private final List<Case> cases = new ArrayList<>();

    private ProseCorpus(long seed) {
        this.seed = Long.toString(seed);
    }

    /**
     * The corpus: up to {@code perClass} sentences per language and class.
     *
     * @param negatives full names of people on no list, in any script
     */
    public static List<Case> generate(List<Entity> entities, List<String> negatives, long seed, int perClass) {
        ProseCorpus c = new ProseCorpus(seed);
        List<Entity> sorted = new ArrayList<>(entities);
        sorted.sort(Comparator.comparing(Entity::id));
        c.build(sorted, negatives, perClass);
        return List.copyOf(c.cases);
    }

    private record Named(Entity entity, String name) {
        String key() {
            return entity.id() + "\t" + name;
        }
    }

    /** A sampled item and the random its sentence is written with. */
    private record Drawn<T>(T item, Random random, String key) {}

    private void build(List<Entity> entities, List<String> negatives, int perClass) {
        List<Named> latinPeople = new ArrayList<>();
        List<Named> koreanPeople = new ArrayList<>();
        List<Named> cyrillicPeople = new ArrayList<>();
        List<Named> hangul = new ArrayList<>();
        List<Named> han = new ArrayList<>();
        List<Named> groups = new ArrayList<>();
        List<Named> vessels = new ArrayList<>();
        for (Entity e : entities) {
            for (Name n : e.names()) {
                String full = n.full().strip();
                if (e.kind() == EntityKind.PERSON) {
                    String natural = naturalOrder(full);
                    if (natural != null && words(natural, LATIN_WORD) >= 2 && words(natural, LATIN_WORD) <= 3) {
                        if (isKorean(e) && natural.split(" ").length == 3) {
                            koreanPeople.add(new Named(e, hyphenated(natural)));
                        } else if (!isKorean(e)) {
                            latinPeople.add(new Named(e, natural));
                        }
                    }
                    if (words(full, CYRILLIC_WORD) >= 2
                            && words(full, CYRILLIC_WORD) <= 3
                            && Character.isUpperCase(full.charAt(0))) {
                        cyrillicPeople.add(new Named(e, full));
                    }
                    if (full.matches("[\\p{IsHangul}]{2,4}")) {
                        hangul.add(new Named(e, full));
                    }
                    if (full.matches("[\\p{IsHan}]{3,4}")) {
                        han.add(new Named(e, full));
                    }
                } else if (e.kind() == EntityKind.ORGANIZATION) {
                    String t = titleCase(full);
                    String[] w = t.split(" ");
                    if (w.length >= 2
                            && w.length <= 4
                            && words(t, LATIN_WORD) == w.length
                            && ORGANISATION_WORDS.contains(w[w.length - 1].toLowerCase(Locale.ROOT))
                            && w[0].length() >= 4) {
                        groups.add(new Named(e, t));
                    }
                } else if (e.kind() == EntityKind.VESSEL) {
                    String t = full.toUpperCase(Locale.ROOT);
                    if (words(t, LATIN_WORD) >= 1 && words(t, LATIN_WORD) <= 3 && t.length() >= 5) {
                        vessels.add(new Named(e, t));
                    }
                }
            }
        }
        // A short name is the distinctive first word: not a country, not shared by many listed organisations.
        java.util.Map<String, Long> firstWords = new java.util.HashMap<>();
        groups.forEach(g -> firstWords.merge(g.name().split(" ")[0].toLowerCase(Locale.ROOT), 1L, Long::sum));
        List<Named> shortNamed = groups.stream()
                .filter(g -> {
                    String first = g.name().split(" ")[0];
                    return firstWords.get(first.toLowerCase(Locale.ROOT)) < SHARED_FIRST_WORD
                            && dev.embargo.lists.Countries.toIso(first).isEmpty();
                })
                .toList();
        List<Named> namedGroups = groups.stream()
                .filter(g -> g.name().toLowerCase(Locale.ROOT).endsWith(" group"))
                .toList();
        List<String> latinNegatives = negatives.stream()
                .filter(n -> words(n, LATIN_WORD) >= 2 && words(n, LATIN_WORD) == n.split(" ").length)
                .toList();
        List<String> cyrillicNegatives = negatives.stream()
                .filter(n -> words(n, CYRILLIC_WORD) >= 2 && words(n, CYRILLIC_WORD) == n.split(" ").length)
                .toList();
        List<String> hangulNegatives = negatives.stream()
                .filter(n -> n.matches("[\\p{IsHangul}]{2,4}"))
                .toList();
        for (Templates t : Templates.ALL) {
            people(t, "person", latinPeople, perClass);
            people(t, "hyphen", koreanPeople, perClass);
            if (t.genitives().length > 0) {
                people(t, "inflection", latinPeople, perClass);
            }
            vessels(t, vessels, perClass);
            if (t.suffix() != null) {
                suffixes(t, namedGroups, perClass);
            }
            coreference(t, shortNamed, perClass);
            nearMisses(t, latinNegatives, latinPeople, perClass);
        }
        cyrillic(Templates.RU, cyrillicPeople, cyrillicNegatives, perClass, Declension::russian);
        cyrillic(Templates.UK, cyrillicPeople, cyrillicNegatives, perClass, Declension::ukrainian);
        korean(hangul, hangulNegatives, perClass);
        japanese(han, perClass);
    }

    private void people(Templates t, String kind, List<Named> people, int n) {
        for (Drawn<Named> d : sample(people, n, Named::key, t.code() + " " + kind)) {
            Named p = d.item();
            if (kind.equals("inflection")) {
                String name = t.genitiveOf(p.name());
                add(t.code(), kind, pick(d.random(), t.genitives()), "{P}", name, p.entity(), d.key());
            } else {
                add(t.code(), kind, pick(d.random(), t.persons()), "{P}", p.name(), p.entity(), d.key());
            }
        }
    }

    private void vessels(Templates t, List<Named> vessels, int n) {
        for (Drawn<Named> d : sample(vessels, n, Named::key, t.code() + " vessel")) {
            Named v = d.item();
            add(t.code(), "vessel", pick(d.random(), t.vessels()), "{V}", v.name(), v.entity(), d.key());
        }
    }

    private void suffixes(Templates t, List<Named> groups, int n) {
        for (Drawn<Named> d : sample(groups, n, Named::key, t.code() + " suffix")) {
            Named g = d.item();
            String head = g.name().substring(0, g.name().lastIndexOf(' '));
            add(t.code(), "suffix", pick(d.random(), t.organisations()), "{O}", head + t.suffix(), g.entity(), d.key());
        }
    }

    private void coreference(Templates t, List<Named> groups, int n) {
        for (Drawn<Named> d : sample(groups, n, Named::key, t.code() + " coreference")) {
            Named g = d.item();
            String first = g.name().split(" ")[0];
            String text = pick(d.random(), t.organisations()).replace("{O}", g.name()) + " "
                    + pick(d.random(), t.shortNames());
            int at = text.lastIndexOf("{S}");
            text = text.replace("{S}", first);
            cases.add(new Case(
                    t.code(), "coreference", text, at, at + first.length(), g.entity(), first, fromKey(d.key())));
        }
    }

    private void nearMisses(Templates t, List<String> negatives, List<Named> listed, int n) {
        for (Drawn<String> d : sample(negatives, n, x -> x, t.code() + " on no list")) {
            add(t.code(), "near-miss: on no list", pick(d.random(), t.persons()), "{P}", d.item(), null, d.key());
        }
        // A listed surname with the given name of someone on no list.
        for (Drawn<Named> d : sample(listed, n, Named::key, t.code() + " listed surname")) {
            Named p = d.item();
            Random random = d.random();
            String[] w = p.name().split(" ");
            String given = negatives.get(random.nextInt(negatives.size())).split(" ")[0];
            // Not a given name the listed party bears in any of its names: that would name the party itself.
            if (p.entity().names().stream()
                    .anyMatch(x ->
                            java.util.Arrays.stream(x.full().split("[\\s,]+")).anyMatch(given::equalsIgnoreCase))) {
                continue;
            }
            add(
                    t.code(),
                    "near-miss: listed surname",
                    pick(random, t.persons()),
                    "{P}",
                    given + " " + w[w.length - 1],
                    null,
                    d.key());
        }
        commonNouns(t);
    }

    private void commonNouns(Templates t) {
        for (String noun : t.commonNouns()) {
            Random random = StableDraw.random(seed, t.code() + " common noun", noun);
            add(t.code(), "near-miss: common noun", pick(random, t.persons()), "{P}", noun, null, noun);
        }
    }

    private void cyrillic(
            Templates t,
            List<Named> people,
            List<String> negatives,
            int n,
            java.util.function.BiFunction<String, String, String> decline) {
        for (Drawn<Named> d : sample(people, n, Named::key, t.code() + " inflection")) {
            Named p = d.item();
            String[] template = pick(d.random(), t.cased());
            add(
                    t.code(),
                    "inflection",
                    template[1],
                    "{P}",
                    declineAll(p.name(), template[0], decline),
                    p.entity(),
                    d.key());
        }
        for (Drawn<Named> d : sample(people, n, Named::key, t.code() + " person")) {
            Named p = d.item();
            add(t.code(), "person", pick(d.random(), t.persons()), "{P}", p.name(), p.entity(), d.key());
        }
        for (Drawn<String> d : sample(negatives, n, x -> x, t.code() + " on no list")) {
            String[] template = pick(d.random(), t.cased());
            add(
                    t.code(),
                    "near-miss: on no list",
                    template[1],
                    "{P}",
                    declineAll(d.item(), template[0], decline),
                    null,
                    d.key());
        }
        commonNouns(t);
    }

    private static String declineAll(
            String name, String grammaticalCase, java.util.function.BiFunction<String, String, String> decline) {
        List<String> out = new ArrayList<>();
        for (String w : name.split(" ")) {
            out.add(decline.apply(w, grammaticalCase));
        }
        return String.join(" ", out);
    }

    private void korean(List<Named> people, List<String> negatives, int n) {
        String[][] templates = {
            {"{P}", "은", "는", " 오늘 평양에서 열린 회의에 참석했다."},
            {"{P}", "이", "가", " 미사일 발사를 지시했다고 조선중앙통신이 보도했다."},
            {"정부는 ", "{P}", "을", "를", " 제재 대상에 추가했다."},
            {"{P}", "의", "의", " 측근들이 해외 자금을 관리해 왔다."},
            {"미국 재무부는 ", "{P}", "에게", "에게", " 책임이 있다고 밝혔다."},
            {"{P}", "과", "와", " 관련된 회사 세 곳이 제재를 받았다."},
        };
        for (int round = 0; round < Math.max(1, n / Math.max(1, people.size())) + 1; round++) {
            for (Named p : people) {
                Random random = StableDraw.random(seed, "ko particles", p.key(), Integer.toString(round));
                addKorean(templates, p.name(), p.entity(), "particles", random, p.key());
            }
        }
        for (Drawn<String> d : sample(negatives, n, x -> x, "ko on no list")) {
            addKorean(templates, d.item(), null, "near-miss: on no list", d.random(), d.key());
        }
    }

    private void addKorean(String[][] templates, String name, Entity e, String kind, Random random, String key) {
        String[] t = pick(random, templates);
        boolean batchim = (name.codePointAt(name.length() - 1) - 0xAC00) % 28 != 0;
        StringBuilder text = new StringBuilder();
        int start = -1;
        for (int i = 0; i < t.length; i++) {
            if (t[i].equals("{P}")) {
                start = text.length();
                text.append(name).append(batchim ? t[i + 1] : t[i + 2]);
                i += 2;
            } else {
                text.append(t[i]);
            }
        }
        cases.add(new Case("ko", kind, text.toString(), start, start + name.length(), e, name, fromKey(key)));
    }

    private void japanese(List<Named> people, int n) {
        String[] templates = {
            "{P}氏は平壌で会議に出席した。", "米財務省は{P}を制裁対象に加えた。", "{P}が指示したと報じられた。", "{P}の側近が資金を管理していた。",
        };
        for (int round = 0; round < Math.max(1, n / Math.max(1, people.size())) + 1; round++) {
            for (Named p : people) {
                Random random = StableDraw.random(seed, "ja particles", p.key(), Integer.toString(round));
                add("ja", "particles", pick(random, templates), "{P}", p.name(), p.entity(), p.key());
            }
        }
    }

    private void add(String language, String kind, String template, String slot, String name, Entity e, String key) {
        int at = template.indexOf(slot);
        String text = template.substring(0, at) + name + template.substring(at + slot.length());
        cases.add(new Case(language, kind, text, at, at + name.length(), e, name, fromKey(key)));
    }

    /** The listing id and the name a draw's key holds ("id\tname"), or the name alone. */
    private static List<String> fromKey(String key) {
        return List.of(key.split("\t"));
    }

    /**
     * {@code n} items for one language and class: those of the smallest hashes of (class, key), each with a random
     * of its own. Fewer items than {@code n} are taken again, in the same order, each round with another random.
     */
    private <T> List<Drawn<T>> sample(List<T> from, int n, java.util.function.Function<T, String> key, String cls) {
        List<T> ordered = StableDraw.ordered(from, key, seed + " " + cls);
        List<Drawn<T>> out = new ArrayList<>(n);
        for (int i = 0; !ordered.isEmpty() && i < n; i++) {
            T item = ordered.get(i % ordered.size());
            String k = key.apply(item);
            out.add(new Drawn<>(item, StableDraw.random(seed, cls, k, Integer.toString(i / ordered.size())), k));
        }
        return out;
    }

    private static <T> T pick(Random random, T[] from) {
        return from[random.nextInt(from.length)];
    }

    private static int words(String s, Pattern word) {
        int n = 0;
        for (String w : s.split(" ")) {
            if (!word.matcher(w).matches()) {
                return 0;
            }
            n++;
        }
        return n;
    }

    private static boolean isKorean(Entity e) {
        return e.nationalities().contains("KP")
                || e.countries().contains("KP")
                || e.nationalities().contains("KR")
                || e.citizenships().contains("KP");
    }

    /** "PUTIN, Vladimir Vladimirovich" → "Vladimir Vladimirovich Putin"; names without a comma as they are. */
    static String naturalOrder(String full) {
        int comma = full.indexOf(',');
        String s = comma < 0
                ? full
                : full.substring(comma + 1).strip() + " "
                        + full.substring(0, comma).strip();
        s = s.replaceAll("\\s+", " ").strip();
        return s.isEmpty() ? null : titleCase(s);
    }

    /** "Kim Jong Un" → "Kim Jong-un", as newspapers write Korean given names. */
    static String hyphenated(String name) {
        String[] w = name.split(" ");
        return w[0] + " " + w[1] + "-" + w[2].toLowerCase(Locale.ROOT);
    }

    static String titleCase(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean start = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            out.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
            start = c == ' ' || c == '-';
        }
        return out.toString();
    }
}
