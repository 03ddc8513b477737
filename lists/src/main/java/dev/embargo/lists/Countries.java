package dev.embargo.lists;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Maps the many ways lists write a country ("Korea, North", "Democratic People's Republic of Korea",
 * "DPRK", "Iran (Islamic Republic of)", "Belarus / Bélarus", "Russian") to ISO 3166-1 alpha-2 codes.
 * Built once from the JDK's own country names in English and French, plus the wordings lists use.
 */
public final class Countries {
    /** Compiled once: a batch screen looks up a country for every row. */
    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");
    private static final java.util.regex.Pattern NOT_WORD = java.util.regex.Pattern.compile("[^a-z0-9']+");

    private static final Countries INSTANCE = new Countries();

    private final Map<String, String> byName = new HashMap<>();

    private Countries() {
        for (String iso : Locale.getISOCountries()) {
            Locale locale = Locale.of("", iso);
            put(locale.getDisplayCountry(Locale.ENGLISH), iso);
            put(locale.getDisplayCountry(Locale.FRENCH), iso);
            put(iso, iso);
            put(locale.getISO3Country(), iso);
        }
        String[][] extra = {
                {"KP", "Korea, North", "North Korea", "DPRK", "D.P.R.K.", "Democratic People's Republic of Korea",
                        "Korea, Democratic People's Republic of", "Korea (Democratic People's Republic of)",
                        "Korea, Dem. People's Rep. of", "North Korean", "Korean DPRK", "Korea DPR",
                        "Democratic Peoples Republic of Korea", "Korea, Democratic People's Republic"},
                {"KR", "Korea, South", "South Korea", "Republic of Korea", "Korea, Republic of", "Korea (Republic of)",
                        "South Korean"},
                {"IR", "Iran (Islamic Republic of)", "Islamic Republic of Iran", "Iran, Islamic Republic of", "Iranian"},
                {"RU", "Russian Federation", "Russia", "Russian"},
                {"SY", "Syrian Arab Republic", "Syria", "Syrian"},
                {"VE", "Venezuela (Bolivarian Republic of)", "Bolivarian Republic of Venezuela", "Venezuelan"},
                {"BO", "Bolivia (Plurinational State of)"},
                {"TZ", "United Republic of Tanzania", "Tanzania, United Republic of"},
                {"LA", "Lao People's Democratic Republic", "Laos"},
                {"VN", "Viet Nam", "Vietnam", "Vietnamese"},
                {"TR", "Türkiye", "Turkiye", "Turkey", "Turkish"},
                {"MM", "Burma", "Myanmar (Burma)", "Burmese", "Myanmar"},
                {"CD", "Congo, Democratic Republic of the", "Democratic Republic of the Congo", "DRC", "Congo (Kinshasa)",
                        "Democratic Republic of Congo", "Congo, The Democratic Republic of the", "Congo (Democratic Republic)"},
                {"CG", "Republic of the Congo", "Congo, Republic of the", "Congo (Brazzaville)", "Congo"},
                {"CI", "Cote d'Ivoire", "Ivory Coast", "Cote d Ivoire"},
                {"PS", "Palestinian", "Palestine", "West Bank", "Gaza", "Gaza Strip", "Occupied Palestinian Territories",
                        "Palestinian Territories", "State of Palestine"},
                {"XK", "Kosovo"},
                {"TL", "East Timor", "Timor-Leste", "Timor Leste"},
                {"SZ", "eSwatini"},
                {"US", "United States", "United States of America", "USA", "U.S.A.", "U.S.", "American"},
                {"GB", "United Kingdom", "UK", "Great Britain", "United Kingdom of Great Britain and Northern Ireland",
                        "British", "Britain"},
                {"CZ", "Czech Republic", "Czechia"},
                {"MK", "Macedonia", "North Macedonia", "The former Yugoslav Republic of Macedonia",
                        "North Macedonia, The Republic of"},
                {"MD", "Moldova, Republic of", "Republic of Moldova", "Moldova"},
                {"FM", "Micronesia", "Micronesia, Federated States of", "Micronesia (Federated States of)"},
                {"BN", "Brunei Darussalam", "Brunei"},
                {"CV", "Cabo Verde", "Cape Verde"},
                {"SZ", "Eswatini", "Swaziland"},
                {"VA", "Holy See", "Vatican"},
                {"TW", "Taiwan", "Taiwan, Province of China", "Chinese Taipei"},
                {"HK", "Hong Kong", "Hong Kong SAR", "Hong Kong, China", "China, Hong Kong Special Administrative Region",
                        "Hong Kong Special Administrative Region"},
                {"MO", "Macau", "Macao", "China, Macao Special Administrative Region",
                        "Macao Special Administrative Region"},
                {"BA", "Bosnia-Herzegovina", "Bosnia and Herzegovina", "Bosnia"},
                {"AE", "UAE", "U.A.E.", "United Arab Emirates", "Emirati"},
                {"SA", "Saudi", "Saudi Arabian"},
                {"CN", "China", "People's Republic of China", "PRC", "Chinese"},
                {"AF", "Afghan", "Afghanistan"},
                {"IQ", "Iraqi"},
                {"LY", "Libyan", "Libyan Arab Jamahiriya"},
                {"YE", "Yemeni"},
                {"SO", "Somali"},
                {"SD", "Sudanese"},
                {"SS", "South Sudanese"},
                {"LB", "Lebanese"},
                {"EG", "Egyptian"},
                {"PK", "Pakistani"},
                {"JO", "Jordanian"},
                {"KW", "Kuwaiti"},
                {"QA", "Qatari"},
                {"TN", "Tunisian"},
                {"DZ", "Algerian"},
                {"MA", "Moroccan"},
                {"ML", "Malian"},
                {"NG", "Nigerian"},
                {"UA", "Ukrainian", "Crimea", "Crimea region of Ukraine"},
                {"BY", "Belarusian", "Belarussian", "Byelorussia"},
                {"CU", "Cuban"},
                {"NI", "Nicaraguan"},
                {"ID", "Indonesian"},
                {"PH", "Filipino", "Philippine"},
                {"MY", "Malaysian"},
                {"IN", "Indian"},
                {"BD", "Bangladeshi"},
                {"KZ", "Kazakh", "Kazakhstani"},
                {"UZ", "Uzbek"},
                {"TJ", "Tajik"},
                {"KG", "Kyrgyz"},
                {"TM", "Turkmen"},
                {"GE", "Georgian"},
                {"AM", "Armenian"},
                {"AZ", "Azerbaijani"},
                {"DE", "German"},
                {"FR", "French"},
                {"NL", "Dutch", "Netherlands", "The Netherlands"},
                {"BE", "Belgian"},
                {"ES", "Spanish"},
                {"IT", "Italian"},
                {"CH", "Swiss"},
                {"SE", "Swedish"},
                {"CA", "Canadian"},
                {"AU", "Australian"},
                {"MX", "Mexican"},
                {"CO", "Colombian"},
                {"VE", "Venezuela"},
                {"ER", "Eritrean"},
                {"ET", "Ethiopian"},
                {"KE", "Kenyan"},
                {"CF", "Central African Republic", "Central African"},
                {"SN", "Senegalese"},
                {"IL", "Israeli"},
                {"BH", "Bahraini"},
                {"OM", "Omani"},
                {"MR", "Mauritanian"},
                {"NE", "Nigerien"},
                {"TD", "Chadian"},
                {"CM", "Cameroonian"},
                {"ZW", "Zimbabwean"},
                {"ZA", "South African"},
                {"GN", "Guinean"},
                {"GW", "Guinea-Bissau", "Guinea Bissau"},
                {"HT", "Haitian"},
                {"SG", "Singaporean"},
                {"TH", "Thai"},
                {"JP", "Japanese"},
                {"RS", "Serbian", "Serbia and Montenegro"},
                {"ME", "Montenegrin"},
                {"HR", "Croatian"},
                {"AL", "Albanian"},
                {"GR", "Greek"},
                {"CY", "Cypriot"},
                {"LV", "Latvian"},
                {"LT", "Lithuanian"},
                {"EE", "Estonian"},
                {"PL", "Polish"},
                {"RO", "Romanian"},
                {"BG", "Bulgarian"},
                {"HU", "Hungarian"},
                {"SK", "Slovak"},
                {"SI", "Slovenian"},
                {"AT", "Austrian"},
                {"IE", "Irish"},
                {"PT", "Portuguese"},
                {"BR", "Brazilian"},
                {"AR", "Argentine", "Argentinian"},
                {"PA", "Panamanian"},
                {"SL", "Sierra Leonean"},
                {"LR", "Liberian"},
                {"UG", "Ugandan"},
                {"RW", "Rwandan"},
                {"BI", "Burundian"},
                {"TR", "Republic of Turkiye"},
                {"KM", "Comoros", "Comorian"},
                {"MV", "Maldives", "Maldivian"},
                {"TT", "Trinidad and Tobago", "Trinidadian"},
                {"KN", "Saint Kitts and Nevis", "St. Kitts and Nevis"},
                {"VC", "Saint Vincent and the Grenadines", "St. Vincent and the Grenadines"},
                {"LC", "Saint Lucia", "St. Lucia"},
                {"SX", "Sint Maarten"},
                {"CW", "Curacao"},
                // Wordings of the Australian DFAT list (the JDK calls MM "Myanmar (Burma)").
                {"MM", "Myanmar"},
                {"MU", "Mauritian"},
                {"MD", "Moldovan"},
                {"NO", "Norwegian"},
                {"UZ", "Uzbekistani"},
                {"AF", "Afghani"},
                {"UA", "Ukranian"},
                {"TR", "Türkiyish"},
                {"GB", "United Kingdom of Great Britain"},
        };
        for (String[] row : extra) {
            for (int i = 1; i < row.length; i++) {
                put(row[i], row[0]);
            }
        }
    }

    private void put(String name, String iso) {
        if (name != null && !name.isBlank()) {
            byName.putIfAbsent(key(name), iso);
        }
    }

    /** The ISO alpha-2 code for a country name or code as a list writes it; empty when unknown. */
    public static Optional<String> toIso(String listed) {
        return INSTANCE.lookup(listed);
    }

    private Optional<String> lookup(String listed) {
        if (listed == null || listed.isBlank()) {
            return Optional.empty();
        }
        String direct = byName.get(key(listed));
        if (direct != null) {
            return Optional.of(direct);
        }
        // Bilingual values ("Belarus / Bélarus") and "Name (detail)".
        for (String part : listed.split("\\s+/\\s+|\\s*;\\s*")) {
            String hit = byName.get(key(part));
            if (hit != null) {
                return Optional.of(hit);
            }
            String bare = part.replaceAll("\\(.*?\\)", "").strip();
            hit = byName.get(key(bare));
            if (hit != null) {
                return Optional.of(hit);
            }
        }
        // "Korea, North" style inversions not listed above.
        int comma = listed.indexOf(',');
        if (comma > 0) {
            String swapped = listed.substring(comma + 1).strip() + " " + listed.substring(0, comma).strip();
            String hit = byName.get(key(swapped));
            if (hit != null) {
                return Optional.of(hit);
            }
        }
        return Optional.empty();
    }

    static String key(String s) {
        // Most values (codes and English names: "RU", "Iran") are plain letters and spaces; they need no
        // Unicode decomposition or pattern, only lower case and single spaces (same result, a tenth of the work).
        if (plainLetters(s)) {
            String lower = s.strip().toLowerCase(Locale.ROOT);
            return lower.startsWith("the ") ? lower.substring(4) : lower;
        }
        String folded = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        folded = NOT_WORD.matcher(folded.toLowerCase(Locale.ROOT).replace('’', '\'')).replaceAll(" ").strip();
        if (folded.startsWith("the ")) {
            folded = folded.substring(4);
        }
        return folded;
    }

    /** ASCII letters with single spaces between them, nothing else (so that {@link #key} needs no patterns). */
    private static boolean plainLetters(String s) {
        String t = s.strip();
        if (t.isEmpty()) {
            return false;
        }
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
            if (!letter && !(c == ' ' && t.charAt(i - 1) != ' ')) {
                return false;
            }
        }
        return true;
    }
}
