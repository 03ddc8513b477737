package dev.embargo.scanning;

import static org.assertj.core.api.Assertions.assertThat;

import dev.embargo.lists.ListLoader;
import dev.embargo.lists.SharedData;
import dev.embargo.lists.model.Entity;
import dev.embargo.lists.model.EntityKind;
import dev.embargo.lists.model.Name;
import dev.embargo.lists.model.Source;
import dev.embargo.matching.Match;
import dev.embargo.matching.Query;
import dev.embargo.matching.Screener;
import dev.embargo.scanning.language.TextLanguage;
import dev.embargo.scanning.mention.Mention;
import dev.embargo.scanning.mention.MentionFinder;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The scanner screens the shorter spans of a name only while one of them could still be reported; what it
 * reports is what screening every candidate and keeping the best non-overlapping ones gives.
 */
class ScannerMentionResolutionTest {

    /** Screen every candidate; rank by score, plus 0.03 a word up to four, less 0.1 for an exonym; keep the best. */
    private static List<String> everyCandidateScreened(Screener screener, String text, String lang) {
        record Hit(Mention mention, List<Match> matches, double priority) {}
        List<Hit> hits = new ArrayList<>();
        for (Mention m :
                MentionFinder.candidates(text, TextLanguage.of(lang, text).wordLanguages())) {
            List<Match> matches = screener.screen(Query.name(m.query()), Screener.DEFAULT_THRESHOLD, 10);
            boolean acronym = m.query().length() <= 5
                    && m.query().chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
            if (acronym) {
                matches = matches.stream()
                        .filter(x -> x.entity().kind() != EntityKind.PERSON)
                        .toList();
            }
            if (!matches.isEmpty()) {
                int words = m.query().split(" ").length;
                hits.add(new Hit(
                        m, matches, matches.getFirst().score() + 0.03 * Math.min(words, 4) - (m.exonym() ? 0.1 : 0)));
            }
        }
        hits.sort(Comparator.comparingDouble(Hit::priority)
                .reversed()
                .thenComparingInt(h -> -(h.mention().end() - h.mention().start()))
                .thenComparingInt(h -> h.mention().start()));
        List<Hit> kept = new ArrayList<>();
        for (Hit h : hits) {
            if (kept.stream()
                    .noneMatch(k -> k.mention().start() < h.mention().end()
                            && h.mention().start() < k.mention().end())) {
                kept.add(h);
            }
        }
        return kept.stream()
                .sorted(Comparator.comparingInt(h -> h.mention().start()))
                .map(h -> describe(h.mention(), h.matches()))
                .toList();
    }

    private static String describe(Mention m, List<Match> matches) {
        return m + " "
                + matches.stream().map(x -> x.entity().id() + "@" + x.score()).toList();
    }

    private static List<String> scanned(Scanner scanner, String text, String lang) {
        return scanner.scan("t", text, Screener.DEFAULT_THRESHOLD, lang).mentions().stream()
                .map(h -> describe(h.mention(), h.matches()))
                .toList();
    }

    @Test
    void madeUpPartiesWithQuotedNamesInsideRuns() {
        Entity person = Entity.builder(Source.US_OFAC_SDN, "900010")
                .kind(EntityKind.PERSON)
                .name(Name.primary("KOVAC, Milan Petar"))
                .build();
        Entity company = Entity.builder(Source.US_OFAC_SDN, "900011")
                .kind(EntityKind.ORGANIZATION)
                .name(Name.primary("GOLDEN SEA STAR SHIPPING"))
                .build();
        Entity ship = Entity.builder(Source.US_OFAC_SDN, "900012")
                .kind(EntityKind.VESSEL)
                .name(Name.primary("SEA STAR"))
                .build();
        Entity other = Entity.builder(Source.US_OFAC_SDN, "900013")
                .kind(EntityKind.PERSON)
                .name(Name.primary("PETAR, Ivana"))
                .build();
        Screener screener = Screener.of(List.of(person, company, ship, other));
        Scanner scanner = new Scanner(screener);
        String text = "Yesterday Milan Petar Kovac met Ivana Petar. The tanker 'Sea Star' of Golden Sea Star Shipping "
                + "left, and Golden “Sea Star” Shipping denied it. Kovac, Petar and Golden Sea Star were named.";
        for (String lang : List.of("auto", "en", "nl")) {
            List<String> expected = everyCandidateScreened(screener, text, lang);
            assertThat(scanned(scanner, text, lang)).isEqualTo(expected);
            assertThat(expected)
                    .anyMatch(s -> s.contains("written=Milan Petar Kovac"))
                    .anyMatch(s -> s.contains("written=Sea Star,"));
        }
    }

    @Test
    void realListsAndTexts() throws Exception {
        Screener screener =
                Screener.of(ListLoader.loadDirectory(SharedData.lists()).entities());
        Scanner scanner = new Scanner(screener);
        List<String> texts = new ArrayList<>();
        texts.add(Files.readString(SharedData.require("seed/article-nl.txt"), StandardCharsets.UTF_8));
        for (String lang : List.of("en", "de", "nl")) {
            try (InputStream in = getClass().getResourceAsStream("/texts/" + lang + ".txt")) {
                texts.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        for (String text : texts) {
            List<String> expected = everyCandidateScreened(screener, text, "auto");
            assertThat(expected).isNotEmpty();
            assertThat(scanned(scanner, text, "auto")).isEqualTo(expected);
        }
    }
}
