package dev.embargo.lists.sync;

import dev.embargo.lists.model.Source;
import java.net.URI;
import java.util.Arrays;
import java.util.List;

/**
 * The publishers' own download addresses, one entry per source. Kept here as one table rather than in
 * each source's package so that a change of address is one reviewable edit in one place.
 */
public final class OfficialSources {
    /** The OFAC Sanctions List Service, which replaced the treasury.gov/ofac/downloads files. */
    private static final String OFAC_SLS =
            "https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/";

    private static final List<DownloadLocation> ALL = List.of(
            // UN Security Council Consolidated List, English XML (root CONSOLIDATED_LIST); the Security
            // Council's "un-sc-consolidated-list" page links it.
            location(
                    Source.UN,
                    file("consolidated.xml", "https://scsanctions.un.org/resources/xml/en/consolidated.xml")),
            // OFAC SDN in the legacy CSV set: the main file plus addresses, aliases and the overflow of
            // remarks cut at 1,000 characters, which the reader joins back (all four, or none).
            location(
                    Source.US_OFAC_SDN,
                    file("sdn.csv", OFAC_SLS + "SDN.CSV"),
                    file("add.csv", OFAC_SLS + "ADD.CSV"),
                    file("alt.csv", OFAC_SLS + "ALT.CSV"),
                    new RemoteFile("sdn_comments.csv", URI.create(OFAC_SLS + "SDN_COMMENTS.CSV"), true)),
            // OFAC Consolidated (non-SDN) list in the sdnList XML format (SSI, FSE, NS-PLC, 561, NS-MBS, ...).
            location(Source.US_OFAC_CONS, file("consolidated.xml", OFAC_SLS + "CONSOLIDATED.XML")),
            // EU Financial Sanctions Files (FSF), full list, XML schema 1.1. The token is the EU's fixed
            // public download token, not a credential.
            location(
                    Source.EU_FSF,
                    file(
                            "xmlFullSanctionsList_1_1.xml",
                            "https://webgate.ec.europa.eu/fsd/fsf/public/files/"
                                    + "xmlFullSanctionsList_1_1/content?token=dG9rZW4tMjAxNw")),
            // UK OFSI Consolidated List, 2022 format, as XLSX. OFSI announced that this list is retired on
            // 2026-01-28 in favour of the FCDO's UK Sanctions List (a different format); until a reader for
            // that exists this is the last UK file Embargo can read, and sync reports if it disappears.
            location(
                    Source.UK_OFSI,
                    file(
                            "ConList.xlsx",
                            "https://ofsistorage.blob.core.windows.net/publishlive/2022format/ConList.xlsx")),
            // Canada, Consolidated Canadian Autonomous Sanctions List (SEMA and JVCFOA), XML.
            location(
                    Source.CA_SEMA,
                    file(
                            "sema-lmes.xml",
                            "https://www.international.gc.ca/world-monde/assets/office_docs/"
                                    + "international_relations-relations_internationales/sanctions/sema-lmes.xml")),
            // Australia DFAT Consolidated List (regulation 8 of the Autonomous Sanctions Regulations), XLSX.
            location(
                    Source.AU_DFAT,
                    file(
                            "regulation8_consolidated.xlsx",
                            "https://www.dfat.gov.au/sites/default/files/regulation8_consolidated.xlsx")));

    private OfficialSources() {}

    public static List<DownloadLocation> all() {
        return ALL;
    }

    public static DownloadLocation of(Source source) {
        return ALL.stream()
                .filter(l -> l.source() == source)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no download location for " + source.code()));
    }

    private static DownloadLocation location(Source source, RemoteFile... files) {
        return new DownloadLocation(source, Arrays.asList(files));
    }

    private static RemoteFile file(String name, String url) {
        return new RemoteFile(name, URI.create(url), false);
    }
}
