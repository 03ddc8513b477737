package dev.embargo.server.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.embargo.server.EmbargoServer;
import dev.embargo.server.Http;
import dev.embargo.server.ServerSettings;
import dev.embargo.server.TestServers;
import dev.embargo.server.ops.ApiKeys;
import dev.embargo.server.ops.SecurityHeaders;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The UI of a server that asks for API keys: the way to the login form, the cookie, and where it sends one next. */
class UiKeysTest {
    private static final String KEY = "ui-test-key-0123456789abcdef";
    private static EmbargoServer server;
    private static Http http;

    @BeforeAll
    static void start() {
        server = TestServers.start(ServerSettings.loopback(0).withKeys(ApiKeys.parse(List.of(KEY))));
        http = Http.to(server);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop();
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static HttpResponse<String> login(String key, String next) {
        return http.post(
                "/login",
                "application/x-www-form-urlencoded",
                "key=" + enc(key) + (next == null ? "" : "&next=" + enc(next)));
    }

    @Test
    void pagesWithoutAKeyRedirectToTheLoginFormWithTheirPath() {
        for (String path : List.of("/", "/lists", "/scan", "/entity/us-ofac-sdn:20157", "/ui/results", "/explain")) {
            HttpResponse<String> r = http.get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(302);
            assertThat(r.headers().firstValue("Location")).as(path).hasValue("/login?next=" + enc(path));
            assertThat(r.headers().firstValue("Content-Security-Policy"))
                    .as(path)
                    .hasValue(SecurityHeaders.CSP);
        }
        // The JSON API still answers 401 in JSON, and a POST of the UI is refused, not redirected.
        assertThat(http.get("/v1/lists").statusCode()).isEqualTo(401);
        assertThat(http.post("/scan", "multipart/form-data; boundary=x", "--x--\r\n")
                        .statusCode())
                .isEqualTo(401);
    }

    @Test
    void theLoginFormAndAssetsNeedNoKey() {
        HttpResponse<String> form = http.get("/login?next=" + enc("/entity/us-ofac-sdn:20157"));
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.headers().firstValue("Content-Security-Policy")).hasValue(SecurityHeaders.CSP);
        assertThat(form.body())
                .contains("<form class=\"card narrow\" method=\"post\" action=\"/login\">")
                .contains("<input type=\"hidden\" name=\"next\" value=\"/entity/us-ofac-sdn:20157\">")
                .contains("<label for=\"key\">API key</label>")
                .contains("type=\"password\"")
                // Nothing about the lists before signing in.
                .doesNotContain("listed parties from")
                .doesNotContain("Sign out");
        assertThat(http.get("/assets/ui.css").statusCode()).isEqualTo(200);
        assertThat(http.get("/assets/ui.js").statusCode()).isEqualTo(200);
    }

    @Test
    void aGoodKeySetsAStrictHttpOnlyCookieAndGoesOn() {
        HttpResponse<String> r = login(KEY, "/entity/us-ofac-sdn:20157");
        assertThat(r.statusCode()).isEqualTo(303);
        assertThat(r.headers().firstValue("Location")).hasValue("/entity/us-ofac-sdn:20157");
        String cookie = r.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("embargo_key="))
                .findFirst()
                .orElseThrow();
        assertThat(cookie)
                .startsWith("embargo_key=" + KEY + ";")
                .containsIgnoringCase("HttpOnly")
                .containsIgnoringCase("SameSite=Strict")
                .containsIgnoringCase("Path=/")
                .doesNotContainIgnoringCase("Secure");
        HttpResponse<String> page = http.get("/entity/us-ofac-sdn:20157", "Cookie", "embargo_key=" + KEY);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("KIM, Jong Un").contains("Sign out").contains("listed parties from");
        // Behind a proxy that speaks HTTPS the cookie is Secure.
        HttpResponse<String> tls = http.post(
                "/login", "application/x-www-form-urlencoded", "key=" + enc(KEY), "X-Forwarded-Proto", "https");
        assertThat(tls.headers().allValues("Set-Cookie"))
                .anySatisfy(c -> assertThat(c).containsIgnoringCase("Secure"));
    }

    @Test
    void aWrongKeyIsRefusedWithoutACookie() {
        HttpResponse<String> r = login("not-the-key-0123456789", "/lists");
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(r.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("embargo_key="));
        assertThat(r.body()).contains("That key is not accepted").contains("value=\"/lists\"");
        assertThat(login("", null).statusCode()).isEqualTo(401);
        assertThat(http.get("/", "Cookie", "embargo_key=not-the-key-0123456789").statusCode())
                .isEqualTo(302);
    }

    @Test
    void noOpenRedirect() {
        List<String> elsewhere = List.of(
                "//evil.example",
                "//evil.example/path",
                "https://evil.example/",
                "http:evil.example",
                "/\\evil.example",
                "\\\\evil.example",
                "/\t/evil.example",
                "javascript:alert(1)",
                "evil.example",
                " /lists",
                "/login",
                "/login?next=//evil.example",
                "");
        for (String next : elsewhere) {
            HttpResponse<String> r = login(KEY, next);
            assertThat(r.statusCode()).as(next).isEqualTo(303);
            assertThat(r.headers().firstValue("Location")).as(next).hasValue("/");
        }
        assertThat(login(KEY, "/?q=" + enc("김정은")).headers().firstValue("Location"))
                .hasValue("/?q=" + enc("김정은"));
        assertThat(login(KEY, "/explain?q=Kim&id=us-ofac-sdn:20157").headers().firstValue("Location"))
                .hasValue("/explain?q=Kim&id=us-ofac-sdn:20157");
    }

    @Test
    void signingOutClearsTheCookie() {
        HttpResponse<String> r =
                http.post("/logout", "application/x-www-form-urlencoded", "", "Cookie", "embargo_key=" + KEY);
        assertThat(r.statusCode()).isEqualTo(303);
        assertThat(r.headers().firstValue("Location")).hasValue("/login");
        // Expired at once (Jetty says so with an Expires date in 1970 rather than Max-Age=0).
        assertThat(r.headers().allValues("Set-Cookie"))
                .anySatisfy(c -> assertThat(c)
                        .startsWith("embargo_key=;")
                        .containsIgnoringCase("Path=/")
                        .containsAnyOf("Max-Age=0", "Expires=Thu, 01 Jan 1970"));
    }
}
