package dev.embargo.matching.name;

import dev.embargo.matching.text.EastSlavicGivenNames;
import dev.embargo.matching.text.LatinFolder;
import dev.embargo.matching.text.Romanizer;
import dev.embargo.matching.text.WordMemo;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Ukrainian and Belarusian given names and patronymics in Latin letters read as the Russian ones
 * ({@link EastSlavicGivenNames}' table), and in a name so marked, the family name's Belarusian ў read as the
 * Russian в it stands for. The lists write one person in Latin from the Belarusian or Ukrainian form ("Siarhei
 * Yakaulevich AZEMSHA", "Serhiy Mykolayovych CHEREVKO") and in Cyrillic or Latin from the Russian form ("АЗЕМША,
 * Сергей Яковлевич", "Sergei CHEREVKO"): letter for letter Siarhei is far from Sergey (0.54 for the name), so the
 * word is read as the Russian name: it keeps its spelling, which meets the same spelling exactly, and takes the
 * Russian form's romanisation key and consonant skeleton, which meet the Russian name as a romanisation variant,
 * as a nickname's reading does ({@link NameForms#nicknameReadings}).
 *
 * <p>The Latin spellings are made from the table's Cyrillic forms by the letters of the romanisations the lists
 * write them in: Ukrainian national (2010) and BGN/PCGN (Serhii, Serhiy, Mykolaiovych, Yevhen), Belarusian
 * passport, BGN/PCGN and the national system with its diacritics folded (Siarhei, Syarhey, Siarhej, Aliaksandr,
 * Uladzimir, Yauhen, Hienadz), and both with г written g as Russian-language lists write it (Sergiy, Genadz,
 * Mikolayovich). Spellings are looked up as written (folded), not by their romanisation key: keys merge far
 * more than these systems disagree on (b / p in a word of one syllable's length, a final -er), and by key the
 * table took André, Paris and Potter for Андрэй, Барыс and Пётр. A spelling is left out where it has the Russian
 * form's key (Ivan, Roman, Pavel, Maksym: no reading needed, and no mark of the language), and where it has
 * another table name's Russian key or two names of the table give it. Names of other languages written alike
 * (Hanna, also the Arabic and German name; Raman, also an Indian name) take the Russian key too: they still meet
 * their own spelling exactly, and meet the Russian name as a variant (Hanna / Anna 0.95 for the word, 0.76 by
 * edits); the negatives of {@code bench quality} hold 19 Hanna, 4 Raman, 4 Alena.
 *
 * <p>Family names keep their letters with one exception: in a name with such a given name or patronymic, a family
 * name's au, ou or eu before sk or at its end is the Belarusian ў where Russian writes в (RAUKOU / РАВКОВ,
 * VASILIEU / ВАСИЛЬЕВ, BUZOUSKI / БУЗОВСКИЙ): -аў, -оў and -эў/-еў end no Russian family name, and
 * au and ou before a consonant spell no Russian sound. Belarusian akanne (unstressed o written a: ASIPENKA /
 * ОСИПЕНКО) is not read: a stressed a is an a in both languages, and which a was unstressed the letters do not
 * tell.
 */
public final class EastSlavicLatinNames {
    private static final class Holder {
        static final EastSlavicLatinNames INSTANCE = build();
    }

    /** Each Latin spelling (folded) of a Ukrainian or Belarusian form, to the Russian form in Latin. */
    private final Map<String, String> russianByKey;

    /** Each family-name word of a marked name, read with its ў as в ({@link #withRussianFamilyLetters}). */
    private final WordMemo<Optional<Token>> familyTokens = new WordMemo<>(w -> Optional.ofNullable(familyToken(w)));

    /** Whether a word (folded) is a Latin spelling of a Ukrainian or Belarusian form of the table. */
    private final WordMemo<Boolean> markers;

    private EastSlavicLatinNames(Map<String, String> russianByKey) {
        this.russianByKey = Map.copyOf(russianByKey);
        this.markers = new WordMemo<>(this.russianByKey::containsKey);
    }

    public static EastSlavicLatinNames instance() {
        return Holder.INSTANCE;
    }

    /**
     * The Russian form in Latin letters (folded BGN/PCGN: "sergey", "yakovlevich") of the Ukrainian or Belarusian
     * given name or patronymic {@code word} (folded Latin) spells; null for any other word, and for a spelling with
     * the Russian form's romanisation key.
     */
    public String russianForm(String word) {
        return russianByKey.get(word);
    }

    /** The token of {@code word} (folded): with the Russian form's key and skeleton where it has one, else null. */
    Token asRussianForm(String word) {
        String russian = russianByKey.get(word);
        if (russian == null) {
            return null;
        }
        return readAs(word, russian);
    }

    /**
     * {@code tokens} (a Latin name's) with each family-name word's ў read as в where a word of the name is a
     * Ukrainian or Belarusian given name or patronymic of the table; {@code tokens} itself otherwise.
     */
    List<Token> withRussianFamilyLetters(List<Token> tokens) {
        List<Token> out = null;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.kind() != TokenKind.WORD || t.vowelless() || t.nicknameForm() != Token.AS_WRITTEN) {
                continue;
            }
            Token family = familyTokens.get(t.text()).orElse(null);
            if (family != null) {
                if (out == null) {
                    if (!marked(tokens)) {
                        return tokens;
                    }
                    out = new ArrayList<>(tokens);
                }
                out.set(i, family);
            }
        }
        return out == null ? tokens : List.copyOf(out);
    }

    /** Whether a word of the name is a Ukrainian or Belarusian given name or patronymic of the table. */
    private boolean marked(List<Token> tokens) {
        for (Token t : tokens) {
            if (t.kind() == TokenKind.WORD && !t.vowelless() && markers.get(t.text())) {
                return true;
            }
        }
        return false;
    }

    /** {@code word} as written, with the key and skeleton of {@code russian}: how the word meets other names. */
    private static Token readAs(String word, String russian) {
        return new Token(
                word,
                RomanizationVariants.variantKey(russian),
                RomanizationVariants.skeleton(russian),
                TokenKind.WORD,
                false);
    }

    /** The word with its ў read as в in its key and skeleton, or null where it has none ({@link #russianLetters}). */
    private static Token familyToken(String word) {
        String russian = russianLetters(word);
        if (russian == null) {
            return null;
        }
        return readAs(word, russian);
    }

    /**
     * A family name's Belarusian ў as the Russian в: au and ou at the end or before sk as ov, eu as ev (Kazakou →
     * kazakov, Shatrou → shatrov, Burmistrau → burmistrov, Vasilieu → vasiliev, Buzouski → buzovski, Paulouskaya →
     * paulovskaya); null for a word without one. Words of five letters or more: a shorter one is not a family name
     * with a suffix (Bou, Leu).
     */
    static String russianLetters(String word) {
        int n = word.length();
        if (n < 5) {
            return null;
        }
        char[] w = word.toCharArray();
        boolean changed = false;
        for (int i = 1; i + 1 < n; i++) {
            char v = w[i];
            if (w[i + 1] != 'u' || (v != 'a' && v != 'o' && v != 'e') || i < 2) {
                continue;
            }
            boolean end = i + 2 == n;
            boolean beforeSk = i + 3 < n && w[i + 2] == 's' && w[i + 3] == 'k';
            if (end || beforeSk) {
                w[i] = v == 'e' ? 'e' : 'o';
                w[i + 1] = 'v';
                // ьеў, which the passport system writes ieu, is ьев, which Russian BGN/PCGN writes yev.
                if (v == 'e' && w[i - 1] == 'i' && !isVowel(w[i - 2])) {
                    w[i - 1] = 'y';
                }
                changed = true;
            }
        }
        return changed ? new String(w) : null;
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
    }

    private static EastSlavicLatinNames build() {
        Romanizer romanizer = new Romanizer();
        EastSlavicGivenNames table = EastSlavicGivenNames.instance();
        Map<String, String> russianLatin = new HashMap<>();
        Map<String, String> byKey = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        // The keys of the Russian forms themselves: a spelling of one is no Ukrainian or Belarusian mark.
        Map<String, String> russianKeys = new HashMap<>();
        List<Map.Entry<String, String>> rows = new ArrayList<>();
        for (Map.Entry<String, String> e : table.ukrainianForms().entrySet()) {
            rows.add(Map.entry("u" + e.getKey(), e.getValue()));
        }
        for (Map.Entry<String, String> e : table.belarusianForms().entrySet()) {
            rows.add(Map.entry("b" + e.getKey(), e.getValue()));
        }
        for (Map.Entry<String, String> row : rows) {
            String russian = row.getValue();
            String latin = russianLatin.computeIfAbsent(
                    russian,
                    r -> LatinFolder.fold(romanizer.readings(r).getFirst().latin()));
            for (String spelling : russianSpellings(latin)) {
                russianKeys.put(RomanizationVariants.variantKey(spelling), latin);
            }
        }
        for (Map.Entry<String, String> row : rows) {
            boolean belarusian = row.getKey().charAt(0) == 'b';
            String form = row.getKey().substring(1);
            String latin = russianLatin.get(row.getValue());
            for (String spelling : latinSpellings(form, belarusian)) {
                String russianOfKey = russianKeys.get(RomanizationVariants.variantKey(spelling));
                if (russianOfKey != null) {
                    if (!russianOfKey.equals(latin)) {
                        ambiguous.add(spelling);
                    }
                    continue;
                }
                String before = byKey.putIfAbsent(spelling, latin);
                if (before != null && !before.equals(latin)) {
                    ambiguous.add(spelling);
                }
            }
        }
        byKey.keySet().removeAll(ambiguous);
        return new EastSlavicLatinNames(byKey);
    }

    /** The Russian form's spellings in Latin that the key must not take for another language's: BGN and -ei/-i. */
    private static List<String> russianSpellings(String latin) {
        List<String> out = new ArrayList<>(3);
        out.add(latin);
        if (latin.endsWith("iy")) {
            out.add(latin.substring(0, latin.length() - 1));
        }
        return out;
    }

    /** At most this many spellings of one form: the product of the letters' choices stays far below it. */
    private static final int MAX_SPELLINGS = 4096;

    /** The Latin spellings of a Ukrainian or Belarusian form (lower-case Cyrillic), letter by letter. */
    static List<String> latinSpellings(String form, boolean belarusian) {
        List<String> out = new ArrayList<>();
        out.add("");
        String f = form.replace('’', '\'').replace('ʼ', '\'');
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            char before = i == 0 ? ' ' : f.charAt(i - 1);
            boolean iotated = i == 0 || VOWELS.indexOf(before) >= 0 || before == 'ь' || before == '\'';
            String[] choices = letter(c, iotated, belarusian);
            List<String> next = new ArrayList<>(out.size() * choices.length);
            for (String prefix : out) {
                for (String choice : choices) {
                    if (next.size() < MAX_SPELLINGS) {
                        next.add(prefix + choice);
                    }
                }
            }
            out = next;
        }
        return out;
    }

    private static final String VOWELS = "аеёєиіїоуыэюя";

    /**
     * The Latin letters the lists' romanisations write a Cyrillic letter with: {@code iotated} where a vowel letter
     * begins a word or follows a vowel, ь or an apostrophe (where е, є, ю, я, ё and ї say a y first).
     */
    private static String[] letter(char c, boolean iotated, boolean belarusian) {
        return switch (c) {
            case 'а' -> new String[] {"a"};
            case 'б' -> new String[] {"b"};
            case 'в' -> new String[] {"v"};
            case 'г' -> new String[] {"h", "g"};
            case 'ґ' -> new String[] {"g"};
            case 'д' -> new String[] {"d"};
            case 'е' ->
                belarusian
                        ? iotated ? new String[] {"ye", "ie", "je", "e"} : new String[] {"ie", "e", "ye"}
                        : new String[] {"e"};
            case 'ё' -> iotated ? new String[] {"yo", "io", "jo"} : new String[] {"io", "yo"};
            case 'є' -> iotated ? new String[] {"ye", "ie", "je"} : new String[] {"ie", "e", "ye"};
            case 'ж' -> new String[] {"zh", "z"};
            case 'з' -> new String[] {"z"};
            case 'и' -> new String[] {"y", "i"};
            case 'і' -> new String[] {"i"};
            case 'ї' -> new String[] {"yi", "i", "ji"};
            case 'й' -> new String[] {"i", "y", "j"};
            case 'к' -> new String[] {"k"};
            case 'л' -> new String[] {"l"};
            case 'м' -> new String[] {"m"};
            case 'н' -> new String[] {"n"};
            case 'о' -> new String[] {"o"};
            case 'п' -> new String[] {"p"};
            case 'р' -> new String[] {"r"};
            case 'с' -> new String[] {"s"};
            case 'т' -> new String[] {"t"};
            case 'у' -> new String[] {"u"};
            case 'ў' -> new String[] {"u", "w", "v"};
            case 'ф' -> new String[] {"f"};
            case 'х' -> new String[] {"kh", "h", "ch"};
            case 'ц' -> new String[] {"ts", "c"};
            case 'ч' -> new String[] {"ch", "c"};
            case 'ш' -> new String[] {"sh", "s"};
            case 'щ' -> new String[] {"shch"};
            case 'ы' -> new String[] {"y", "i"};
            case 'ь' -> new String[] {"", "i"};
            case 'э' -> new String[] {"e"};
            case 'ю' -> iotated ? new String[] {"yu", "iu", "ju"} : new String[] {"iu", "yu"};
            case 'я' -> iotated ? new String[] {"ya", "ia", "ja"} : new String[] {"ia", "ya"};
            case '\'' -> new String[] {""};
            default -> new String[] {String.valueOf(c)};
        };
    }
}
