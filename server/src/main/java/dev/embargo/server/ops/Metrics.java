package dev.embargo.server.ops;

import dev.embargo.lists.LoadedList;
import dev.embargo.server.lists.LiveLists;
import dev.embargo.server.lists.ServedLists;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * The server's Prometheus metrics: requests and their latency per endpoint (the route template, never the
 * raw path, so ids and names do not explode the label space), and the age of every loaded list.
 * One instance per server; nothing global.
 */
public final class Metrics {
    /** Latency buckets from 100 µs to 10 s: screening sits at the low end, scans of long texts at the high end. */
    private static final double[] LATENCY_BOUNDS = {
        0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10
    };

    private final PrometheusRegistry registry = new PrometheusRegistry();
    private final Counter requests;
    private final Histogram latency;

    public Metrics(LiveLists lists) {
        requests = Counter.builder()
                .name("embargo_http_requests")
                .help("HTTP requests answered, by endpoint (route template), method and status")
                .labelNames("endpoint", "method", "status")
                .register(registry);
        latency = Histogram.builder()
                .name("embargo_http_request_duration_seconds")
                .help("Time to answer an HTTP request, by endpoint (route template) and method")
                .classicOnly()
                .classicUpperBounds(LATENCY_BOUNDS)
                .labelNames("endpoint", "method")
                .register(registry);
        GaugeWithCallback.builder()
                .name("embargo_list_age_seconds")
                .help(
                        "Seconds since the publication date of each loaded list (since it was loaded when the list has no date)")
                .labelNames("source", "file")
                .callback(cb -> lists.current().ifPresent(served -> {
                    Instant now = Instant.now();
                    for (LoadedList l : served.report().lists()) {
                        Instant since = l.published() == null
                                ? served.loadedAt()
                                : l.published().atStartOfDay().toInstant(ZoneOffset.UTC);
                        cb.call(
                                Duration.between(since, now).toSeconds(),
                                l.source().code(),
                                l.file());
                    }
                }))
                .register(registry);
        GaugeWithCallback.builder()
                .name("embargo_entities")
                .help("Listed entities in service")
                .callback(cb ->
                        cb.call(lists.current().map(ServedLists::entityCount).orElse(0)))
                .register(registry);
        GaugeWithCallback.builder()
                .name("embargo_lists_loaded_timestamp_seconds")
                .help("When the lists in service were loaded (Unix time)")
                .callback(cb ->
                        lists.current().ifPresent(s -> cb.call(s.loadedAt().getEpochSecond())))
                .register(registry);
        GaugeWithCallback.builder()
                .name("embargo_list_failed")
                .help(
                        "1 for each list whose files failed the checks at the latest reload, by list, file (relative to the"
                                + " folder of lists) and problem; kept 1 if its older copy serves in its place, else 0")
                .labelNames("source", "file", "problem", "kept")
                .callback(cb -> lists.failures()
                        .forEach(f -> cb.call(
                                1,
                                f.source() == null ? "unknown" : f.source().code(),
                                f.key(),
                                f.problem().code(),
                                f.kept() == null ? "0" : "1")))
                .register(registry);
        GaugeWithCallback.builder()
                .name("embargo_lists_degraded")
                .help("1 while lists serve but a list failed its checks or the latest reload failed, else 0")
                .callback(cb -> cb.call(lists.degraded() ? 1 : 0))
                .register(registry);
        GaugeWithCallback.builder()
                .name("embargo_lists_reload_ok")
                .help(
                        "1 when the latest reload of the lists succeeded, 0 when it failed (the previous lists keep serving)")
                .callback(cb -> lists.lastAttempt().ifPresent(a -> cb.call(a.ok() ? 1 : 0)))
                .register(registry);
    }

    public void record(String endpoint, String method, int status, long nanos) {
        requests.labelValues(endpoint, method, Integer.toString(status)).inc();
        latency.labelValues(endpoint, method).observe(nanos / 1e9);
    }

    /** The Prometheus text exposition format (version 0.0.4). */
    public String scrape() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        try {
            PrometheusTextFormatWriter.create().write(out, registry.scrape());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    public static String contentType() {
        return PrometheusTextFormatWriter.CONTENT_TYPE;
    }
}
