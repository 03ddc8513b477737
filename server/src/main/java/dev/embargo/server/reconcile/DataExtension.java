package dev.embargo.server.reconcile;

import com.fasterxml.jackson.databind.JsonNode;
import dev.embargo.lists.model.Entity;
import dev.embargo.server.ApiException;
import dev.embargo.server.lists.ServedLists;
import dev.embargo.server.yente.FtmEntity;
import dev.embargo.server.yente.FtmSchema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Data extension (Reconciliation Service API v0.2): for reconciled ids, the values of the FtM properties asked
 * for, each as {@code {"str": value}}. An id that is no listed party gets an empty row, and a property the
 * party lacks an empty list, as the spec has it.
 */
final class DataExtension {
    /** The properties proposed for extension: those a listed party is shown with, the most asked first. */
    static final List<String> PROPERTIES = List.of(
            "name",
            "country",
            "alias",
            "birthDate",
            "nationality",
            "weakAlias",
            "previousName",
            "birthPlace",
            "citizenship",
            "gender",
            "position",
            "address",
            "passportNumber",
            "idNumber",
            "registrationNumber",
            "taxNumber",
            "imoNumber",
            "mmsi",
            "callSign",
            "flag",
            "swiftBic",
            "incorporationDate",
            "buildDate",
            "program",
            "topics",
            "notes",
            "schema",
            "datasets");

    private DataExtension() {}

    static Map<String, Object> extend(ServedLists served, JsonNode request, int maxIds) {
        if (!request.isObject()) {
            throw ApiException.badRequest(
                    "extend: expected {\"ids\": [...], \"properties\": [{\"id\": \"birthDate\"}]}");
        }
        JsonNode ids = request.get("ids");
        JsonNode properties = request.get("properties");
        if (ids == null || !ids.isArray()) {
            throw ApiException.badRequest("extend.ids: expected a list of entity ids");
        }
        if (properties == null || !properties.isArray()) {
            throw ApiException.badRequest("extend.properties: expected a list like [{\"id\": \"birthDate\"}]");
        }
        if (ids.size() > maxIds) {
            throw ApiException.tooLarge("extend.ids: at most " + maxIds + " in one request, got " + ids.size());
        }
        List<String> wanted = new ArrayList<>();
        for (int i = 0; i < properties.size(); i++) {
            JsonNode p = properties.get(i);
            JsonNode id = p.isObject() ? p.get("id") : null;
            if (id == null || !id.isTextual()) {
                throw ApiException.badRequest("extend.properties[" + i + "]: expected {\"id\": \"<property>\"}");
            }
            wanted.add(id.asText());
        }
        List<Object> meta = new ArrayList<>();
        for (String p : wanted) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", p);
            m.put("name", PropertyLabels.label(p));
            meta.add(m);
        }
        Map<String, Object> rows = new LinkedHashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            JsonNode idNode = ids.get(i);
            if (!idNode.isTextual()) {
                throw ApiException.badRequest("extend.ids[" + i + "]: expected an entity id");
            }
            String id = idNode.asText();
            Entity e = served.entity(id).orElse(null);
            Map<String, Object> row = new LinkedHashMap<>();
            Map<String, List<String>> props = e == null ? Map.of() : FtmEntity.properties(e);
            for (String p : wanted) {
                List<String> values = e == null ? List.of() : valuesOf(e, p, props);
                row.put(p, values.stream().map(v -> Map.of("str", v)).toList());
            }
            rows.put(id, row);
        }
        Map<String, Object> reply = new LinkedHashMap<>();
        reply.put("meta", meta);
        reply.put("rows", rows);
        return reply;
    }

    private static List<String> valuesOf(Entity e, String property, Map<String, List<String>> props) {
        return switch (property) {
            case "schema" -> List.of(FtmSchema.of(e).ftmName());
            case "datasets" -> List.of(dev.embargo.server.yente.Datasets.nameOf(e.source()));
            default -> props.getOrDefault(property, List.of());
        };
    }
}
