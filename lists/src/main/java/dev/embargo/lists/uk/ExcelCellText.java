package dev.embargo.lists.uk;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;

/**
 * A spreadsheet cell as the text the list means. OFSI stores every value as text, but a re-saved copy may
 * hold numbers and dates: a date cell is a day count (serial) that must become "dd/MM/yyyy" again, and a
 * passport number must not turn into "6.4512E8".
 */
final class ExcelCellText {
    private static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.ROOT);
    /** Excel's 1900 system counts from 1899-12-31 but has a fictitious 1900-02-29 (serial 60). */
    private static final LocalDate EPOCH_1900 = LocalDate.of(1899, 12, 30);

    private static final LocalDate EPOCH_1904 = LocalDate.of(1904, 1, 1);
    private static final int FIRST_PLAUSIBLE_YEAR = 1800;
    private static final int LAST_PLAUSIBLE_YEAR = 2100;

    private ExcelCellText() {}

    /**
     * @param dateColumn whether the column holds dates; there a number is a serial, unless it is a bare year
     *                   ("1962", as a year-only date of birth typed into a numeric cell)
     */
    static String of(Cell cell, boolean dateColumn, boolean date1904) {
        if (cell == null || cell.getType() == CellType.EMPTY) {
            return null;
        }
        if (cell.getType() != CellType.NUMBER) {
            return cell.getText();
        }
        String raw = cell.getRawValue();
        BigDecimal number;
        try {
            number = new BigDecimal(raw.strip());
        } catch (NumberFormatException | NullPointerException e) {
            return raw;
        }
        // In a date column a bare year stays a year: no listed party was born or listed in 1905.
        boolean bareYear = dateColumn && isPlausibleYear(number);
        if (!bareYear && (dateColumn || isDateFormat(cell.getDataFormatString()))) {
            String date = serialToDate(number, date1904);
            if (date != null) {
                return date;
            }
        }
        return number.stripTrailingZeros().toPlainString();
    }

    /** "dd/MM/yyyy" of a day serial, or null when the number cannot be a date. */
    static String serialToDate(BigDecimal serial, boolean date1904) {
        if (serial.signum() <= 0 || serial.compareTo(BigDecimal.valueOf(2_958_465)) > 0) {
            return null; // beyond 9999-12-31
        }
        long days = serial.longValue(); // the fraction is the time of day
        LocalDate date;
        if (date1904) {
            date = EPOCH_1904.plusDays(days);
        } else if (days < 60) {
            date = EPOCH_1900.plusDays(days + 1); // before the fictitious leap day
        } else {
            date = EPOCH_1900.plusDays(days);
        }
        return date.format(DAY_FIRST);
    }

    private static boolean isPlausibleYear(BigDecimal number) {
        try {
            int year = number.intValueExact();
            return year >= FIRST_PLAUSIBLE_YEAR && year <= LAST_PLAUSIBLE_YEAR;
        } catch (ArithmeticException e) {
            return false;
        }
    }

    /** Whether an Excel number format shows a date: it has day, month or year codes outside quotes and brackets. */
    static boolean isDateFormat(String format) {
        if (format == null || format.isBlank()) {
            return false;
        }
        boolean quoted = false;
        boolean bracketed = false;
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '[' && !quoted) {
                bracketed = true;
            } else if (c == ']' && !quoted) {
                bracketed = false;
            } else if (c == '\\' || c == '_' || c == '*') {
                i++; // the next character is literal or padding
            } else if (!quoted && !bracketed && "dmyDMY".indexOf(c) >= 0) {
                return true;
            }
        }
        return false;
    }
}
