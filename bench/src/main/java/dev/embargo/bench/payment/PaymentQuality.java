package dev.embargo.bench.payment;

import dev.embargo.lists.model.Entity;
import dev.embargo.matching.Match;
import dev.embargo.matching.Screener;
import dev.embargo.scanning.Deadline;
import dev.embargo.scanning.ScanException;
import dev.embargo.scanning.Scanner;
import dev.embargo.scanning.read.Document;
import dev.embargo.scanning.read.DocumentReader;
import dev.embargo.scanning.read.Field;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Recall and false alerts on generated payment messages ({@link PaymentCorpus}), per message type. A listed
 * party counts as found only when a hit in its own field names the entity planted (or one its name ties with
 * at the top score, or another listing of its party as the grouping joins them); a hit there naming another
 * party is a wrong party, worse than a miss, unless that
 * entity is listed under the very name written (a namesake: by name alone the two cannot be told apart, and
 * they are counted apart). A hit in the field of a person on no list is a false
 * alert; so is any hit in a field where no party was planted (an address, a bank, the remittance text).
 */
public final class PaymentQuality {
    /** Counts for one message type. */
    private static final class Tally {
        int files;
        int messages;
        int listed;
        int found;
        int wrong;
        int namesake;
        int unlisted;
        int falseAlerts;
        int stray;
    }

    private PaymentQuality() {}

    /**
     * Generates {@code files} files and scans each as {@code embargo scan} does; {@code asText} scans the
     * message's text as prose instead (how payment messages were screened before they were read by field).
     * {@code partyOf} gives each listing's party: a hit on another listing of the planted one's party names the
     * same party (the same person on the UK and Australian lists), as the analyst is shown it.
     */
    public static void run(
            Screener screener,
            List<Entity> entities,
            Map<String, String> partyOf,
            List<String> unlisted,
            int files,
            double threshold,
            boolean asText,
            PrintStream out,
            List<String> missLines)
            throws ScanException {
        List<PaymentCorpus.Sample> samples = new PaymentCorpus(entities, unlisted, 20261207L).generate(files, 5);
        Scanner scanner = new Scanner(screener);
        DocumentReader reader = new DocumentReader();
        Map<String, Tally> byType = new LinkedHashMap<>();
        PaymentCorpus.TYPES.forEach(t -> byType.put(t, new Tally()));
        for (PaymentCorpus.Sample s : samples) {
            Tally t = byType.get(s.type());
            t.files++;
            t.messages += s.messages();
            Document doc = reader.read(s.name(), s.content());
            Scanner.Report r = asText
                    ? scanner.scan(s.name(), doc.text(), threshold, "auto")
                    : scanner.scan(doc, threshold, "auto", Deadline.NONE);
            boolean[] explained = new boolean[r.mentions().size()];
            for (PaymentCorpus.Planted p : s.parties()) {
                Scanner.MentionHit hit = null;
                for (int i = 0; i < r.mentions().size(); i++) {
                    Scanner.MentionHit h = r.mentions().get(i);
                    if (in(doc, h, p)) {
                        explained[i] = true;
                        if (hit == null || h.match().score() > hit.match().score()) {
                            hit = h;
                        }
                    }
                }
                if (p.entity() == null) {
                    t.unlisted++;
                    if (hit != null) {
                        t.falseAlerts++;
                        missLines.add(s.type() + "\tfalse alert\t" + p.written() + "\t" + describe(hit));
                    }
                } else {
                    t.listed++;
                    if (hit == null) {
                        missLines.add(s.type() + "\tmissed\t" + p.written() + "\t"
                                + p.entity().id());
                    } else if (namesPlanted(hit, p.entity(), partyOf)) {
                        t.found++;
                    } else if (sameName(hit.match().matchedName(), p.written())) {
                        // Another entity listed under the very name written: by name alone the two are one.
                        t.namesake++;
                        missLines.add(s.type() + "\tnamesake\t" + p.written() + "\t"
                                + p.entity().id() + "\t" + describe(hit));
                    } else {
                        t.wrong++;
                        missLines.add(s.type() + "\twrong party\t" + p.written() + "\t"
                                + p.entity().id() + "\t" + describe(hit));
                    }
                }
            }
            for (int i = 0; i < explained.length; i++) {
                if (!explained[i]) {
                    t.stray++;
                    missLines.add(
                            s.type() + "\tstray hit\t" + describe(r.mentions().get(i)) + "\t" + s.name());
                }
            }
        }
        out.printf(
                Locale.ROOT,
                "payment messages (generated, %d files, %s%s):%n",
                files,
                "half the parties listed, half on no list",
                asText ? "; scanned as prose text" : "");
        out.printf(
                Locale.ROOT,
                "  %-9s %5s %8s %7s %7s %6s %8s %7s %8s %9s %6s%n",
                "type",
                "files",
                "messages",
                "listed",
                "recall",
                "wrong",
                "namesake",
                "on none",
                "false al",
                "false %",
                "stray");
        Tally all = new Tally();
        byType.forEach((type, t) -> {
            print(out, type, t);
            all.files += t.files;
            all.messages += t.messages;
            all.listed += t.listed;
            all.found += t.found;
            all.wrong += t.wrong;
            all.namesake += t.namesake;
            all.unlisted += t.unlisted;
            all.falseAlerts += t.falseAlerts;
            all.stray += t.stray;
        });
        print(out, "all", all);
    }

    private static void print(PrintStream out, String type, Tally t) {
        out.printf(
                Locale.ROOT,
                "  %-9s %5d %8d %7d %7.4f %6d %8d %7d %8d %8.2f%% %6d%n",
                type,
                t.files,
                t.messages,
                t.listed,
                t.listed == 0 ? 0 : (double) t.found / t.listed,
                t.wrong,
                t.namesake,
                t.unlisted,
                t.falseAlerts,
                t.unlisted == 0 ? 0 : 100.0 * t.falseAlerts / t.unlisted,
                t.stray);
    }

    /**
     * Whether a hit starts in the planted party's field. The document's fields map the text either way: a scan
     * of the bare text reports offsets into the same text.
     */
    private static boolean in(Document doc, Scanner.MentionHit h, PaymentCorpus.Planted p) {
        for (Field f : doc.fields()) {
            if (f.start() <= h.mention().start() && h.mention().start() < f.end()) {
                return f.message().equals(p.message()) && f.name().startsWith(p.field());
            }
        }
        return false;
    }

    /** The planted entity is the hit's, or ties with it at the top score. */
    private static boolean namesPlanted(Scanner.MentionHit hit, Entity planted, Map<String, String> partyOf) {
        double top = hit.match().score();
        String party = partyOf.get(planted.id());
        for (Match m : hit.matches()) {
            if (m.score() >= top - 1e-9
                    && (m.entity().id().equals(planted.id())
                            || (party != null
                                    && party.equals(partyOf.get(m.entity().id()))))) {
                return true;
            }
        }
        return false;
    }

    /** Equal but for case, accents, punctuation and word order ("EMAD, ABU" and "Abu Emad"). */
    private static boolean sameName(String a, String b) {
        return words(a).equals(words(b));
    }

    private static List<String> words(String s) {
        String folded = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toUpperCase(Locale.ROOT);
        return java.util.Arrays.stream(folded.split("[^\\p{L}\\p{N}]+"))
                .filter(w -> !w.isEmpty())
                .sorted()
                .toList();
    }

    private static String describe(Scanner.MentionHit h) {
        return String.format(
                Locale.ROOT,
                "\"%s\" -> %s %s %.3f",
                h.mention().written().replaceAll("\\s+", " "),
                h.match().entity().id(),
                h.match().matchedName(),
                h.match().score());
    }
}
