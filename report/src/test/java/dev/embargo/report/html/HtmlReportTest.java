package dev.embargo.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.embargo.lists.model.Entity;
import dev.embargo.matching.Match;
import dev.embargo.matching.Screener;
import dev.embargo.report.UnListScanner;
import dev.embargo.scanning.Scanner;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The HTML report of generated documents that name real listed parties between hostile markup: read back by
 * an HTML parser, the page shows the document and every name exactly as written, and nothing of the
 * document became markup.
 */
class HtmlReportTest {
    /** Fragments a document or file name may hold that would be markup, or break an attribute, unescaped. */
    private static final List<String> HOSTILE = List.of(
            "<script>alert(1)</script>",
            "\" onmouseover=\"alert(1)",
            "' title='x",
            "<img src=x onerror=alert(1)>",
            "&amp; &lt;b&gt; &#39;",
            "</div></main><h1>forged</h1>",
            "<!-- -->",
            "]]> <![CDATA[",
            "a > b & c < d");

    private static final List<String> PLACES = List.of("North Korea", "Iran", "Syria", "Russia", "Belarus");

    private static List<Entity> entities;
    private static Scanner scanner;

    @BeforeAll
    static void load() {
        entities = UnListScanner.entities();
        scanner = UnListScanner.scanner();
    }

    /** A document of sentences naming listed parties and places, with hostile fragments between them. */
    private static String document(Random random) {
        StringBuilder text = new StringBuilder();
        int sentences = 3 + random.nextInt(6);
        for (int s = 0; s < sentences; s++) {
            Entity e = entities.get(random.nextInt(entities.size()));
            text.append("Reports say ")
                    .append(e.primaryName().full())
                    .append(" was seen in ")
                    .append(PLACES.get(random.nextInt(PLACES.size())))
                    .append(". ")
                    .append(HOSTILE.get(random.nextInt(HOSTILE.size())))
                    .append(random.nextBoolean() ? "\n\n" : " ");
        }
        return text.toString();
    }

    @Test
    void pageShowsTheDocumentAndEveryNameAsWritten() {
        Random random = new Random(16);
        int mentions = 0;
        for (int i = 0; i < 40; i++) {
            String text = document(random);
            String source = "doc " + HOSTILE.get(i % HOSTILE.size()) + ".txt";
            Scanner.Report report = scanner.scan(source, text, Screener.DEFAULT_THRESHOLD, "en");
            Document page = Jsoup.parse(HtmlReport.render(report, text));

            assertThat(page.select("script, img, h1"))
                    .as("markup from the document")
                    .isEmpty();
            assertThat(page.title()).isEqualTo("Embargo scan: " + source);
            Element doc = page.selectFirst("div.doc");
            assertThat(doc).isNotNull();
            assertThat(doc.wholeText()).isEqualTo(text);

            Elements marks = doc.select("mark");
            assertThat(marks).hasSameSizeAs(report.mentions());
            Elements rows = page.select("tr[id^=hit-]");
            assertThat(rows).hasSameSizeAs(report.mentions());
            for (int n = 0; n < report.mentions().size(); n++) {
                Scanner.MentionHit hit = report.mentions().get(n);
                Match best = hit.match();
                Element mark = marks.get(n);
                assertThat(mark.wholeText()).isEqualTo(hit.mention().written());
                assertThat(mark.attr("title"))
                        .isEqualTo(best.entity().id() + " "
                                + best.entity().primaryName().full()
                                + String.format(Locale.ROOT, " (%.2f)", best.score()));
                assertThat(mark.className()).isEqualTo(HtmlReport.strength(best.score()));
                assertThat(mark.parent().attr("href")).isEqualTo("#hit-" + (n + 1));
                assertThat(rows.get(n).id()).isEqualTo("hit-" + (n + 1));
                assertThat(rows.get(n).child(0).wholeText())
                        .startsWith(hit.mention().written());
                assertThat(rows.get(n).child(1).wholeText())
                        .contains(best.entity().primaryName().full());
            }
            mentions += report.mentions().size();
        }
        assertThat(mentions).as("listed parties found over all documents").isGreaterThan(40);
    }

    @Test
    void placesAreUnderlinedWithTheirNameWhereNoMentionIs() {
        String text = "Shipments left North Korea for Iran.";
        Scanner.Report report = scanner.scan("places.txt", text, Screener.DEFAULT_THRESHOLD, "en");
        Elements places = Jsoup.parse(HtmlReport.render(report, text)).select("div.doc span.place");
        assertThat(places.eachText()).containsExactly("North Korea", "Iran");
        assertThat(places.eachAttr("title")).allSatisfy(t -> assertThat(t).isNotBlank());
    }
}
