package dev.embargo.server.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What an Error or an exception that escaped a handler becomes for the client and for the log. */
class RequestFailuresTest {
    /** A response that records what is set and written, as far as {@link RequestFailures} uses one. */
    private static final class Recorded {
        final Map<String, String> headers = new HashMap<>();
        final ByteArrayOutputStream body = new ByteArrayOutputStream();
        int status;
        String contentType;

        HttpServletResponse response() {
            ServletOutputStream out = new ServletOutputStream() {
                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {}

                @Override
                public void write(int b) {
                    body.write(b);
                }
            };
            return (HttpServletResponse) Proxy.newProxyInstance(
                    getClass().getClassLoader(),
                    new Class<?>[] {HttpServletResponse.class},
                    (proxy, method, args) -> switch (method.getName()) {
                        case "setStatus" -> {
                            status = (Integer) args[0];
                            yield null;
                        }
                        case "setHeader" -> {
                            headers.put((String) args[0], (String) args[1]);
                            yield null;
                        }
                        case "setContentType" -> {
                            contentType = (String) args[0];
                            yield null;
                        }
                        case "getOutputStream" -> out;
                        case "isCommitted" -> false;
                        default -> null;
                    });
        }
    }

    @Test
    void anOutOfMemoryErrorIsAJson503WithTheSecurityHeaders() throws Exception {
        Recorded r = new Recorded();
        RequestFailures.writeOutOfResources(r.response(), new OutOfMemoryError("Java heap space"));
        assertThat(r.status).isEqualTo(503);
        assertThat(r.headers)
                .containsEntry("Retry-After", "5")
                .containsEntry("Content-Security-Policy", SecurityHeaders.CSP)
                .containsEntry("X-Content-Type-Options", "nosniff")
                .containsEntry("X-Frame-Options", "DENY");
        assertThat(r.contentType).startsWith("application/json");
        JsonNode e = new ObjectMapper().readTree(r.body.toString(StandardCharsets.UTF_8));
        assertThat(e.at("/error/status").asInt()).isEqualTo(503);
        assertThat(e.at("/error/message").asText())
                .contains("ran out of memory")
                .doesNotContain("heap space");
    }

    @Test
    void jettysFormAndMultipartFailuresAreTheClientsNotTheServers() {
        IllegalStateException fromParser = new IllegalStateException("Form with too many keys [1001 > 1000]");
        fromParser.setStackTrace(new StackTraceElement[] {
            new StackTraceElement("org.eclipse.jetty.server.FormFields", "onContent", "FormFields.java", 1),
            new StackTraceElement("dev.embargo.server.ui.WebUi", "login", "WebUi.java", 1)
        });
        assertThat(RequestFailures.clientError(new RuntimeException(fromParser)).status())
                .isEqualTo(400);
        IllegalStateException ours = new IllegalStateException("a bug");
        ours.setStackTrace(new StackTraceElement[] {new StackTraceElement("dev.embargo.server.X", "y", "X.java", 3)});
        assertThat(RequestFailures.clientError(ours)).isNull();
        assertThat(RequestFailures.oneLine(ours))
                .isEqualTo("java.lang.IllegalStateException: a bug at dev.embargo.server.X.y(X.java:3)");
    }
}
