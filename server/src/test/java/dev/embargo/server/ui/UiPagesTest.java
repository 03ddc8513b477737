package dev.embargo.server.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.embargo.lists.SharedData;
import dev.embargo.lists.model.Entity;
import dev.embargo.lists.model.Link;
import dev.embargo.lists.model.Name;
import dev.embargo.server.RealListsServerTest;
import dev.embargo.server.TestServers;
import dev.embargo.server.lists.ServedLists;
import dev.embargo.server.ops.SecurityHeaders;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every page of the UI over real HTTP against the real lists: status, content, escaping, and the CSP. */
class UiPagesTest extends RealListsServerTest {
    static final String HOSTILE = "<script>alert(1)</script>";
    static final String HOSTILE_ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt;";
    /** Markup the Content-Security-Policy would block: inline script, style elements or attributes, handlers. */
    private static final Pattern INLINE = Pattern.compile(
            "<script(?![^>]*\\bsrc=\"/assets/)[^>]*>|<style|\\sstyle=|\\son[a-z]+=|javascript:",
            Pattern.CASE_INSENSITIVE);

    /** A page as the UI serves it: HTML, under the strict policy, with nothing the policy would block. */
    static HttpResponse<String> page(String path, int status) {
        HttpResponse<String> r = http.get(path);
        assertThat(r.statusCode()).as("status of " + path).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type"))
                .as(path)
                .hasValueSatisfying(v -> assertThat(v).startsWith("text/html"));
        assertThat(r.headers().firstValue("Content-Security-Policy")).as(path).hasValue(SecurityHeaders.CSP);
        assertThat(r.headers().firstValue("X-Frame-Options")).as(path).hasValue("DENY");
        assertThat(INLINE.matcher(r.body()).find())
                .as("inline script or style in " + path)
                .isFalse();
        return r;
    }

    @Test
    void searchPageWithoutAQueryIsTheFormWithEveryFilter() {
        String body = page("/", 200).body();
        assertThat(body)
                .startsWith("<!doctype html>")
                .contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .contains("<link rel=\"stylesheet\" href=\"/assets/ui.css\">")
                .contains("<script src=\"/assets/ui.js\" defer></script>")
                .contains("<a class=\"skip\" href=\"#main\">Skip to content</a>")
                .contains("<label for=\"q\">")
                .contains("id=\"q\" name=\"q\"")
                .contains("name=\"list\"")
                .contains("name=\"kind\"")
                .contains("name=\"country\"")
                .contains("name=\"program\"")
                .contains("<option value=\"us-ofac-sdn\">US OFAC Specially Designated Nationals</option>")
                .contains("<option value=\"DPRK3\"></option>")
                .contains("<option value=\"KP\">North Korea (KP)</option>")
                .contains("Type a name to search");
        // Every form field has a label.
        for (String id : List.of("q", "f-list", "f-kind", "f-country", "f-program", "f-dob", "f-min")) {
            assertThat(body).contains("<label for=\"" + id + "\">").contains("id=\"" + id + "\"");
        }
    }

    @Test
    void aPlainFormGetShowsTheResultsWithoutScript() {
        String body = page("/?q=" + enc("Kim Jong Un"), 200).body();
        assertThat(body)
                .contains("value=\"Kim Jong Un\"")
                .contains("<a class=\"hit-name\" href=\"/entity/us-ofac-sdn:20157\">")
                .contains("<dt>Matched name</dt><dd><span class=\"name\" dir=\"auto\">KIM, Jong Un</span>")
                .contains("<dt>Kind</dt><dd>person</dd>")
                .contains("<abbr title=\"US OFAC Specially Designated Nationals\">us-ofac-sdn</abbr>")
                .contains("href=\"/explain?q=Kim+Jong+Un&amp;id=us-ofac-sdn%3A20157\"");
        int first = body.indexOf("class=\"hit-name\"");
        assertThat(body.indexOf("us-ofac-sdn:20157")).isGreaterThan(0);
        assertThat(body.substring(first, first + 80)).contains("us-ofac-sdn:20157");
    }

    @Test
    void theResultsFragmentFindsKimJongUnInHangulAndCyrillic() {
        for (String q : List.of("김정은", "Ким Чен Ын", "KIM JONG UN")) {
            HttpResponse<String> r = page("/ui/results?q=" + enc(q), 200);
            assertThat(r.body())
                    .as(q)
                    .doesNotContain("<html")
                    .contains("data-summary")
                    .contains("href=\"/entity/us-ofac-sdn:20157\"");
            assertThat(r.body().indexOf("class=\"hit-name\""))
                    .isEqualTo(r.body().indexOf("class=\"hit-name\" href=\"/entity/us-ofac-sdn:20157\""));
        }
        assertThat(page("/ui/results?q=" + enc("김정은"), 200).body())
                .contains("<span class=\"name\" dir=\"auto\" lang=\"ko\">김정은</span>");
    }

    @Test
    void filtersKeepOnlyHitsOfTheChosenListKindCountryAndProgram() {
        // A name the UN, the US, the UK and Australia all list.
        String all =
                page("/ui/results?q=" + enc("Kim Yong Chol") + "&min=0.70", 200).body();
        assertThat(all).contains("/entity/us-ofac-sdn:12211");
        List<String> sources = hitIds(all).stream()
                .map(id -> id.substring(0, id.indexOf(':')))
                .distinct()
                .toList();
        assertThat(sources)
                .as("hits of Kim Yong Chol at 0.70 come from more than one list")
                .hasSizeGreaterThan(1);
        String other = sources.stream()
                .filter(s -> !s.equals("us-ofac-sdn"))
                .findFirst()
                .orElseThrow();
        String onlyOther = page("/ui/results?q=" + enc("Kim Yong Chol") + "&min=0.70&list=" + other, 200)
                .body();
        assertThat(hitIds(onlyOther))
                .isNotEmpty()
                .allSatisfy(id -> assertThat(id).startsWith(other + ":"));

        String program = page("/ui/results?q=" + enc("Kim Jong Un") + "&program=dprk3", 200)
                .body();
        assertThat(hitIds(program)).contains("us-ofac-sdn:20157");
        ServedLists lists = TestServers.realLists();
        for (String id : hitIds(program)) {
            assertThat(lists.entity(id).orElseThrow().programs())
                    .anySatisfy(p -> assertThat(p.toLowerCase()).contains("dprk3"));
        }
        String vessels = page("/ui/results?q=" + enc("Kim Jong Un") + "&kind=vessel", 200)
                .body();
        assertThat(hitIds(vessels)).doesNotContain("us-ofac-sdn:20157");

        // Kim Jong Un's SDN entry names no country: a country filter leaves it out, and keeps parties tied to it.
        String korea = page("/ui/results?q=" + enc("Kim") + "&min=0.70&country=" + enc("North Korea"), 200)
                .body();
        assertThat(hitIds(korea)).isNotEmpty().doesNotContain("us-ofac-sdn:20157");
        for (String id : hitIds(korea)) {
            assertThat(SearchForm.tiedTo(lists.entity(id).orElseThrow(), "KP"))
                    .as(id)
                    .isTrue();
        }
    }

    static List<String> hitIds(String html) {
        List<String> ids = new ArrayList<>();
        var m = Pattern.compile("class=\"hit-name\" href=\"/entity/([^\"]+)\"").matcher(html);
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    @Test
    void wrongFieldsAreNamedOnThePageWith400() {
        HttpResponse<String> r = page("/?q=Kim&dob=" + enc("next Tuesday") + "&min=2&list=xx", 400);
        assertThat(r.body())
                .contains("Date of birth: expected a date like 1984-01-08")
                .contains("Minimum score: expected a number from 0 to 1, got \u201c2\u201d")
                .contains("List: expected one of un, us-ofac-sdn")
                .contains("value=\"next Tuesday\"")
                .doesNotContain("Exception");
        HttpResponse<String> hostile = page("/ui/results?q=Kim&country=" + enc(HOSTILE), 400);
        assertThat(hostile.body())
                .contains("Country: expected an ISO 3166 code or a country name, got &quot;" + HOSTILE_ESCAPED)
                .doesNotContain(HOSTILE)
                .doesNotContain("Exception");
        assertThat(page("/?q=Kim&country=" + enc(HOSTILE), 400).body()).contains("value=\"" + HOSTILE_ESCAPED + "\"");
    }

    @Test
    void aHostileQueryIsEscapedOnEveryPage() {
        String q = enc(HOSTILE);
        List<String> paths = List.of(
                "/?q=" + q,
                "/ui/results?q=" + q,
                "/?q=Kim&program=" + q,
                "/explain?q=" + q + "&id=us-ofac-sdn:20157",
                "/explain?q=Kim&id=" + q,
                "/entity/" + Markup.pathEncode(HOSTILE),
                "/login?next=" + enc("/\"" + HOSTILE));
        for (String path : paths) {
            HttpResponse<String> r = http.get(path);
            assertThat(r.statusCode()).as(path).isIn(200, 400, 404);
            assertThat(r.headers().firstValue("Content-Security-Policy"))
                    .as(path)
                    .hasValue(SecurityHeaders.CSP);
            assertThat(r.body()).as(path).doesNotContain(HOSTILE).doesNotContain("<script>");
        }
        assertThat(http.get("/?q=" + q).body())
                .contains("value=\"" + HOSTILE_ESCAPED + "\"")
                .contains(HOSTILE_ESCAPED);
        assertThat(http.get("/entity/" + Markup.pathEncode(HOSTILE)).body())
                .contains("<code>" + HOSTILE_ESCAPED + "</code>");
    }

    @Test
    void entityPageShowsEveryFactOfKimJongUn() {
        String body = page("/entity/us-ofac-sdn:20157", 200).body();
        assertThat(body)
                .contains("<h1><span class=\"name\" dir=\"auto\">KIM, Jong Un</span></h1>")
                .contains("<time>1984-01-08</time>")
                .contains("listed as \u201c08 Jan 1984\u201d")
                .contains("DPRK3")
                .contains("Chairman of the Workers&#39; Party of Korea")
                .contains("Secondary sanctions risk: North Korea Sanctions Regulations")
                .contains("<td data-label=\"Type\">primary</td>")
                .contains("<td data-label=\"Script\">Latn</td>")
                .contains("<code>sdn.csv</code>")
                .contains("US OFAC Specially Designated Nationals");
    }

    @Test
    void entityIdsWithSlashesAndOtherCharactersReachTheirPage() {
        ServedLists lists = TestServers.realLists();
        assertThat(page("/entity/ca-sema:russia/1-part-2/182", 200).body()).contains("ca-sema:russia/1-part-2/182");
        List<String> odd = lists.report().entities().stream()
                .map(Entity::id)
                .distinct()
                .filter(id -> !id.matches("[A-Za-z0-9:._-]+"))
                .sorted()
                .toList();
        assertThat(odd).isNotEmpty();
        // Every odd id, or an even spread of them when there are many.
        int step = Math.max(1, odd.size() / 60);
        for (int i = 0; i < odd.size(); i += step) {
            String id = odd.get(i);
            HttpResponse<String> r = http.get(Markup.entityHref(id));
            assertThat(r.statusCode()).as(id).isEqualTo(200);
            assertThat(r.body()).as(id).contains("<span class=\"id\">" + esc(id) + "</span>");
        }
    }

    @Test
    void namesInOtherScriptsCarryTheirLanguageAndDirection() {
        ServedLists lists = TestServers.realLists();
        for (String script : List.of("Hang", "Cyrl", "Arab")) {
            Optional<Entity> e = lists.report().entities().stream()
                    .filter(x -> x.names().stream().anyMatch(n -> n.script().equals(script)))
                    .min(Comparator.comparing(Entity::id));
            assertThat(e).as("an entity with a name in " + script).isPresent();
            Name n = e.get().names().stream()
                    .filter(x -> x.script().equals(script))
                    .findFirst()
                    .orElseThrow();
            String body = page(Markup.entityHref(e.get().id()), 200).body();
            String lang = script.equals("Hang") ? "ko" : "und-" + script;
            assertThat(body)
                    .as(e.get().id())
                    .contains("<span class=\"name\" dir=\"auto\" lang=\"" + lang + "\">" + esc(n.full()) + "</span>");
        }
    }

    @Test
    void linkedPartiesLinkToTheirPagesWhenLoaded() {
        ServedLists lists = TestServers.realLists();
        Entity e = lists.report().entities().stream()
                .filter(x -> x.links().stream()
                        .anyMatch(l -> l.targetId() != null
                                && lists.entity(l.targetId()).isPresent()))
                .min(Comparator.comparing(Entity::id))
                .orElseThrow();
        Link l = e.links().stream()
                .filter(x -> x.targetId() != null && lists.entity(x.targetId()).isPresent())
                .findFirst()
                .orElseThrow();
        String body = page(Markup.entityHref(e.id()), 200).body();
        assertThat(body)
                .contains("<h2 id=\"links\">Linked parties</h2>")
                .contains("<a href=\"" + esc(Markup.entityHref(l.targetId())) + "\">");
        assertThat(http.get(Markup.entityHref(l.targetId())).statusCode()).isEqualTo(200);
    }

    @Test
    void anUnknownEntityIs404InThePageFrame() {
        String body = page("/entity/us-ofac-sdn:0", 404).body();
        assertThat(body)
                .contains("No such listed party")
                .contains("<code>us-ofac-sdn:0</code>")
                .contains("/assets/ui.css");
    }

    @Test
    void explanationPairsTheNamePartsWithRuleAndSimilarityAndShowsFacts() {
        String body = page("/explain?q=" + enc("김정은") + "&id=us-ofac-sdn:20157&dob=1984-01-08", 200)
                .body();
        assertThat(body)
                .contains("<h2 id=\"q-side\">The query</h2>")
                .contains("<h2 id=\"l-side\">The listed name</h2>")
                .contains("hangul")
                .contains("<th scope=\"col\">Rule</th>")
                .contains("<th scope=\"col\">Similarity</th>")
                .contains("<td data-label=\"Fact\">date of birth</td>")
                .contains("<td data-label=\"Outcome\">agrees</td>")
                .contains("+0.06");
        // Three pairs: kim, jong, un.
        assertThat(Pattern.compile("<meter ").matcher(body).results().count()).isEqualTo(3);
        String far = page("/explain?q=" + enc("Kim Jong Un") + "&id=us-ofac-sdn:20157&dob=1950", 200)
                .body();
        assertThat(far).contains("<td data-label=\"Outcome\">disagrees</td>").contains("\u22120.15");
        String score = page("/explain?q=" + enc("Kim Jong Un") + "&id=us-ofac-sdn:20157", 200)
                .body();
        assertThat(score).contains("No fact was compared");
    }

    @Test
    void explanationGivesTheSameScoreAsTheSearch() {
        String results = page("/ui/results?q=" + enc("Vladimir Putin") + "&min=0.70", 200)
                .body();
        var m = Pattern.compile("<span class=\"score\"><span class=\"visually-hidden\">score </span>([0-9.]+) .*?"
                        + "href=\"(/explain\\?[^\"]+)\"")
                .matcher(results);
        int checked = 0;
        while (m.find() && checked < 5) {
            String href = m.group(2).replace("&amp;", "&");
            assertThat(page(href, 200).body()).as(href).contains("scores " + m.group(1) + "</h1>");
            checked++;
        }
        assertThat(checked).isGreaterThan(0);
    }

    @Test
    void theWayBackFromAnExplanationKeepsTheFiltersAndTheEvidence() {
        String results = page("/ui/results?q=" + enc("Kim Jong Un") + "&list=us-ofac-sdn&dob=1984-01-08", 200)
                .body();
        String href = "/explain?q=Kim+Jong+Un&amp;id=us-ofac-sdn%3A20157&amp;list=us-ofac-sdn&amp;dob=1984-01-08";
        assertThat(results).contains("href=\"" + href + "\"");
        String explanation = page(href.replace("&amp;", "&"), 200).body();
        assertThat(explanation)
                .contains("<a href=\"/?q=Kim+Jong+Un&amp;list=us-ofac-sdn&amp;dob=1984-01-08\">Back to the search</a>")
                .contains("+0.06");
    }

    @Test
    void explanationOfAPartyWithNothingInCommonSaysSo() {
        String body = page("/explain?q=" + enc("Zzyzx Qwerty") + "&id=us-ofac-sdn:20157", 200)
                .body();
        assertThat(body).contains("No part of the names agrees");
        assertThat(page("/explain?q=Kim", 400).body()).contains("Id: expected the id of a listed party");
        assertThat(page("/explain?q=Kim&id=nope:1", 404).body()).contains("No such listed party");
    }

    @Test
    void scanPageOffersPasteAndUpload() {
        String body = page("/scan", 200).body();
        assertThat(body)
                .contains("enctype=\"multipart/form-data\"")
                .contains("<textarea id=\"scan-text\" name=\"text\"")
                .contains("<input id=\"scan-file\" name=\"file\" type=\"file\" required>")
                .contains("<label for=\"scan-text\">")
                .contains("<label for=\"scan-file\">");
    }

    @Test
    void scanningTheSeedArticleHighlightsItsListedPartiesAndJurisdictions() throws Exception {
        String article = Files.readString(SharedData.require("seed/article-nl.txt"));
        HttpResponse<String> r = postMultipart("/scan", "text", null, article, "lang", "nl");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Security-Policy")).hasValue(SecurityHeaders.CSP);
        assertThat(INLINE.matcher(r.body()).find()).isFalse();
        String body = r.body();
        assertThat(body)
                .containsPattern(
                        "class=\"mark band-(strong|medium|weak)\" href=\"#hit-\\d+\" aria-describedby=\"tip-\\d+\">Kim Jong Un</a>")
                .containsPattern(
                        "class=\"mark band-(strong|medium|weak)\" href=\"#hit-\\d+\" aria-describedby=\"tip-\\d+\">Poetin</a>")
                .contains("<li id=\"hit-1\"")
                .contains("href=\"/entity/us-ofac-sdn:20157\"")
                .contains("<span class=\"place\" title=\"")
                .contains("(KP)")
                .contains("<h2 id=\"jur-h\">Jurisdictions</h2>")
                .contains("<h2 id=\"ids-h\">Identifiers</h2>")
                .contains("<h2 id=\"claims-h\">Who says what</h2>");
        // The document is all there, in order, once the markup is taken out.
        String open = "<div class=\"scan-doc\" dir=\"auto\">";
        String doc = body.substring(body.indexOf(open) + open.length(), body.indexOf("</div></section>"));
        String text = doc.replaceAll("<span class=\"tip\"[^>]*>.*?</span>", "")
                .replaceAll("<[^>]+>", "")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&amp;", "&");
        assertThat(text).isEqualTo(article);
    }

    @Test
    void anIdentifierInAScannedTextIsMarkedAndLinkedToItsParty() {
        ServedLists lists = TestServers.realLists();
        Entity vessel = lists.report().entities().stream()
                .filter(e -> e.identifiers().stream()
                        .anyMatch(i -> i.type() == dev.embargo.lists.model.IdentifierType.IMO
                                && i.value().matches("\\d{7}")))
                .min(Comparator.comparing(Entity::id))
                .orElseThrow();
        String imo = vessel.identifiers().stream()
                .filter(i -> i.type() == dev.embargo.lists.model.IdentifierType.IMO
                        && i.value().matches("\\d{7}"))
                .findFirst()
                .orElseThrow()
                .value();
        HttpResponse<String> r =
                postMultipart("/scan", "text", null, "The tanker (IMO " + imo + ") left port on Monday.");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body())
                .contains("<a class=\"mark ident\" href=\"#ident-1\">")
                .contains("<tr id=\"ident-1\" tabindex=\"-1\"><td data-label=\"Kind\">imo</td>")
                .contains("<td data-label=\"Value\" class=\"id\">" + imo + "</td>")
                .contains("href=\"" + esc(Markup.entityHref(vessel.id())) + "\"");
    }

    @Test
    void aScannedHostileTextIsEscapedAndAnEmptyUploadIsRefusedOnTheForm() {
        HttpResponse<String> r = postMultipart("/scan", "text", null, "Kim Jong Un met " + HOSTILE + " in Pyongyang.");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).doesNotContain(HOSTILE).contains(HOSTILE_ESCAPED).contains(">Kim Jong Un</a>");
        HttpResponse<String> empty = postMultipart("/scan", "file", "empty.txt", "");
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.body())
                .contains("The document could not be scanned: expected a document to scan")
                .contains("<textarea")
                .doesNotContain("Exception");
        HttpResponse<String> upload =
                postMultipart("/scan", "file", "note.html", "<html><body><p>Payment for Kim Jong Un</p></body></html>");
        assertThat(upload.statusCode()).isEqualTo(200);
        assertThat(upload.body())
                .contains("Scan of <span class=\"name\" dir=\"auto\">note.html</span>")
                .contains(">Kim Jong Un</a>");
    }

    @Test
    void listsPageShowsEveryListWithDateCountsAndWarnings() {
        String body = page("/lists", 200).body();
        ServedLists lists = TestServers.realLists();
        assertThat(body).contains("<h1>Lists in service</h1>").contains(String.format("%,d", lists.entityCount()));
        for (var l : lists.report().lists()) {
            assertThat(body).contains(esc(l.source().title()));
            if (l.published() != null) {
                assertThat(body).contains("<time>" + l.published() + "</time>");
            }
            if (!l.warnings().isEmpty()) {
                assertThat(body)
                        .contains(Markup.count(l.warnings().size(), "warning", "warnings"))
                        .contains(esc(l.warnings().getFirst().toString()));
            }
        }
        assertThat(body)
                .contains("Lists that failed their checks")
                .contains("None: every list file in the folder was read");
    }

    @Test
    void assetsAreServedWithTheirTypesAndNothingElseIs() {
        assertThat(http.get("/assets/ui.css").headers().firstValue("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("text/css"));
        assertThat(http.get("/assets/ui.js").headers().firstValue("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("text/javascript"));
        assertThat(http.get("/assets/icon.svg").statusCode()).isEqualTo(200);
        assertThat(http.get("/assets/ui.js").body())
                .contains("/ui/results")
                .doesNotContain("http://")
                .doesNotContain("https://");
        assertThat(http.get("/assets/ui.css").body()).doesNotContain("url(http").doesNotContain("@import");
        assertThat(http.get("/assets/nope.js").statusCode()).isEqualTo(404);
        assertThat(http.get("/assets/..%2Fopenapi.json").statusCode()).isEqualTo(404);
    }

    @Test
    void withoutKeysTheLoginPageSaysNoneIsNeeded() {
        assertThat(page("/login", 200).body()).contains("This server asks for no API key");
    }

    /** A multipart/form-data POST of one field (a file when {@code filename} is given) and optional text fields. */
    static HttpResponse<String> postMultipart(
            String path, String field, String filename, String value, String... more) {
        String boundary = "----embargo-test-boundary-7MA4YWxkTrZu0gW";
        StringBuilder sb = new StringBuilder();
        sb.append("--")
                .append(boundary)
                .append("\r\nContent-Disposition: form-data; name=\"")
                .append(field)
                .append('"');
        if (filename != null) {
            sb.append("; filename=\"").append(filename).append("\"\r\nContent-Type: application/octet-stream");
        }
        sb.append("\r\n\r\n").append(value).append("\r\n");
        for (int i = 0; i + 1 < more.length; i += 2) {
            sb.append("--")
                    .append(boundary)
                    .append("\r\nContent-Disposition: form-data; name=\"")
                    .append(more[i])
                    .append("\"\r\n\r\n")
                    .append(more[i + 1])
                    .append("\r\n");
        }
        sb.append("--").append(boundary).append("--\r\n");
        return http.postBytes(
                path, "multipart/form-data; boundary=" + boundary, sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Text as the pages escape it. */
    private static String esc(String s) {
        StringBuilder b = new StringBuilder();
        PageOutput.escape(s, b);
        return b.toString();
    }
}
