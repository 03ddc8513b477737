package dev.embargo.lists.australia;

import java.time.LocalDate;

/**
 * One name row of the DFAT consolidated list. Every name of a listed party (primary, alias, original
 * script) is a row of its own that repeats the party's facts; rows of one party share the number of
 * their reference ("12", "12a", "12b", "12b1").
 *
 * @param row            the spreadsheet row number (1-based, as Excel shows it)
 * @param reference      the whole reference as written ("12b")
 * @param baseReference  its leading number ("12"): the party
 * @param controlDate    date of the row's last change, or null
 */
record DfatRow(
        int row,
        String reference,
        String baseReference,
        String name,
        String type,
        String nameType,
        String dateOfBirth,
        String placeOfBirth,
        String citizenship,
        String address,
        String additionalInformation,
        String listingInformation,
        String committees,
        LocalDate controlDate) {}
