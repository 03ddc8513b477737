package dev.embargo.lists.ofac;

import static org.assertj.core.api.Assertions.assertThat;

import dev.embargo.lists.model.DatePrecision;
import dev.embargo.lists.model.Entity;
import dev.embargo.lists.model.EntityBuilder;
import dev.embargo.lists.model.Identifier;
import dev.embargo.lists.model.IdentifierType;
import dev.embargo.lists.model.Link;
import dev.embargo.lists.model.ListedDate;
import dev.embargo.lists.model.Name;
import dev.embargo.lists.model.NameQuality;
import dev.embargo.lists.model.NameType;
import dev.embargo.lists.model.Source;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class OfacRemarksParserTest {
    private final OfacRemarksParser parser = new OfacRemarksParser();
    private OfacRemarksParser.Outcome outcome;

    /** Parses a complete remark onto an entity called "TEST". */
    private Entity parse(String remarks) {
        return parse(remarks, false);
    }

    private Entity parse(String remarks, boolean cutShort) {
        EntityBuilder b = Entity.builder(Source.US_OFAC_SDN, "1").name(Name.primary("TEST"));
        outcome = parser.parse(remarks, cutShort, b);
        return b.build();
    }

    @Test
    void datesOfBirthInEveryWordingKeepTheirPrecision() {
        Entity e = parse("DOB 08 Jan 1984; alt. DOB 1962; alt. DOB circa 1960; alt. DOB 1960 to 1962;"
                + " alt. DOB Feb 1975; alt. DOB circa 1979-1982.");
        assertThat(e.birthDates())
                .extracting(ListedDate::asListed)
                .containsExactly("08 Jan 1984", "1962", "circa 1960", "1960 to 1962", "Feb 1975", "circa 1979-1982");
        assertThat(e.birthDates().get(0).precision()).isEqualTo(DatePrecision.DAY);
        assertThat(e.birthDates().get(0).earliest()).isEqualTo(LocalDate.of(1984, 1, 8));
        assertThat(e.birthDates().get(1).precision()).isEqualTo(DatePrecision.YEAR);
        assertThat(e.birthDates().get(2).circa()).isTrue();
        assertThat(e.birthDates().get(3).precision()).isEqualTo(DatePrecision.RANGE);
        assertThat(e.birthDates().get(3).latest()).isEqualTo(LocalDate.of(1962, 12, 31));
        assertThat(e.birthDates().get(4).precision()).isEqualTo(DatePrecision.MONTH);
        assertThat(e.birthDates().get(5).circa()).isTrue();
        assertThat(e.birthDates().get(5).earliest()).isEqualTo(LocalDate.of(1979, 1, 1));
        assertThat(e.birthDates().get(5).latest()).isEqualTo(LocalDate.of(1982, 12, 31));
        assertThat(outcome.unparsed()).isEmpty();
    }

    @Test
    void unreadableDateStaysInRemarks() {
        Entity e = parse("DOB sometime in the sixties.");
        assertThat(e.birthDates()).isEmpty();
        assertThat(outcome.unparsed()).containsExactly("DOB sometime in the sixties");
    }

    @Test
    void placeOfBirthNationalityCitizenshipAndGender() {
        Entity e = parse("POB Pyongyang, Korea, North; nationality Korea, North; alt. nationality Russia;"
                + " citizen Iran; Gender Female.");
        assertThat(e.birthPlaces()).containsExactly("Pyongyang, Korea, North");
        assertThat(e.nationalities()).containsExactly("KP", "RU");
        assertThat(e.citizenships()).containsExactly("IR");
        assertThat(e.gender()).isEqualTo("female");
        assertThat(outcome.unparsed()).isEmpty();
    }

    @Test
    void unknownCountryWordingIsKeptOutOfTheCodesAndInTheRemarks() {
        Entity e = parse("nationality Atlantis; Gender Male.");
        assertThat(e.nationalities()).isEmpty();
        assertThat(e.gender()).isEqualTo("male");
        assertThat(outcome.unparsed()).containsExactly("nationality Atlantis");
    }

    @Test
    void passportWithCountryAndDates() {
        Entity e = parse("Passport DA 1790252 (Pakistan); alt. Passport A6108489 (Iraq) expires 28 Apr 2020;"
                + " Passport 750249737.");
        assertThat(e.identifiers())
                .containsExactly(
                        new Identifier(IdentifierType.PASSPORT, "DA 1790252", "PK", null, "Passport"),
                        new Identifier(IdentifierType.PASSPORT, "A6108489", "IQ", null, "Passport"),
                        new Identifier(IdentifierType.PASSPORT, "750249737", null, null, "Passport"));
        // The expiry date has no place in the model: the item's text keeps it.
        assertThat(outcome.unparsed()).containsExactly("alt. Passport A6108489 (Iraq) expires 28 Apr 2020");
    }

    @Test
    void nationalAndTaxNumbersKeepTheListsWording() {
        Entity e = parse("National ID No. 63741411R50 (Zimbabwe); Cedula No. 94307307 (Colombia);"
                + " Tax ID No. 7735007358 (Russia); RFC SES-010905-VE6 (Mexico); C.U.R.P. # MOAS850109HDFRLN03;"
                + " NIT # 800194128-1 (Colombia).");
        assertThat(e.identifiers())
                .containsExactly(
                        new Identifier(IdentifierType.NATIONAL_ID, "63741411R50", "ZW", null, "National ID No."),
                        new Identifier(IdentifierType.NATIONAL_ID, "94307307", "CO", null, "Cedula No."),
                        new Identifier(IdentifierType.TAX_ID, "7735007358", "RU", null, "Tax ID No."),
                        new Identifier(IdentifierType.TAX_ID, "SES-010905-VE6", "MX", null, "RFC"),
                        new Identifier(IdentifierType.NATIONAL_ID, "MOAS850109HDFRLN03", null, null, "C.U.R.P."),
                        new Identifier(IdentifierType.TAX_ID, "800194128-1", "CO", null, "NIT #"));
    }

    @Test
    void companyRegistrationNumbers() {
        Entity e = parse("Registration Number 1201600024878 (Russia); Registration ID HRB 48319 (Germany);"
                + " Company Number OC446835 (United Kingdom); Business Registration Number 72130415-000 (Hong Kong);"
                + " Identification Number 43942946562 (Turkey); Unified Social Credit Code (USCC) 91110000100000000X.");
        assertThat(e.identifiers())
                .containsExactly(
                        new Identifier(IdentifierType.REGISTRATION, "1201600024878", "RU", null, "Registration Number"),
                        new Identifier(IdentifierType.REGISTRATION, "HRB 48319", "DE", null, "Registration ID"),
                        new Identifier(IdentifierType.REGISTRATION, "OC446835", "GB", null, "Company Number"),
                        new Identifier(
                                IdentifierType.REGISTRATION,
                                "72130415-000",
                                "HK",
                                null,
                                "Business Registration Number"),
                        new Identifier(IdentifierType.NATIONAL_ID, "43942946562", "TR", null, "Identification Number"),
                        new Identifier(
                                IdentifierType.REGISTRATION,
                                "91110000100000000X",
                                null,
                                null,
                                "Unified Social Credit Code (USCC)"));
    }

    @Test
    void contactDetailsAndBankCodes() {
        Entity e = parse("SWIFT/BIC VTBRRUMM; Email Address office@gpsm.ru; Email:adelb@shabakah.net.sa;"
                + " Website www.vtb.ru; Phone Number +52 686 555 5920.");
        assertThat(e.identifiers())
                .containsExactly(
                        new Identifier(IdentifierType.SWIFT_BIC, "VTBRRUMM", null, null, "SWIFT/BIC"),
                        new Identifier(IdentifierType.EMAIL, "office@gpsm.ru", null, null, "Email Address"),
                        new Identifier(IdentifierType.EMAIL, "adelb@shabakah.net.sa", null, null, "Email"),
                        new Identifier(IdentifierType.WEBSITE, "www.vtb.ru", null, null, "Website"),
                        new Identifier(IdentifierType.PHONE, "+52 686 555 5920", null, null, "Phone Number"));
    }

    @Test
    void vesselNumbersLoseTheImoPrefixButKeepTheirType() {
        Entity e = parse("Vessel Registration Identification IMO 9294795; MMSI 626061000;"
                + " Identification Number IMO 6002286; Company Number IMO 5571322; Other Vessel Call Sign 5IM713;"
                + " Vessel Year of Build 1985; Other Vessel Flag Tanzania; Former Vessel Flag Malta.");
        assertThat(e.identifiers())
                .containsExactly(
                        new Identifier(IdentifierType.IMO, "9294795", null, null, "Vessel Registration Identification"),
                        new Identifier(IdentifierType.MMSI, "626061000", null, null, "MMSI"),
                        new Identifier(IdentifierType.IMO, "6002286", null, null, "Identification Number"),
                        new Identifier(IdentifierType.IMO, "5571322", null, null, "Company Number"),
                        new Identifier(IdentifierType.CALL_SIGN, "5IM713", null, null, "Other Vessel Call Sign"));
        assertThat(e.birthDates()).extracting(ListedDate::iso).containsExactly("1985");
        assertThat(e.countries()).containsExactly("TZ");
        assertThat(outcome.unparsed()).containsExactly("Former Vessel Flag Malta");
    }

    @Test
    void aircraftSerialTailOperatorAndBuildDate() {
        Entity e = parse("Aircraft Manufacture Date 2002; Aircraft Model Airbus A340-642;"
                + " Aircraft Manufacturer's Serial Number (MSN) 391; Aircraft Tail Number EP-MMH;"
                + " Aircraft Construction Number (also called L/N or S/N or F/N) 8401; Aircraft Operator YAS AIR;"
                + " Linked To: MAHAN AIR.");
        assertThat(e.identifiers())
                .containsExactly(
                        new Identifier(
                                IdentifierType.AIRCRAFT_SERIAL,
                                "391",
                                null,
                                null,
                                "Aircraft Manufacturer's Serial Number (MSN)"),
                        new Identifier(IdentifierType.AIRCRAFT_TAIL, "EP-MMH", null, null, "Aircraft Tail Number"),
                        new Identifier(
                                IdentifierType.AIRCRAFT_SERIAL,
                                "8401",
                                null,
                                null,
                                "Aircraft Construction Number (also called L/N or S/N or F/N)"));
        assertThat(e.birthDates()).extracting(ListedDate::iso).containsExactly("2002");
        assertThat(e.links())
                .containsExactly(
                        new Link("YAS AIR", null, "Aircraft Operator"), new Link("MAHAN AIR", null, "Linked To"));
        assertThat(outcome.unparsed()).containsExactly("Aircraft Model Airbus A340-642");
    }

    @Test
    void digitalCurrencyAddressesKeepCurrencyAndExactCase() {
        Entity e = parse("Digital Currency Address - XBT 1NE2NiGhhbkFPSEyNWwj7hKGhGDedBtSrQ;"
                + " alt. Digital Currency Address - ETH 0x098B716B8Aaf21512996dC57EB0615e2383E2f96;"
                + " Digital Currency Address - XBT bc1qfg4gfg0y6t6xjnpmlhuwx5k0wlw6nmfzxn2psc.");
        assertThat(e.identifiers())
                .containsExactly(
                        new Identifier(
                                IdentifierType.DIGITAL_CURRENCY,
                                "1NE2NiGhhbkFPSEyNWwj7hKGhGDedBtSrQ",
                                null,
                                "XBT",
                                "Digital Currency Address - XBT"),
                        new Identifier(
                                IdentifierType.DIGITAL_CURRENCY,
                                "0x098B716B8Aaf21512996dC57EB0615e2383E2f96",
                                null,
                                "ETH",
                                "Digital Currency Address - ETH"),
                        new Identifier(
                                IdentifierType.DIGITAL_CURRENCY,
                                "bc1qfg4gfg0y6t6xjnpmlhuwx5k0wlw6nmfzxn2psc",
                                null,
                                "XBT",
                                "Digital Currency Address - XBT"));
    }

    @Test
    void remarkNamesAreWeakAliasesAndFormerNames() {
        Entity e = parse("a.k.a. 'HIDDEN COBRA'; f.k.a. 'MAHARLIKA'; n.k.a. 'LGOK'; weak a.k.a. 'ABU SA'ID';"
                + " a.k.a. 'AL-MAKKI, Abu Asim'.");
        assertThat(e.names())
                .containsExactly(
                        Name.primary("TEST"),
                        Name.of("HIDDEN COBRA", NameType.ALIAS, NameQuality.WEAK),
                        Name.of("MAHARLIKA", NameType.FORMER, NameQuality.WEAK),
                        Name.of("LGOK", NameType.ALIAS, NameQuality.WEAK),
                        Name.of("ABU SA'ID", NameType.ALIAS, NameQuality.WEAK),
                        Name.of("AL-MAKKI, Abu Asim", NameType.ALIAS, NameQuality.WEAK));
    }

    @Test
    void linksTitlesAndUnknownItems() {
        Entity e = parse("Title Basij Deputy Commander; Linked To: ISLAMIC REVOLUTIONARY GUARD CORPS;"
                + " Additional Sanctions Information - Subject to Secondary Sanctions; Organization Type: Advertising;"
                + " Linked To: R D I S.A.");
        assertThat(e.titles()).containsExactly("Basij Deputy Commander");
        // The remark's final "." is taken off; the list assembler puts it back when the target's name has it.
        assertThat(e.links())
                .extracting(Link::targetName)
                .containsExactly("ISLAMIC REVOLUTIONARY GUARD CORPS", "R D I S.A");
        assertThat(outcome.unparsed())
                .containsExactly(
                        "Additional Sanctions Information - Subject to Secondary Sanctions",
                        "Organization Type: Advertising");
        assertThat(outcome.unparsedText())
                .isEqualTo("Additional Sanctions Information - Subject to Secondary"
                        + " Sanctions; Organization Type: Advertising");
    }

    @Test
    void xmlRemarksWrapLinksInParentheses() {
        Entity e = parse("For more information on directives, please visit the following link:"
                + " http://www.treasury.gov/x.aspx#directives.; (Linked To: SURGUTNEFTEGAS)");
        assertThat(e.links()).containsExactly(new Link("SURGUTNEFTEGAS", null, "Linked To"));
        assertThat(outcome.unparsed())
                .containsExactly("For more information on directives, please visit the"
                        + " following link: http://www.treasury.gov/x.aspx#directives.");
    }

    @Test
    void aCutRemarkLosesItsIncompleteLastItemRatherThanHalfAFact() {
        Entity e = parse(
                "Digital Currency Address - XBT 1DbShx4r8i2XesthoDBf5EkYWz5dsKEusV;"
                        + " a.k.a. 'GUARDIANS OF PEACE'; alt. Digital Currency Address - XBT 1Gq",
                true);
        assertThat(e.identifiers()).extracting(Identifier::value).containsExactly("1DbShx4r8i2XesthoDBf5EkYWz5dsKEusV");
        assertThat(e.names()).extracting(Name::full).containsExactly("TEST", "GUARDIANS OF PEACE");
        assertThat(outcome.droppedItem()).contains("alt. Digital Currency Address - XBT 1Gq");
        assertThat(outcome.unparsed()).isEmpty();
    }

    @Test
    void aCutRemarkEndingOnItsSeparatorDropsNothing() {
        Entity e = parse("alt. Digital Currency Address - XBT 18yWCu6agTxYqAerMxiz9sgHrK3ViezzGa;", true);
        assertThat(e.identifiers()).extracting(Identifier::value).containsExactly("18yWCu6agTxYqAerMxiz9sgHrK3ViezzGa");
        assertThat(outcome.droppedItem()).isEmpty();
    }

    @Test
    void aCutNameIsNotAName() {
        Entity e = parse("a.k.a. 'THE NEW ROMANTIC CYBER ARMY TEAM'; a.k.a. 'WHOIS HACKIN", true);
        assertThat(e.names()).extracting(Name::full).containsExactly("TEST", "THE NEW ROMANTIC CYBER ARMY TEAM");
        assertThat(outcome.droppedItem()).contains("a.k.a. 'WHOIS HACKIN");
    }

    @Test
    void emptyRemarksGiveNothing() {
        Entity e = parse(null);
        assertThat(e.identifiers()).isEmpty();
        assertThat(outcome.unparsed()).isEmpty();
        assertThat(outcome.droppedItem()).isEmpty();
        assertThat(outcome.unparsedText()).isNull();
    }
}
