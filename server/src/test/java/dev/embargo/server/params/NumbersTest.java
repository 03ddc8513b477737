package dev.embargo.server.params;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.embargo.matching.Query;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class NumbersTest {
    private static final NumberRange UNIT = NumberRange.decimals(0, 1);

    @Test
    void blankTextIsTheFallback() {
        assertEquals(0.85, Numbers.decimal("threshold", null, 0.85, UNIT));
        assertEquals(0.85, Numbers.decimal("threshold", " \t", 0.85, UNIT));
        assertEquals(10, Numbers.whole("limit", "", 10, NumberRange.whole(1, 100)));
    }

    @Test
    void numbersAreReadWithWhiteSpaceOfAnyKindAround() {
        assertEquals(0.5, Numbers.decimal("threshold", " 0.5\n", 0, UNIT));
        assertEquals(0.5, Numbers.decimal("threshold", "\u20030.5\u2003", 0, UNIT));
        assertEquals(1.0, Numbers.decimal("threshold", "1e0", 0, UNIT));
        assertEquals(7, Numbers.whole("limit", "\u2003 7 ", 0, NumberRange.whole(1, 100)));
    }

    @Test
    void aProblemNamesTheFieldTheTextAndTheRange() {
        ParameterProblem p = assertThrows(BadParameter.class, () -> Numbers.decimal("threshold", "abc", 0, UNIT))
                .problem();
        assertEquals(new ParameterProblem("threshold", "abc", "a number from 0.0 to 1.0"), p);
        assertEquals("threshold: expected a number from 0.0 to 1.0, got \"abc\"", p.message());

        p = assertThrows(BadParameter.class, () -> Numbers.whole("limit", "1.5", 10, NumberRange.whole(1, 100)))
                .problem();
        assertEquals("limit: expected a whole number from 1 to 100, got \"1.5\"", p.message());
    }

    @Test
    void jsonNumbersAreCheckedAgainstTheRange() {
        assertEquals(0.25, Numbers.checked("threshold", 0.25, UNIT));
        ParameterProblem notANumber = assertThrows(BadParameter.class, () -> Numbers.checked("threshold", null, UNIT))
                .problem();
        assertEquals(new ParameterProblem("threshold", null, "a number from 0.0 to 1.0"), notANumber);
        ParameterProblem tooBig = assertThrows(BadParameter.class, () -> Numbers.checked("threshold", 5.0, UNIT))
                .problem();
        assertEquals("5.0", tooBig.value());
    }

    /** NaN, infinities and everything outside the range are refused, whatever their spelling. */
    @Property(tries = 300)
    void everyAcceptedNumberLiesInTheRange(@ForAll("numberTexts") String text) {
        try {
            double d = Numbers.decimal("threshold", text, -1, UNIT);
            assertEquals(true, d == -1 || (d >= 0 && d <= 1), text + " read as " + d);
        } catch (BadParameter e) {
            assertEquals("threshold", e.problem().field());
            assertEquals(text, e.problem().value());
        }
    }

    @Provide
    Arbitrary<String> numberTexts() {
        return Arbitraries.oneOf(
                Arbitraries.doubles().map(String::valueOf),
                Arbitraries.of("NaN", "Infinity", "-Infinity", "0x1p-1", "1e-1", "0.5d", "-0", "1.0000001", "0,5"),
                Arbitraries.strings().ofMaxLength(8));
    }

    /**
     * Which field of a query is wrong comes from the field that was asked about, and the problem's message is
     * the query's own, word for word: the API answers with it.
     */
    @Property(tries = 300)
    void aWrongQueryFieldIsNamedAndWordedAsTheQueryWordsIt(
            @ForAll("fields") String field, @ForAll("wrongValues") String value) {
        String kind = field.equals(QueryFields.KIND) ? value : "person";
        String dob = field.equals(QueryFields.DOB) ? value : "1984";
        String country = field.equals(QueryFields.COUNTRY) ? value : "KP";
        String queryMessage;
        try {
            Query.of("Kim Jong Un", kind, dob, country);
            return; // a value the query accepts (a name of a country, a date) is no problem
        } catch (IllegalArgumentException e) {
            queryMessage = e.getMessage();
        }
        ParameterProblem p = assertThrows(BadParameter.class, () -> QueryFields.read("Kim Jong Un", kind, dob, country))
                .problem();
        assertEquals(field, p.field());
        assertEquals(value, p.value());
        assertEquals(queryMessage, p.message());
    }

    @Provide
    Arbitrary<String> fields() {
        return Arbitraries.of(QueryFields.KIND, QueryFields.DOB, QueryFields.COUNTRY);
    }

    @Provide
    Arbitrary<String> wrongValues() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(12),
                Arbitraries.strings()
                        .withChars("0123456789/-. \"'")
                        .ofMinLength(1)
                        .ofMaxLength(12),
                Arbitraries.of("dragon", "31/31/1999", "Atlantis", "zz", "\"quoted\"", "x, got \"y\""));
    }

    @Test
    void theFirstWrongFieldIsTheOneNamed() {
        ParameterProblem p = assertThrows(BadParameter.class, () -> QueryFields.read("Kim", "thing", "notadate", "zz"))
                .problem();
        assertEquals(QueryFields.KIND, p.field());
        p = assertThrows(BadParameter.class, () -> QueryFields.read("Kim", "", "notadate", "zz"))
                .problem();
        assertEquals(QueryFields.DOB, p.field());
    }
}
