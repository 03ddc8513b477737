package dev.embargo.cli;

import dev.embargo.matching.Screener;
import dev.embargo.server.EmbargoServer;
import dev.embargo.server.Limits;
import dev.embargo.server.ServerSettings;
import dev.embargo.server.lists.LiveLists;
import dev.embargo.server.ops.AllowedHosts;
import dev.embargo.server.ops.ApiKeys;
import dev.embargo.server.review.AuditHeadWriter;
import dev.embargo.server.review.SystemOfRecord;
import dev.embargo.store.Review;
import dev.embargo.store.Store;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(
        mixinStandardHelpOptions = true,
        name = "serve",
        description = "Serve the lists: JSON API, yente and OpenRefine endpoints, and the web UI for analysts.")
public final class ServeCommand implements Callable<Integer> {
    @Mixin
    ListsOption lists;

    @Option(names = "--port", defaultValue = "8080", description = "TCP port (default: ${DEFAULT-VALUE})")
    int port;

    @Option(
            names = "--bind",
            description = "address to listen on (default: 127.0.0.1; give 0.0.0.0 for every interface)")
    String bind;

    @Option(
            names = "--api-keys",
            paramLabel = "FILE",
            description = "file of API keys, one a line (a key, or "
                    + "sha256:<hex> of a key, then optionally holder=NAME and role=analyst|supervisor|auditor|admin;"
                    + " default role admin); every request but /healthz and /readyz must then present one. "
                    + "Default: $EMBARGO_API_KEYS_FILE")
    Path apiKeys;

    @Option(
            names = "--reload-every",
            defaultValue = "60",
            paramLabel = "SECONDS",
            description =
                    "check the lists folder for a new snapshot this often and swap it in (0: never; default: ${DEFAULT-VALUE})")
    long reloadSeconds;

    @Option(
            names = "--max-batch",
            defaultValue = "1000",
            description = "most names in one batch request (default: ${DEFAULT-VALUE})")
    int maxBatch;

    @Option(
            names = "--max-text",
            defaultValue = "2000000",
            description = "most characters in one scanned text (default: ${DEFAULT-VALUE})")
    int maxText;

    @Option(
            names = "--allowed-hosts",
            split = ",",
            paramLabel = "NAME",
            description = "host names clients may reach the server by (the Host header), besides localhost, "
                    + "*.localhost and IP addresses, which are always allowed: a name, .domain or *.domain for "
                    + "every name under one, or * for any. Requests by other names get 421 (a guard against DNS "
                    + "rebinding). Comma-separated or repeated. Default: $EMBARGO_ALLOWED_HOSTS")
    List<String> allowedHosts;

    @Option(
            names = "--public-url",
            paramLabel = "URL",
            description = "the server's address as clients reach it (https://embargo.example.org), used in the "
                    + "reconciliation service's identifierSpace and links instead of the request's Host. "
                    + "Default: $EMBARGO_PUBLIC_URL")
    String publicUrl;

    @Option(
            names = "--db",
            paramLabel = "JDBC_URL",
            description = "The store of the portfolio, alerts and audit trail: jdbc:h2:file:PATH or"
                    + " jdbc:postgresql://HOST:PORT/DB?user=...&password=... (default: $EMBARGO_DB, else an H2 file"
                    + " under ~/.embargo/store).")
    String db;

    @Option(
            names = "--alert-threshold",
            paramLabel = "T",
            description = "Score from which a portfolio record and a listing raise an alert, 0 to 1 (default: 0.85).")
    Double alertThreshold;

    @Option(
            names = "--four-eyes",
            description = "A clearing or confirmation of an alert waits for a second reviewer (a supervisor or admin).")
    boolean fourEyes;

    @Option(
            names = "--review-reasons",
            paramLabel = "FILE",
            description = "The reasons a decision may give, one a line (default: the built-in list; an admin may"
                    + " change them with POST /v1/review/settings).")
    Path reviewReasons;

    @Option(
            names = "--audit-head-file",
            paramLabel = "FILE",
            description = "Appends the audit chain's head (SEQ HASH TIME) to FILE at start, every --audit-head-every"
                    + " while it moves, and at stop: an outside copy `audit verify --head FILE` checks the chain"
                    + " against.")
    Path auditHeadFile;

    @Option(
            names = "--audit-head-every",
            paramLabel = "PERIOD",
            defaultValue = "1h",
            description = "How often to write the audit head: 30s, 15m, 1h, 1d (default: 1h).")
    String auditHeadEvery;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        ApiKeys keys = keys();
        String address = bind != null ? bind : ServerSettings.LOOPBACK;
        Limits defaults = Limits.DEFAULT;
        Limits limits =
                new Limits(defaults.maxRequestBytes(), maxBatch, maxText, defaults.maxNameChars(), defaults.maxLimit());
        AllowedHosts hosts = hosts();
        ServerSettings settings = new ServerSettings(
                        address, port, keys, limits, Duration.ofSeconds(reloadSeconds), Duration.ofSeconds(15))
                .withHosts(hosts)
                .withPublicUrl(publicUrl != null ? publicUrl : System.getenv("EMBARGO_PUBLIC_URL"));
        PrintStream log = System.err;
        LiveLists live = new LiveLists(lists.dir());
        SystemOfRecord records = openStore(keys, log);
        EmbargoServer server = EmbargoServer.start(settings, live, records, log);
        log.println(
                "Embargo listening on " + server.baseUrl() + " (web UI at /, API under /v1, OpenAPI at /openapi.json)");
        if (keys.configured()) {
            log.println("API keys: " + keys.count()
                    + " configured ("
                    + keys.countByRole().entrySet().stream()
                            .map(e -> e.getValue() + " " + e.getKey().code())
                            .collect(java.util.stream.Collectors.joining(", "))
                    + "; a key without role= is admin); every request but /healthz and /readyz must present one");
        } else if (isLoopback(address)) {
            log.println("no API keys configured: bound to loopback (" + address
                    + ") only, so only this machine can reach it;" + " give --api-keys FILE before --bind 0.0.0.0");
        } else {
            log.println("WARNING: no API keys configured and bound to " + address
                    + ": anyone who can reach this port can use the server");
        }
        log.println("answering to: " + hosts.describe()
                + (hosts.any() ? "" : " (--allowed-hosts adds the names clients use to reach this server)"));
        log.println("loading lists from " + lists.dir() + " ...");
        LiveLists.ReloadAttempt first = live.reload();
        log.println((first.ok() ? "ready: " : live.current().isPresent() ? "DEGRADED (serving): " : "NOT ready: ")
                + first.message()
                + live.current()
                        .map(s -> " (" + s.entityCount() + " entities in "
                                + s.buildTime().toMillis()
                                + " ms: lists read in "
                                + s.buildTime().minus(s.indexTime()).toMillis() + " ms, indexed in "
                                + s.indexTime().toMillis() + " ms)")
                        .orElse(""));
        if (!first.ok()) {
            log.println("hint: run `embargo sync` to fetch the lists, or pass --lists DIR; the server keeps checking "
                    + (reloadSeconds > 0 ? "every " + reloadSeconds + " s" : "when POST /v1/lists/reload is called"));
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            log.println("stopping: draining requests in flight ...");
                            boolean drained = server.stop();
                            records.close();
                            log.println(drained ? "stopped" : "stopped with requests still running after 15 s");
                            stopped.countDown();
                        },
                        "embargo-stop"));
        stopped.await();
        return 0;
    }

    /** Opens the store the server keeps its portfolio in, and records how the server runs in its audit trail. */
    private SystemOfRecord openStore(ApiKeys keys, PrintStream log) throws IOException {
        double threshold = alertThreshold == null ? Screener.DEFAULT_THRESHOLD : alertThreshold;
        if (!(threshold >= 0 && threshold <= 1)) {
            throw new ParameterException(
                    spec.commandLine(), "--alert-threshold: expected a number from 0 to 1, got " + threshold);
        }
        List<String> reasons = Review.Policy.DEFAULT_REASONS;
        if (reviewReasons != null) {
            try {
                reasons = Files.readAllLines(reviewReasons).stream()
                        .map(String::strip)
                        .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                        .distinct()
                        .toList();
            } catch (IOException e) {
                throw new IOException(reviewReasons + ": cannot read the review reasons (" + e.getMessage() + ")", e);
            }
            if (reasons.isEmpty()) {
                throw new IOException(reviewReasons + ": expected at least one reason, one a line");
            }
        }
        String url = Store.configuredUrl(db);
        Store store = Store.open(url);
        log.println("store: " + (store.isPostgres() ? "PostgreSQL" : "H2") + " at "
                + url.replaceAll("(?i)(password=)[^&;]*", "$1***") + "; alerts from a score of " + threshold
                + (fourEyes ? "; four eyes on clearings and confirmations" : ""));
        SystemOfRecord records = new SystemOfRecord(store, threshold, new Review.Policy(reasons, fourEyes), log);
        Map<String, Object> config = new LinkedHashMap<>();
        config.put(
                "keys_by_role",
                keys.countByRole().entrySet().stream()
                        .collect(java.util.stream.Collectors.toMap(
                                e -> e.getKey().code(), Map.Entry::getValue)));
        config.put("alert_threshold", threshold);
        config.put("four_eyes", fourEyes);
        config.put("reasons", reasons);
        config.put("lists", lists.dir().toString());
        records.auditStart(config);
        if (auditHeadFile != null) {
            try {
                records.writeAuditHeadEvery(auditHeadFile, AuditHeadWriter.parseEvery(auditHeadEvery), log);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "--audit-head-every: " + e.getMessage());
            }
        }
        return records;
    }

    private AllowedHosts hosts() {
        List<String> given = allowedHosts;
        if (given == null) {
            String env = System.getenv("EMBARGO_ALLOWED_HOSTS");
            given = env == null || env.isBlank() ? List.of() : List.of(env.split(","));
        }
        try {
            return AllowedHosts.parse(given);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--allowed-hosts: " + e.getMessage());
        }
    }

    private ApiKeys keys() throws IOException {
        Path file = apiKeys;
        if (file == null) {
            String env = System.getenv("EMBARGO_API_KEYS_FILE");
            if (env == null || env.isBlank()) {
                return ApiKeys.none();
            }
            file = Path.of(env);
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new IOException(file + ": cannot read the API key file (" + e.getMessage() + ")", e);
        }
        try {
            ApiKeys k = ApiKeys.parse(lines);
            if (!k.configured()) {
                throw new IOException(file + ": expected at least one API key, found none");
            }
            return k;
        } catch (IllegalArgumentException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

    private static boolean isLoopback(String address) {
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
