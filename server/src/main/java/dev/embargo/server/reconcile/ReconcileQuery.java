package dev.embargo.server.reconcile;

import com.fasterxml.jackson.databind.JsonNode;
import dev.embargo.server.ApiException;
import dev.embargo.server.yente.ExampleQuery;
import dev.embargo.server.yente.FtmSchema;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One reconciliation query (Reconciliation Service API v0.2): {@code query} (the name), {@code type} (one type
 * id or several), {@code limit}, {@code properties} ({@code [{"pid": "country", "v": "KP"}]}) and
 * {@code type_strict}, read into a query by example. Property ids are the FtM property names of the yente API.
 *
 * @param limit most candidates to return
 */
record ReconcileQuery(ExampleQuery example, int limit) {
    static final int DEFAULT_LIMIT = 5;
    static final Set<String> FIELDS = Set.of("query", "type", "limit", "properties", "type_strict");
    /** The types a query may name; the first four are the service's default types. */
    static final List<FtmSchema> TYPES = List.of(
            FtmSchema.PERSON,
            FtmSchema.ORGANIZATION,
            FtmSchema.VESSEL,
            FtmSchema.AIRPLANE,
            FtmSchema.COMPANY,
            FtmSchema.LEGAL_ENTITY,
            FtmSchema.THING);

    static ReconcileQuery parse(String where, JsonNode q, int maxLimit, int maxNameChars) {
        if (!q.isObject()) {
            throw ApiException.badRequest(
                    where + ": expected an object like {\"query\": \"Kim Jong Un\", \"type\": \"Person\"}");
        }
        for (Iterator<String> it = q.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!FIELDS.contains(f)) {
                throw ApiException.badRequest(where + "." + f + ": not a field of a reconciliation query (expected "
                        + String.join(", ", FIELDS.stream().sorted().toList()) + ")");
            }
        }
        Map<String, List<String>> props = new LinkedHashMap<>();
        JsonNode text = q.get("query");
        if (text != null && !text.isNull()) {
            if (!text.isValueNode()) {
                throw ApiException.badRequest(where + ".query: expected a string");
            }
            props.computeIfAbsent("name", k -> new ArrayList<>()).add(text.asText());
        }
        JsonNode properties = q.get("properties");
        if (properties != null && !properties.isNull()) {
            if (!properties.isArray()) {
                throw ApiException.badRequest(
                        where + ".properties: expected a list like [{\"pid\": \"country\", \"v\": \"KP\"}]");
            }
            for (int i = 0; i < properties.size(); i++) {
                String at = where + ".properties[" + i + "]";
                JsonNode p = properties.get(i);
                JsonNode pid = p.get("pid");
                if (!p.isObject() || pid == null || !pid.isTextual() || !p.has("v")) {
                    throw ApiException.badRequest(
                            at + ": expected {\"pid\": \"<property>\", \"v\": <value or values>}");
                }
                // The spec lets a service ignore a property it does not know: the rest of the query still counts.
                if (!ExampleQuery.understands(pid.asText())) {
                    continue;
                }
                props.computeIfAbsent(pid.asText(), k -> new ArrayList<>()).addAll(values(at + ".v", p.get("v")));
            }
        }
        if (props.isEmpty()) {
            throw ApiException.badRequest(where + ": expected a \"query\" or at least one property");
        }
        FtmSchema schema = type(where + ".type", q.get("type"));
        int limit = DEFAULT_LIMIT;
        JsonNode l = q.get("limit");
        if (l != null && !l.isNull()) {
            if (!l.isNumber() || l.asInt() < 1 || l.asInt() > maxLimit) {
                throw ApiException.badRequest(where + ".limit: expected a number from 1 to " + maxLimit + ", got " + l);
            }
            limit = l.asInt();
        }
        return new ReconcileQuery(ExampleQuery.of(where, null, schema, props, maxNameChars), limit);
    }

    /** A value, or several: text, numbers and booleans as text, a reconciled entity by its name (else its id). */
    private static List<String> values(String where, JsonNode v) {
        List<String> out = new ArrayList<>();
        for (JsonNode x : v.isArray() ? v : List.of(v)) {
            if (x.isObject()) {
                JsonNode name = x.get("name");
                JsonNode id = x.get("id");
                if ((name == null || !name.isValueNode()) && (id == null || !id.isValueNode())) {
                    throw ApiException.badRequest(
                            where + ": expected a value, or an entity {\"id\": ..., \"name\": ...}");
                }
                out.add(name != null && name.isValueNode() ? name.asText() : id.asText());
            } else if (x.isValueNode()) {
                if (!x.isNull()) {
                    out.add(x.asText());
                }
            } else {
                throw ApiException.badRequest(where + ": expected a value or a list of values");
            }
        }
        return out;
    }

    /** The type asked for; several types mean the most specific type they all are (Person and Company: LegalEntity). */
    private static FtmSchema type(String where, JsonNode t) {
        if (t == null || t.isNull()) {
            return FtmSchema.THING;
        }
        List<FtmSchema> types = new ArrayList<>();
        for (JsonNode x : t.isArray() ? t : List.of(t)) {
            String id = x.asText();
            FtmSchema s = FtmSchema.byName(id)
                    .filter(TYPES::contains)
                    .orElseThrow(() -> ApiException.badRequest(where
                            + ": expected a type id ("
                            + String.join(
                                    ", ", TYPES.stream().map(FtmSchema::ftmName).toList())
                            + "), got \"" + id + "\""));
            types.add(s);
        }
        return types.isEmpty() ? FtmSchema.THING : FtmSchema.common(types);
    }
}
