package dev.embargo.report.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.embargo.matching.Query;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The batch's streamed result is the same text, field for field in order, as the result map the server writes. */
class MatchJsonTest {
    private final ObjectMapper mapper = OutputJson.mapper();

    private String streamed(String id, Query q) throws Exception {
        StringWriter out = new StringWriter();
        try (JsonGenerator gen = mapper.getFactory().createGenerator(out)) {
            MatchJson.writeResult(gen, id, q, 0.85, List.of(), mapper);
        }
        return out.toString();
    }

    private String mapped(String id, Query q) throws Exception {
        Map<String, Object> withId = new LinkedHashMap<>();
        if (id != null) {
            withId.put("id", id);
        }
        withId.putAll(MatchJson.result(q, 0.85, List.of()));
        return mapper.writeValueAsString(withId);
    }

    @Test
    void everyQueryFieldAsTheResultMapWritesIt() throws Exception {
        List<Query> queries = List.of(
                Query.name("Kim Jong Un"),
                Query.of("Kim Jong Un", "person", "1984-01-08", "KP"),
                new Query("IMO 9146730", null, null, null, List.of("9146730")));
        for (Query q : queries) {
            assertThat(streamed("row-1", q)).as(q.toString()).isEqualTo(mapped("row-1", q));
            assertThat(streamed(null, q)).as(q.toString()).isEqualTo(mapped(null, q));
        }
    }
}
