package dev.embargo.lists.ofac;

import dev.embargo.lists.model.Source;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;

/**
 * Tells the SDN list from OFAC's consolidated non-SDN list. Both come in the same shapes (sdn.csv and
 * cons_prim.csv have the same 12 columns; SDN.XML and consolidated.xml the same sdnList schema) and file
 * names are not to be trusted, so the content decides:
 *
 * <ul>
 *   <li>An entry is a non-SDN entry when all its programs are non-SDN programs (the Palestinian Legislative
 *       Council list NS-PLC, the Foreign Sanctions Evaders FSE-*, the Chinese military companies CMIC and
 *       NS-CMIC, NS-ISA, NS-MBS, CAPTA, 561-Related, SSI), or when it carries a sectoral-sanctions directive
 *       ("Executive Order 13662 Directive Determination", "Executive Order 14024 Directive Information").
 *       The second test is needed because the consolidated list files its sectoral (SSI) entries under the
 *       same program tags as blocked SDN entries (UKRAINE-EO13662, RUSSIA-EO14024).</li>
 *   <li>The list is the consolidated non-SDN list when more than half of its entries are non-SDN entries,
 *       else the SDN list. In the SDN list of 2024-05, under 1% of the entries are; in the consolidated list
 *       of 2025-03, 438 of 443.</li>
 * </ul>
 */
final class OfacSourceRule {
    private static final Set<String> NON_SDN_PROGRAMS = Set.of(
            "NS-PLC",
            "PLC",
            "NS-ISA",
            "ISA",
            "NS-MBS",
            "CAPTA",
            "561-RELATED",
            "SSI",
            "CMIC",
            "NS-CMIC",
            "CMIC-EO13959");
    private static final String[] NON_SDN_PROGRAM_PREFIXES = {"FSE-", "NS-", "CMIC-"};
    private static final String[] DIRECTIVE_MARKERS = {"Directive Determination", "Directive Information"};

    private int entries;
    private int nonSdnEntries;

    /** Counts one entry towards the decision. */
    void count(Collection<String> programs, boolean carriesSectoralDirective) {
        entries++;
        if (carriesSectoralDirective
                || (!programs.isEmpty() && programs.stream().allMatch(OfacSourceRule::isNonSdn))) {
            nonSdnEntries++;
        }
    }

    Source decide() {
        return nonSdnEntries * 2 > entries ? Source.US_OFAC_CONS : Source.US_OFAC_SDN;
    }

    static boolean isNonSdn(String program) {
        String p = program.strip().toUpperCase(Locale.ROOT);
        if (NON_SDN_PROGRAMS.contains(p)) {
            return true;
        }
        for (String prefix : NON_SDN_PROGRAM_PREFIXES) {
            if (p.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a remark or an XML idType names a sectoral-sanctions directive. */
    static boolean namesSectoralDirective(String text) {
        if (text == null) {
            return false;
        }
        for (String marker : DIRECTIVE_MARKERS) {
            if (text.contains(marker)) {
                return true;
            }
        }
        return false;
    }
}
