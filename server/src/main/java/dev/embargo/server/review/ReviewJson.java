package dev.embargo.server.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.embargo.lists.model.Entity;
import dev.embargo.store.Alert;
import dev.embargo.store.AlertQueue;
import dev.embargo.store.AuditEntry;
import dev.embargo.store.PortfolioView;
import dev.embargo.store.Review;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** The JSON shapes of the store's things, shared by the API and the CSV export's column names. */
final class ReviewJson {
    private static final ObjectMapper READER = new ObjectMapper();

    private ReviewJson() {}

    static String time(long millis) {
        return Instant.ofEpochMilli(millis).toString();
    }

    /** The list an entity id belongs to: its part before the first ':' ("us-ofac-sdn:20157"). */
    static String listOf(String entityId) {
        int colon = entityId.indexOf(':');
        return colon < 0 ? "" : entityId.substring(0, colon);
    }

    static Map<String, Object> alert(AlertQueue.Queued q) {
        Alert a = q.alert();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id());
        m.put("record_id", a.recordId());
        m.put("entity_id", a.entityId());
        m.put("party_id", a.partyId());
        m.put("listings", a.listings());
        m.put("list", listOf(a.entityId()));
        m.put("state", a.state().code());
        m.put("current", a.current());
        m.put("score", a.score());
        m.put("matched_name", a.matchedName());
        m.put("raised_at", time(a.raisedAt()));
        m.put("updated_at", time(a.updatedAt()));
        m.put("run_id", a.runId());
        m.put("material_change", a.materialChange());
        m.put("replaces", a.replaces());
        m.put("closed_reason", a.closedReason());
        m.put("pending_decision", a.pendingDecision());
        m.put("assignee", q.assignee());
        m.put("version", a.version());
        return m;
    }

    /** The explanation as stored when the alert was raised. */
    static JsonNode explanation(Alert a) {
        try {
            return READER.readTree(a.explanation());
        } catch (java.io.IOException e) {
            return READER.getNodeFactory().textNode(a.explanation());
        }
    }

    static Map<String, Object> decision(Review.Decision d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", d.id());
        m.put("alert_id", d.alertId());
        m.put("action", d.action());
        m.put("holder", d.holder());
        m.put("reason", d.reason());
        m.put("comment", d.comment());
        m.put("decided_at", time(d.decidedAt()));
        m.put("second_holder", d.secondHolder());
        m.put("status", d.status());
        if (d.alertState() != null) {
            m.put("alert_state", d.alertState().code());
            m.put("alert_version", d.alertVersion());
        }
        return m;
    }

    static Map<String, Object> record(PortfolioView.StoredRecord s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.record().id());
        m.put("name", s.record().name());
        m.put("kind", s.record().kind() == null ? null : s.record().kind().code());
        m.put("dates_of_birth", s.record().datesOfBirth());
        m.put("countries", s.record().countries());
        m.put("identifiers", s.record().identifiers());
        JsonNode fields;
        try {
            fields = READER.readTree(
                    s.record().fields() == null || s.record().fields().isBlank()
                            ? "{}"
                            : s.record().fields());
        } catch (java.io.IOException e) {
            fields = READER.getNodeFactory().textNode(s.record().fields());
        }
        m.put("fields", fields);
        m.put("version", s.version());
        m.put("updated_at", time(s.updatedAt()));
        return m;
    }

    static Map<String, Object> run(PortfolioView.Run r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("kind", r.kind());
        m.put("lists_hash", r.listsHash());
        m.put("lists_published", r.listsPublished());
        m.put("engine_version", r.engineVersion());
        m.put("threshold", r.threshold());
        m.put("started_at", time(r.startedAt()));
        m.put("finished_at", r.finishedAt() == null ? null : time(r.finishedAt()));
        m.put("screened", r.screened());
        m.put("status", r.status());
        return m;
    }

    static Map<String, Object> audit(AuditEntry e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("seq", e.seq());
        m.put("at", time(e.at()));
        m.put("actor", e.actor());
        m.put("action", e.action());
        m.put("subject", e.subject());
        JsonNode detail;
        try {
            detail = READER.readTree(e.detail());
        } catch (java.io.IOException ex) {
            detail = READER.getNodeFactory().textNode(e.detail());
        }
        m.put("detail", detail);
        m.put("prev_hash", e.prevHash());
        m.put("hash", e.hash());
        return m;
    }

    /** The listing an alert is about as the lists in service have it, or null once it is no longer listed. */
    static Map<String, Object> listing(Entity e) {
        if (e == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", e.id());
        m.put("name", e.primaryName().full());
        m.put("kind", e.kind().code());
        m.put("source", e.source().code());
        return m;
    }
}
