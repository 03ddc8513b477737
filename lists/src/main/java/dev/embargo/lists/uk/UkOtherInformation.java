package dev.embargo.lists.uk;

import dev.embargo.lists.model.EntityBuilder;
import dev.embargo.lists.model.Identifier;
import dev.embargo.lists.model.IdentifierType;
import dev.embargo.lists.model.Link;
import dev.embargo.lists.model.ListedDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the facts OFSI packs into the "Other Information" cell as labelled sections —
 * "(UK Sanctions List Ref):DPR0226. (UN Ref):KPi.035. … (Gender):Male (IMO number):8503228 (Flag of
 * ship):North Korea" — plus IMO numbers written in the prose ("IMO number: 9066540."). The cell itself is
 * kept whole as the entity's remarks; this only lifts out what can be screened on.
 */
final class UkOtherInformation {
    private static final Pattern SECTION = Pattern.compile("\\((UK Sanctions List Ref|UK Statement of Reasons"
            + "|UN Ref|Gender|Phone number|Fax|Tel|Website|Email address|Type of entity|Business Reg No"
            + "|Parent company|Subsidiaries|IMO number|Flag of ship|Previous flags|Type of ship|Tonnage of ship"
            + "|Length of ship|Year built|Current owners)\\):");
    /** "IMO number: 9066540", "(IMO) Number: 1790183", "IMO 9066540" — seven digits right after the label. */
    private static final Pattern IMO_IN_TEXT =
            Pattern.compile("\\bIMO\\)?(?:\\s*(?i:number|no\\.?))?\\)?\\s*:?\\s*(\\d{7})\\b");
    /** Small craft have no IMO number; the list gives their hull number: "Hull identification number (HIN): …". */
    private static final Pattern HULL_NUMBER =
            Pattern.compile("(?i)hull identification number \\(HIN\\)\\)?\\s*:?\\s*([A-Z0-9][A-Z0-9-]{5,})");

    private static final Pattern UK_REF = Pattern.compile("^[A-Z]{2,4}\\d{3,5}\\b");
    private static final Pattern UN_REF = Pattern.compile("^[A-Z]{2}[ie]\\.\\d{1,3}\\b");
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");
    private static final Pattern WEB_ADDRESS =
            Pattern.compile("(?i)(?:https?://)?(?:www\\.)?[\\w-]+(?:\\.[\\w-]+)*\\.[a-z]{2,}(?:/\\S*)?");
    private static final Pattern CONTACT_SEPARATOR = Pattern.compile("[\\s,;]+|\\(\\d{1,2}\\)");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern PHONE_SEPARATOR = Pattern.compile("\\.\\s+|;\\s*|,\\s*(?=\\+)");
    private static final Pattern SEVEN_DIGITS = Pattern.compile("^\\d{7}\\b");
    private static final Pattern YEAR = Pattern.compile("^(\\d{4})\\b");
    /** Where one "Business Reg No" item holds several numbers: "; ", ". Tax ID…", ", TIN…", " / SRN…", "  INN…". */
    private static final Pattern REGISTRATION_PIECES =
            Pattern.compile(";\\s*|\\.\\s+(?=\\p{L})|,\\s+(?=\\p{L})|\\s+/\\s+(?=\\p{L})|\\s{2,}(?=\\p{L})");

    private static final String VALUE = "([A-Z0-9][A-Z0-9/.-]*\\d[A-Z0-9/.-]*)";
    private static final Pattern LABEL_THEN_VALUE =
            Pattern.compile("^(\\p{L}[\\p{L} ./():]{0,60}?)(?:\\s*:\\s*|\\s*[–-]\\s+|\\s+[–-]\\s*|\\s+)" + VALUE + "$");
    private static final Pattern VALUE_THEN_LABEL =
            Pattern.compile("^" + VALUE + "\\s*[–-]\\s*(\\p{L}[\\p{L} ]{0,40})$");
    private static final Pattern BARE_VALUE = Pattern.compile("^" + VALUE + "$");
    private static final Pattern BRACKETED_SUFFIX = Pattern.compile("\\s*\\(([^()]+)\\)$");
    private static final Pattern TAX_LABEL = Pattern.compile("(?i)\\b(?:TIN|INN|tax|taxpayer)\\b");

    private UkOtherInformation() {}

    static void addFacts(String text, EntityBuilder entity, UkCountryWording countries) {
        if (text == null || text.isBlank()) {
            return;
        }
        if (text.contains("IMO")) {
            Matcher imo = IMO_IN_TEXT.matcher(text);
            while (imo.find()) {
                entity.identifier(new Identifier(IdentifierType.IMO, imo.group(1), null, null, "IMO number"));
            }
        }
        if (text.contains("(HIN)")) {
            Matcher hin = HULL_NUMBER.matcher(text);
            while (hin.find()) {
                entity.identifier(new Identifier(
                        IdentifierType.OTHER, hin.group(1), null, null, "Hull identification number (HIN)"));
            }
        }
        if (!text.contains("):")) {
            return;
        }
        Matcher m = SECTION.matcher(text);
        if (!m.find()) {
            return;
        }
        while (true) {
            String label = m.group(1);
            int start = m.end();
            boolean more = m.find();
            String value =
                    text.substring(start, more ? m.start() : text.length()).strip();
            addSection(label, value, entity, countries);
            if (!more) {
                return;
            }
        }
    }

    private static void addSection(String label, String value, EntityBuilder entity, UkCountryWording countries) {
        if (value.isEmpty()) {
            return;
        }
        switch (label) {
            case "UK Sanctions List Ref" ->
                firstMatch(UK_REF, value)
                        .ifPresent(
                                ref -> entity.identifier(new Identifier(IdentifierType.OTHER, ref, null, null, label)));
            case "UN Ref" ->
                firstMatch(UN_REF, value)
                        .ifPresent(
                                ref -> entity.identifier(new Identifier(IdentifierType.OTHER, ref, null, null, label)));
            case "Gender" -> {
                String g = stripEnd(value).toLowerCase(Locale.ROOT);
                if (g.equals("male") || g.equals("female")) {
                    entity.gender(g);
                }
            }
            case "Phone number", "Fax", "Tel" -> {
                for (String item : NumberedItems.split(value)) {
                    for (String phone : PHONE_SEPARATOR.split(item)) {
                        String p = stripEnd(phone);
                        if (p.chars().filter(Character::isDigit).count() >= 5) {
                            entity.identifier(new Identifier(IdentifierType.PHONE, p, null, null, label));
                        }
                    }
                }
            }
            case "Website", "Email address" -> addContacts(label, value, entity);
            case "Business Reg No" -> {
                for (String item : NumberedItems.split(value)) {
                    addRegistration(item, entity, countries);
                }
            }
            case "IMO number" ->
                firstMatch(SEVEN_DIGITS, value)
                        .ifPresent(n -> entity.identifier(new Identifier(IdentifierType.IMO, n, null, null, label)));
            case "Flag of ship" -> countries.allIso(value).forEach(entity::country);
            case "Year built" -> {
                Matcher y = YEAR.matcher(value);
                if (y.find()) {
                    entity.birthDate(ListedDate.year(y.group(1), Integer.parseInt(y.group(1))));
                }
            }
            case "Current owners", "Parent company", "Subsidiaries" -> {
                for (String item : NumberedItems.split(value)) {
                    entity.link(new Link(stripEnd(item), null, label));
                }
            }
            default -> {
                // Statement of reasons, entity and ship types, tonnage, previous flags: kept in the remarks.
            }
        }
    }

    private static void addContacts(String label, String value, EntityBuilder entity) {
        Matcher email = EMAIL.matcher(value);
        while (email.find()) {
            entity.identifier(new Identifier(IdentifierType.EMAIL, email.group(), null, null, label));
        }
        String rest = EMAIL.matcher(value).replaceAll(" ");
        for (String token : CONTACT_SEPARATOR.split(rest)) {
            String t = stripEnd(token);
            if (WEB_ADDRESS.matcher(t).matches()) {
                entity.identifier(new Identifier(IdentifierType.WEBSITE, t, null, null, label));
            }
        }
    }

    /**
     * One numbered item of "Business Reg No", which OFSI writes in many ways: "TIN - 7703104630",
     * "OGRN: 1027700456024  TIN: 7840038027", "1117746568829 (Russia). Tax ID No. 7735579027 (Russia)",
     * "9709056472 - Russia INN", "440111000105746 (Company registration number)". Each piece that reads as
     * label and value becomes an identifier with that label; anything else is kept whole.
     */
    private static void addRegistration(String item, EntityBuilder entity, UkCountryWording countries) {
        for (String rawPiece : REGISTRATION_PIECES.split(item)) {
            String piece = stripEnd(WHITESPACE.matcher(rawPiece).replaceAll(" ").replace("\"", ""));
            if (piece.chars().noneMatch(Character::isDigit)) {
                continue;
            }
            String country = null;
            String label = null;
            Matcher suffix = BRACKETED_SUFFIX.matcher(piece);
            if (suffix.find()) {
                Optional<String> iso = countries.toIso(suffix.group(1));
                if (iso.isPresent()) {
                    country = iso.get();
                } else {
                    label = suffix.group(1).strip();
                }
                piece = piece.substring(0, suffix.start()).strip();
            }
            String value;
            Matcher m;
            if ((m = LABEL_THEN_VALUE.matcher(piece)).matches()) {
                label = m.group(1).strip();
                value = m.group(2);
            } else if ((m = VALUE_THEN_LABEL.matcher(piece)).matches()) {
                value = m.group(1);
                label = m.group(2).strip();
            } else if (BARE_VALUE.matcher(piece).matches()) {
                value = piece;
            } else {
                // Not readable as label + value: keep the wording whole, with what it said around it.
                label = null;
                country = null;
                value = stripEnd(WHITESPACE.matcher(rawPiece).replaceAll(" ").replace("\"", ""));
            }
            if (country == null && label != null) {
                // "Russia INN", "Kazakhstan BIN"; short words are skipped, as "CR No." or "BRN" are not countries.
                String firstWord = label.split(" ", 2)[0];
                if (firstWord.length() > 3) {
                    country = countries.toIso(firstWord).orElse(null);
                }
            }
            IdentifierType type = label != null && TAX_LABEL.matcher(label).find()
                    ? IdentifierType.TAX_ID
                    : IdentifierType.REGISTRATION;
            entity.identifier(new Identifier(type, value, country, null, label != null ? label : "Business Reg No"));
        }
    }

    private static Optional<String> firstMatch(Pattern pattern, String value) {
        Matcher m = pattern.matcher(value);
        return m.find() ? Optional.of(m.group()) : Optional.empty();
    }

    private static String stripEnd(String value) {
        String v = value.strip();
        while (v.endsWith(".") || v.endsWith(",") || v.endsWith(";")) {
            v = v.substring(0, v.length() - 1).strip();
        }
        return v;
    }
}
