package dev.embargo.lists;

/** The file formats Embargo reads, recognised from a file's content by {@link ListFormatDetector}. */
public enum ListFormat {
    UN_XML,
    OFAC_XML,
    /** The legacy main file, sdn.csv or cons_prim.csv. */
    OFAC_CSV,
    /** add.csv / cons_add.csv: addresses of the entries of the main file beside it. */
    OFAC_CSV_ADDRESSES,
    /** alt.csv / cons_alt.csv: alternate names of the entries of the main file beside it. */
    OFAC_CSV_ALIASES,
    /** sdn_comments.csv: remarks longer than the main file's 1,000 characters, continued. */
    OFAC_CSV_COMMENTS,
    UK_CSV,
    UK_XLSX,
    EU_FSF_XML,
    CANADA_SEMA_XML,
    AUSTRALIA_DFAT_XLSX;

    /** Companion files that only make sense beside a main file. */
    public boolean isCompanion() {
        return this == OFAC_CSV_ADDRESSES || this == OFAC_CSV_ALIASES || this == OFAC_CSV_COMMENTS;
    }
}
