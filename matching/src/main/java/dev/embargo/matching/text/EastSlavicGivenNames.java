package dev.embargo.matching.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Ukrainian and Belarusian given names and patronymics put as the Russian ones they are forms of (Сяргей →
 * Сергей, Аляксандравіч → Александрович, Олексій → Алексей), from {@value #RESOURCE}. The lists write one
 * person in Belarusian or Ukrainian Cyrillic and in a Latin spelling made from the Russian form ("Сяргей
 * Анатольевіч Саўта" / "Sergei Anatolievich SAUTA" scored 0.73): letter for letter the Russian form keeps the
 * Belarusian vowels (syargey against sergei), so the given names are put word for word. Only given names and
 * patronymics are in the table; family names keep their letters.
 */
public final class EastSlavicGivenNames {
    static final String RESOURCE = "east-slavic-given-names.tsv";

    private static final class Holder {
        static final EastSlavicGivenNames INSTANCE = load();
    }

    /**
     * Ukrainian and Belarusian forms to Russian ones, lower case, in one table: a name's letters do not always
     * say which of the two it is ("Ігар Пятровіч" has no letter only Belarusian uses), and no form of one
     * language is another name's form in the other.
     */
    private final Map<String, String> forms;

    /** The Ukrainian forms alone (the table's Ukrainian columns, those written as the Russian ones too). */
    private final Map<String, String> ukrainian;

    /** The Belarusian forms alone, those written as the Russian ones too. */
    private final Map<String, String> belarusian;

    private EastSlavicGivenNames(Map<String, String> ukrainian, Map<String, String> belarusian) {
        Map<String, String> both = new HashMap<>();
        for (Map<String, String> language : List.of(ukrainian, belarusian)) {
            language.forEach((form, russian) -> {
                if (!form.equals(russian)) {
                    both.putIfAbsent(form, russian);
                }
            });
        }
        this.forms = Map.copyOf(both);
        this.ukrainian = Map.copyOf(ukrainian);
        this.belarusian = Map.copyOf(belarusian);
    }

    public static EastSlavicGivenNames instance() {
        return Holder.INSTANCE;
    }

    /**
     * Each Ukrainian form of the table (given names, masculine and feminine patronymics), lower case, to the
     * Russian form; also those written as the Russian one in Cyrillic (Олег, Борисович), which Latin letters write
     * otherwise (Oleh, Borysovych).
     */
    public Map<String, String> ukrainianForms() {
        return ukrainian;
    }

    /** Each Belarusian form of the table, lower case, to the Russian form (also those written as the Russian one). */
    public Map<String, String> belarusianForms() {
        return belarusian;
    }

    /** {@code text} with each Ukrainian or Belarusian given name and patronymic put as the Russian one. */
    public String inRussianForms(String text) {
        StringBuilder out = null;
        int copied = 0;
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            while (end < n && (Character.isLetter(text.charAt(end)) || apostrophe(text.charAt(end)))) {
                end++;
            }
            String word = text.substring(i, end);
            String russian = forms.get(key(word));
            if (russian != null) {
                if (out == null) {
                    out = new StringBuilder(n + 8);
                }
                out.append(text, copied, i).append(withCaseOf(word, russian));
                copied = end;
            }
            i = end;
        }
        return out == null ? text : out.append(text, copied, n).toString();
    }

    private static boolean apostrophe(char c) {
        return c == '\'' || c == '’' || c == 'ʼ';
    }

    private static String key(String word) {
        return word.toLowerCase(Locale.ROOT).replace('’', '\'').replace('ʼ', '\'');
    }

    /** The Russian form written as the word was: all capitals, capitalised, or lower case. */
    private static String withCaseOf(String word, String russian) {
        if (word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT))) {
            return russian.toUpperCase(Locale.ROOT);
        }
        if (Character.isUpperCase(word.charAt(0))) {
            return Character.toUpperCase(russian.charAt(0)) + russian.substring(1);
        }
        return russian;
    }

    private static EastSlavicGivenNames load() {
        Map<String, String> ukrainian = new HashMap<>();
        Map<String, String> belarusian = new HashMap<>();
        try (InputStream in = EastSlavicGivenNames.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + RESOURCE + " missing");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.strip().split("\t");
                if (f.length != 6) {
                    throw new IllegalStateException(RESOURCE + " line " + number
                            + ": expected russian, patronymic, ukrainian, patronymic, belarusian, patronymic; got: "
                            + line);
                }
                put(ukrainian, f[2], f[0]);
                put(belarusian, f[4], f[0]);
                if (!f[1].equals("-")) {
                    String russianFeminine = f[1].substring(0, f[1].length() - 2) + "на";
                    put(ukrainian, f[3], f[1]);
                    put(ukrainian, ukrainianFeminine(f[3]), russianFeminine);
                    put(belarusian, f[5], f[1]);
                    put(belarusian, f[5].substring(0, f[5].length() - 3) + "ўна", russianFeminine);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + RESOURCE, e);
        }
        return new EastSlavicGivenNames(ukrainian, belarusian);
    }

    /** Олександрович → Олександрівна, Сергійович → Сергіївна, Васильович → Василівна. */
    private static String ukrainianFeminine(String masculine) {
        if (masculine.endsWith("йович")) {
            return masculine.substring(0, masculine.length() - 5) + "ївна";
        }
        if (masculine.endsWith("ьович")) {
            return masculine.substring(0, masculine.length() - 5) + "івна";
        }
        return masculine.substring(0, masculine.length() - 4) + "івна";
    }

    private static void put(Map<String, String> map, String form, String russian) {
        if (!form.equals("-")) {
            map.putIfAbsent(form, russian);
        }
    }
}
