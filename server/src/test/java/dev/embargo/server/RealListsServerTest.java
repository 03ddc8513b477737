package dev.embargo.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Base of the tests that talk to one server over the real lists for a whole test class: it starts before
 * the class's first test on a free loopback port and stops after its last (classes run one after another).
 */
public abstract class RealListsServerTest {
    protected static final ObjectMapper JSON = new ObjectMapper();
    protected static EmbargoServer server;
    protected static Http http;

    @BeforeAll
    static void startServer() {
        server = TestServers.start();
        http = Http.to(server);
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    protected static JsonNode json(HttpResponse<String> r) throws Exception {
        return JSON.readTree(r.body());
    }

    protected static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    protected static List<String> fields(JsonNode n) {
        List<String> out = new ArrayList<>();
        n.fieldNames().forEachRemaining(out::add);
        return out;
    }
}
