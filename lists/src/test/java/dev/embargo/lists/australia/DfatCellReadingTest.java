package dev.embargo.lists.australia;

import static org.assertj.core.api.Assertions.assertThat;

import dev.embargo.lists.model.DatePrecision;
import dev.embargo.lists.model.Identifier;
import dev.embargo.lists.model.IdentifierType;
import dev.embargo.lists.model.ListedDate;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The wordings DFAT writes into single cells, as found in the real list. */
class DfatCellReadingTest {
    @Test
    void letteredItemsSplitOnlyWhenTheCellOpensWithA() {
        assertThat(LetteredItems.split("a) Approximately 1955- 1958 b) Approximately 1945-1950"))
                .containsExactly("Approximately 1955- 1958", "Approximately 1945-1950");
        assertThat(LetteredItems.split("a) 1963; \nb) 1964; \nc) 1965")).containsExactly("1963", "1964", "1965");
        assertThat(LetteredItems.split("a)9999 b)1999")).containsExactly("9999", "1999");
        assertThat(LetteredItems.split("Pashmul village, Kandahar Province (b) none)"))
                .containsExactly("Pashmul village, Kandahar Province (b) none)");
        assertThat(LetteredItems.split("  ")).isEmpty();
    }

    @Test
    void birthDatesInTheirManyWordings() {
        assertThat(iso("12 Jul. 1965")).containsExactly("1965-07-12");
        assertThat(iso("12/05/1961")).containsExactly("1961-05-12");
        assertThat(iso("a) 11-Sep-2000;  b) 2001")).containsExactly("2000-09-11", "2001");
        assertThat(iso("a) 09/10/1954; b) 09/11/ 1954")).containsExactly("1954-10-09", "1954-11-09");
        assertThat(iso("1963 or 1964")).containsExactly("1963", "1964");
        assertThat(iso("12 March 1962;\n12 July 1963")).containsExactly("1962-03-12", "1963-07-12");
        assertThat(iso("August, 1961")).containsExactly("1961-08");
        assertThat(iso("March 12, 1960")).containsExactly("1960-03-12");
        assertThat(iso("12. Jul 1965; 1966")).containsExactly("1965-07-12", "1966");
        ListedDate between =
                DfatBirthDates.parse("Between 1960 and 1962").dates().getFirst();
        assertThat(between.precision()).isEqualTo(DatePrecision.RANGE);
        assertThat(between.latest()).isEqualTo(LocalDate.of(1962, 12, 31));
        ListedDate circa = DfatBirthDates.parse("Circa 1963-1964").dates().getFirst();
        assertThat(circa.circa()).isTrue();
        assertThat(circa.earliest()).isEqualTo(LocalDate.of(1963, 1, 1));
    }

    @Test
    void whatCannotBeReadIsFlaggedForTheRemarks() {
        assertThat(DfatBirthDates.parse("1965").complete()).isTrue();
        assertThat(DfatBirthDates.parse("na").dates()).isEmpty();
        assertThat(DfatBirthDates.parse("na").complete()).isTrue();
        DfatBirthDates.Result twoDigitYear = DfatBirthDates.parse("07/05/1962; alt DOB: 07/04/62");
        assertThat(twoDigitYear.dates()).extracting(ListedDate::iso).containsExactly("1962-05-07");
        assertThat(twoDigitYear.complete()).isFalse();
        DfatBirthDates.Result aside = DfatBirthDates.parse("15 May 1968 (as Yasir Sabawi) 1970 (as Ali Thafir)");
        assertThat(aside.dates()).extracting(ListedDate::iso).containsExactly("1968-05-15", "1970");
        assertThat(aside.complete()).isFalse();
        assertThat(DfatBirthDates.parse("Approximately (30-35 years old)").dates())
                .isEmpty();
    }

    @Test
    void excelSerialsCountFromTheRightEpoch() {
        assertThat(AustraliaDfatXlsxReader.serialDate(new BigDecimal("45607"), LocalDate.of(1899, 12, 30)))
                .isEqualTo(LocalDate.of(2024, 11, 11));
        assertThat(AustraliaDfatXlsxReader.serialDate(new BigDecimal("19879"), LocalDate.of(1899, 12, 30)))
                .isEqualTo(LocalDate.of(1954, 6, 4));
        assertThat(AustraliaDfatXlsxReader.serialDate(new BigDecimal("0"), LocalDate.of(1899, 12, 30)))
                .isNull();
        assertThat(AustraliaDfatXlsxReader.serialDate(new BigDecimal("99999999"), LocalDate.of(1899, 12, 30)))
                .isNull();
    }

    @Test
    void imoNumbersInTheWordingsOfTheList() {
        assertThat(DfatAdditionalInformation.imoNumbers("Registered owner of CHON MYONG 1. IMO number: 5571322."))
                .containsExactly(new Identifier(IdentifierType.IMO, "5571322", null, null, "IMO number"));
        assertThat(DfatAdditionalInformation.imoNumbers("International Maritime Organization (IMO) Ship No.5344160"))
                .extracting(Identifier::value)
                .containsExactly("5344160");
        assertThat(DfatAdditionalInformation.imoNumbers("IMO 1556069 Registered vessel 'Son Bak 10'"))
                .extracting(Identifier::value)
                .containsExactly("1556069");
        assertThat(DfatAdditionalInformation.imoNumbers("IMO number: 12345678; telephone 850-2-381-1427"))
                .isEmpty();
    }

    @Test
    void passportsWhereTheTextMarksThem() {
        assertThat(DfatAdditionalInformation.passports("Passport no: a) 927234267 b) 108120258 (issued by the "
                        + "Democratic People's Republic of Korea). Served as"))
                .extracting(Identifier::value, Identifier::country)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("927234267", null),
                        org.assertj.core.groups.Tuple.tuple("108120258", "KP"));
        assertThat(DfatAdditionalInformation.passports("Pakistan. Afghan passport no. SE 012820 issued 4 Nov 2000."))
                .containsExactly(new Identifier(IdentifierType.PASSPORT, "SE 012820", "AF", null, "passport no"));
        assertThat(DfatAdditionalInformation.passports("Passport no.: a) Saudi Arabian passport number K142736 "
                        + "(issued 14 Jul. 2011 in Al-Khafji, Saudi Arabia) b) Saudi Arabian passport number G579315."))
                .extracting(Identifier::value, Identifier::country)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("K142736", "SA"),
                        org.assertj.core.groups.Tuple.tuple("G579315", "SA"));
        assertThat(DfatAdditionalInformation.passports("Passport no.: 199110092; 472220503; 654220197."))
                .extracting(Identifier::value)
                .containsExactly("199110092", "472220503", "654220197");
        assertThat(DfatAdditionalInformation.passports("Director of the Passport and Visa Department"))
                .isEmpty();
        assertThat(DfatAdditionalInformation.passports("May use a fake passport of a Syrian citizen"))
                .isEmpty();
    }

    @Test
    void genderWhenStated() {
        assertThat(DfatAdditionalInformation.gender("Passport No: 472420180. Gender: male."))
                .contains("male");
        assertThat(DfatAdditionalInformation.gender("Title: Mullah")).isEmpty();
    }

    private static java.util.List<String> iso(String cell) {
        return DfatBirthDates.parse(cell).dates().stream().map(ListedDate::iso).toList();
    }
}
