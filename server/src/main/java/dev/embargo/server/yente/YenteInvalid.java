package dev.embargo.server.yente;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A request yente would refuse in validation, answered as yente (FastAPI) answers it: status 422 and
 * {@code {"detail": [{"type", "loc", "msg", "input"}]}}, one entry per problem. {@code loc} names where the
 * problem is ({@code ["query", "limit"]}, {@code ["body", "queries", "q1", "schema"]}).
 */
public final class YenteInvalid extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** One problem: FastAPI's error type ("less_than_equal"), where, the message, and the input refused. */
    public record Problem(String type, List<Object> loc, String msg, Object input) {
        public Problem {
            loc = List.copyOf(loc);
        }

        Map<String, Object> json() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("type", type);
            m.put("loc", loc);
            m.put("msg", msg);
            m.put("input", input);
            return m;
        }
    }

    private final transient List<Problem> problems;

    public YenteInvalid(List<Problem> problems) {
        super(problems.isEmpty() ? "invalid request" : problems.getFirst().msg());
        this.problems = List.copyOf(problems);
    }

    public static YenteInvalid query(String param, String type, String msg, Object input) {
        return new YenteInvalid(List.of(new Problem(type, List.of("query", param), msg, input)));
    }

    public static YenteInvalid body(List<Object> loc, String type, String msg, Object input) {
        List<Object> at = new ArrayList<>();
        at.add("body");
        at.addAll(loc);
        return new YenteInvalid(List.of(new Problem(type, at, msg, input)));
    }

    public List<Problem> problems() {
        return problems;
    }

    /** The body of the 422 answer. */
    public Map<String, Object> json() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("detail", problems.stream().map(Problem::json).toList());
        return m;
    }
}
