package dev.embargo.lists.uk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.embargo.lists.model.Entity;
import dev.embargo.lists.model.EntityBuilder;
import dev.embargo.lists.model.Identifier;
import dev.embargo.lists.model.IdentifierType;
import dev.embargo.lists.model.Link;
import dev.embargo.lists.model.Source;
import org.junit.jupiter.api.Test;

/** How the UK list's in-cell wordings are read: numbered items, countries, documents, Other Information. */
class UkCellWordingTest {
    private final UkCountryWording countries = new UkCountryWording();

    @Test
    void numberedCellsSplitOnlyOnTheMarkersThatContinueTheCount() {
        assertThat(NumberedItems.split("(1) 085635076. (2) PE085897")).containsExactly("085635076.", "PE085897");
        assertThat(NumberedItems.split("(1) Uganda (2) Uganda (3)Uganda"))
                .containsExactly("Uganda", "Uganda", "Uganda");
        assertThat(NumberedItems.split("(1) 20645897 (2) -")).containsExactly("20645897", "");
        assertThat(NumberedItems.split("(1) Issued (2019) in Kabul (2) Expired (3) x"))
                .containsExactly("Issued (2019) in Kabul", "Expired", "x");
        assertThat(NumberedItems.split("(1-3) Libya")).containsExactly("Libya");
        assertThat(NumberedItems.split("(1) to (6) Algeria (7) Morocco")).containsExactly("Algeria", "Morocco");
        assertThat(NumberedItems.split("NO. (204/2), MYINTHAR 11TH STREET"))
                .containsExactly("NO. (204/2), MYINTHAR 11TH STREET");
        assertThat(NumberedItems.split("(11367)")).containsExactly("(11367)");
        assertThat(NumberedItems.split("  ")).isEmpty();
        assertThat(NumberedItems.split(null)).isEmpty();
    }

    @Test
    void countryWordingsMapToIsoCodesAndUnknownOnesAreLeftOut() {
        assertThat(countries.toIso("Syria.")).contains("SY");
        assertThat(countries.toIso("DPRK")).contains("KP");
        assertThat(countries.toIso("Congo (Democratic Republic)")).contains("CD");
        assertThat(countries.toIso("Myanmar")).contains("MM");
        assertThat(countries.toIso("Ukrainian SSR (now Ukraine)")).contains("UA");
        assertThat(countries.toIso("Former USSR Currently Belarus")).contains("BY");
        assertThat(countries.toIso("Ukrainian SSR (Ukraine)")).contains("UA");
        assertThat(countries.allIso("(1) Portugal (2) Israel")).containsExactly("PT", "IL");
        assertThat(countries.allIso("Germany. Russia")).containsExactly("DE", "RU");
        assertThat(countries.allIso("Estonia, Russia")).containsExactly("EE", "RU");
        // Misspellings and historical states are not guessed.
        assertThat(countries.toIso("Belrus")).isEmpty();
        assertThat(countries.toIso("USSR")).isEmpty();
        assertThat(countries.toIso("Kazakh SSR")).isEmpty();
        assertThat(countries.allIso("Russia. Former USSR")).isEmpty();
        assertThat(countries.toIso("-")).isEmpty();
    }

    @Test
    void passportNumbersPairWithTheirDetailsAndTheIssuingCountryIsReadFromThem() {
        assertThat(UkDocuments.identifiers(
                        IdentifierType.PASSPORT,
                        "(1) CB982788 (2) 24132276",
                        "(1) Portugal (2) Israel",
                        "Passport Number",
                        countries))
                .containsExactly(
                        new Identifier(IdentifierType.PASSPORT, "CB982788", "PT", null, "Portugal"),
                        new Identifier(IdentifierType.PASSPORT, "24132276", "IL", null, "Israel"));
        assertThat(UkDocuments.identifiers(
                        IdentifierType.PASSPORT, "(1) 654310149. (2) 199421158.", null, "Passport Number", countries))
                .extracting(Identifier::value)
                .containsExactly("654310149", "199421158");
        assertThat(UkDocuments.identifiers(
                        IdentifierType.NATIONAL_ID,
                        "(1) 20645897 (2) -",
                        null,
                        "National Identification Number",
                        countries))
                .extracting(Identifier::value)
                .containsExactly("20645897");
        assertThat(UkDocuments.issuingCountry(
                        "India number, issued on 4 Jun. 1985, issued in Bombay, India.", countries))
                .contains("IN");
        assertThat(UkDocuments.issuingCountry("Issued by the Democratic People's Republic of Korea", countries))
                .contains("KP");
        assertThat(UkDocuments.issuingCountry("(Afghan). Issued on 9 Jan 1997", countries))
                .contains("AF");
        assertThat(UkDocuments.issuingCountry("Issued in Iran", countries)).contains("IR");
        assertThat(UkDocuments.issuingCountry(
                        "Germany number issued on 5 Oct. 2000, issued in Stadt Bonn, Germany", countries))
                .contains("DE");
        assertThat(UkDocuments.issuingCountry("Diplomatic", countries)).isEmpty();
        assertThat(UkDocuments.issuingCountry("Ration card number", countries)).isEmpty();
    }

    @Test
    void otherInformationSectionsBecomeIdentifiersGenderAndLinks() {
        Entity e = facts(
                "(UK Sanctions List Ref):BEL0108. (UK Statement of Reasons):Responsible for air traffic"
                        + " control. (Phone number):(Fax): +375 (17) 213-41-63  (Tel): +375 (17) 215-40-51 (Website):office@ban.by"
                        + " (Type of entity):State-Owned Enterprise (Subsidiaries):(1) Brest branch (2) Gomel branch (Gender):Female");
        assertThat(e.identifiers())
                .containsExactly(
                        new Identifier(IdentifierType.OTHER, "BEL0108", null, null, "UK Sanctions List Ref"),
                        new Identifier(IdentifierType.PHONE, "+375 (17) 213-41-63", null, null, "Fax"),
                        new Identifier(IdentifierType.PHONE, "+375 (17) 215-40-51", null, null, "Tel"),
                        new Identifier(IdentifierType.EMAIL, "office@ban.by", null, null, "Website"));
        assertThat(e.links())
                .containsExactly(
                        new Link("Brest branch", null, "Subsidiaries"), new Link("Gomel branch", null, "Subsidiaries"));
        assertThat(e.gender()).isEqualTo("female");
    }

    @Test
    void imoNumbersAreTakenWhereTheyFollowTheirLabelOnly() {
        assertThat(imos("(IMO number):8503228 (Current owners):Korea")).containsExactly("8503228");
        assertThat(imos("transfer of refined petroleum product. IMO number: 9066540."))
                .containsExactly("9066540");
        assertThat(imos("International Maritime Organization (IMO) Number: 1790183."))
                .containsExactly("1790183");
        assertThat(imos("the following vessels with IMO Number: (a) Chol Ryong 8606173"))
                .isEmpty();
        assertThat(imos("AKIMOV is Chairman; IMO 12345678 is too long")).isEmpty();
        assertThat(facts("Yacht. Hull identification number (HIN): GBZ-ABC12345D505. MISHIN is")
                        .identifiers())
                .containsExactly(new Identifier(
                        IdentifierType.OTHER, "GBZ-ABC12345D505", null, null, "Hull identification number (HIN)"));
    }

    @Test
    void businessRegistrationNumbersAreSplitIntoLabelledIdentifiers() {
        assertThat(facts("(Business Reg No):(1) OGRN: 1027700456024 (2) INN: 7725075060")
                        .identifiers())
                .containsExactly(
                        new Identifier(IdentifierType.REGISTRATION, "1027700456024", null, null, "OGRN"),
                        new Identifier(IdentifierType.TAX_ID, "7725075060", null, null, "INN"));
        assertThat(facts("(Business Reg No):1117746568829 (Russia). Tax ID No. 7735579027 (Russia)")
                        .identifiers())
                .containsExactly(
                        new Identifier(IdentifierType.REGISTRATION, "1117746568829", "RU", null, "Business Reg No"),
                        new Identifier(IdentifierType.TAX_ID, "7735579027", "RU", null, "Tax ID No."));
        assertThat(facts("(Business Reg No):9709056472 - Russia INN").identifiers())
                .containsExactly(new Identifier(IdentifierType.TAX_ID, "9709056472", "RU", null, "Russia INN"));
        assertThat(facts("(Business Reg No):DSO-ZZCO-16068").identifiers())
                .containsExactly(
                        new Identifier(IdentifierType.REGISTRATION, "DSO-ZZCO-16068", null, null, "Business Reg No"));
        assertThat(facts("(Business Reg No):(1) 440111000105746 (Company registration number)")
                        .identifiers())
                .containsExactly(new Identifier(
                        IdentifierType.REGISTRATION, "440111000105746", null, null, "Company registration number"));
        assertThat(facts("(Business Reg No):CR No. 2182045").identifiers())
                .containsExactly(new Identifier(IdentifierType.REGISTRATION, "2182045", null, null, "CR No."));
    }

    private Entity facts(String otherInformation) {
        EntityBuilder builder = Entity.builder(Source.UK_OFSI, "1")
                .name("X", dev.embargo.lists.model.NameType.PRIMARY, dev.embargo.lists.model.NameQuality.STRONG);
        UkOtherInformation.addFacts(otherInformation, builder, countries);
        return builder.build();
    }

    private java.util.List<String> imos(String otherInformation) {
        return facts(otherInformation).identifiers().stream()
                .filter(i -> i.type() == IdentifierType.IMO)
                .map(Identifier::value)
                .toList();
    }
}
