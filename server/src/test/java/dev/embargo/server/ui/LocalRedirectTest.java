package dev.embargo.server.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Where the login form may send someone: paths of this server only. */
class LocalRedirectTest {
    private static final URI HERE = URI.create("http://embargo.internal:8080/login");

    @Test
    void pathsOfThisServerAreKept() {
        assertThat(LocalRedirect.target("/lists")).isEqualTo("/lists");
        assertThat(LocalRedirect.target("/entity/ca-sema:russia/1-part-2/182"))
                .isEqualTo("/entity/ca-sema:russia/1-part-2/182");
        assertThat(LocalRedirect.target("/?q=Kim+Jong+Un&list=un")).isEqualTo("/?q=Kim+Jong+Un&list=un");
        assertThat(LocalRedirect.target("/?q=김정은")).isEqualTo("/?q=%EA%B9%80%EC%A0%95%EC%9D%80");
    }

    @Test
    void anythingABrowserCouldReadAsAnotherSiteGoesHome() {
        for (String next : new String[] {
            null,
            "",
            "//evil.example",
            "///evil.example",
            "/\\evil.example",
            "\\/evil.example",
            "https://evil.example",
            "HTTPS://evil.example",
            "javascript:alert(1)",
            "data:text/html,x",
            "evil.example/x",
            "/\r\n/evil.example",
            "/\t/evil.example",
            " //evil.example",
            "/login",
            "/login?next=/x",
            "/logout"
        }) {
            assertThat(LocalRedirect.target(next)).as(String.valueOf(next)).isEqualTo("/");
        }
    }

    @Property(tries = 3000)
    void whateverIsAskedTheTargetStaysOnThisServer(@ForAll("nexts") String next) {
        String target = LocalRedirect.target(next);
        assertThat(target).startsWith("/").doesNotStartWith("//").doesNotContain("\\");
        URI resolved = HERE.resolve(URI.create(target));
        assertThat(resolved.getScheme()).isEqualTo("http");
        assertThat(resolved.getHost()).isEqualTo("embargo.internal");
        assertThat(resolved.getPort()).isEqualTo(8080);
    }

    @Provide
    Arbitrary<String> nexts() {
        Arbitrary<String> pieces = Arbitraries.of(
                "/",
                "//",
                "\\",
                ":",
                "http",
                "https:",
                "evil.example",
                "@",
                "?",
                "#",
                "%2F",
                "%5C",
                "\t",
                "\n",
                " ",
                "login",
                "lists",
                "..",
                ".",
                "q=",
                "&",
                "김",
                "javascript",
                "\u0000");
        return pieces.list().ofMinSize(0).ofMaxSize(8).map(l -> String.join("", l));
    }
}
