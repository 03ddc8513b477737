package dev.embargo.server.api;

import dev.embargo.matching.Screener;
import dev.embargo.report.html.HtmlReport;
import dev.embargo.report.json.ScanJson;
import dev.embargo.scanning.Deadline;
import dev.embargo.scanning.ScanException;
import dev.embargo.scanning.ScanTimeoutException;
import dev.embargo.scanning.Scanner;
import dev.embargo.scanning.language.TextLanguage;
import dev.embargo.scanning.read.Document;
import dev.embargo.scanning.read.DocumentReader;
import dev.embargo.server.ApiException;
import dev.embargo.server.Limits;
import dev.embargo.server.RouteGroup;
import dev.embargo.server.lists.LiveLists;
import dev.embargo.server.ops.SecurityHeaders;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code POST /v1/scan}: a document as the body (plain text, HTML, PDF, SWIFT MT or ISO 20022, recognised
 * from its content), as a JSON object {@code {"text": ..., "lang": ..., "threshold": ...}}, or as a
 * multipart upload (field {@code file}); the report as JSON (default) or as the self-contained HTML of
 * {@code embargo scan --format html} ({@code ?format=html} or {@code Accept: text/html}).
 */
public final class ScanApi implements RouteGroup {
    /** A scan read and run, ready to answer as JSON or HTML. */
    public record Scanned(Scanner.Report report, String text, List<String> warnings) {}

    /**
     * How long one scan may take, reading the document included: a 2-million-character text (the default
     * text limit) scans in a few seconds; a document that needs more is answered 422, since sending it again
     * would not help.
     */
    public static final Duration SCAN_TIME_BUDGET = Duration.ofSeconds(30);

    private final LiveLists lists;
    private final Limits limits;
    private final Duration timeBudget;

    public ScanApi(LiveLists lists, Limits limits) {
        this(lists, limits, SCAN_TIME_BUDGET);
    }

    /** @param timeBudget how long one scan may take, from the request's body in hand to its report */
    public ScanApi(LiveLists lists, Limits limits, Duration timeBudget) {
        this.lists = lists;
        this.limits = limits;
        this.timeBudget = timeBudget;
    }

    @Override
    public void addTo(RoutesConfig routes) {
        routes.post("/v1/scan", this::scan);
    }

    private void scan(Context ctx) {
        String format = ctx.queryParam("format");
        String accept = ctx.header("Accept");
        boolean html =
                "html".equalsIgnoreCase(format) || (format == null && accept != null && accept.startsWith("text/html"));
        if (format != null && !format.equalsIgnoreCase("html") && !format.equalsIgnoreCase("json")) {
            throw ApiException.badRequest("format: expected json or html, got \"" + format + "\"");
        }
        Scanned s = read(ctx);
        if (html) {
            ctx.header("Content-Security-Policy", SecurityHeaders.REPORT_CSP);
            ctx.html(HtmlReport.render(s.report(), s.text()));
        } else {
            Map<String, Object> reply = new LinkedHashMap<>(ScanJson.report(s.report()));
            reply.put("warnings", s.warnings());
            Replies.json(ctx, reply);
        }
    }

    /** Reads the document of a scan request in whichever of the three forms it came, and scans it. */
    public Scanned read(Context ctx) {
        String contentType = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
        String lang = ctx.queryParam("lang");
        double threshold = ScreenApi.param(ctx, "threshold", Screener.DEFAULT_THRESHOLD, 0, 1);
        String source;
        byte[] bytes;
        if (contentType.startsWith("multipart/form-data")) {
            UploadedFile file = ctx.uploadedFile("file");
            if (file == null) {
                String text = ctx.formParam("text");
                if (text == null || text.isBlank()) {
                    throw ApiException.badRequest(
                            "expected a file upload in the field \"file\" or a text in the field \"text\"");
                }
                source = "pasted text";
                bytes = text.getBytes(StandardCharsets.UTF_8);
            } else {
                source = file.filename();
                try (InputStream in = file.content()) {
                    bytes = in.readAllBytes();
                } catch (IOException e) {
                    throw ApiException.badRequest("file: the upload could not be read");
                }
            }
            lang = firstNonBlank(lang, ctx.formParam("lang"));
        } else if (contentType.startsWith("application/json")) {
            JsonBody body = JsonBody.parse(ctx.body());
            String text = body.requiredText("text");
            source = body.text("source") == null ? "request" : body.text("source");
            lang = firstNonBlank(lang, body.text("lang"));
            threshold = body.number("threshold", threshold, 0, 1);
            bytes = text.getBytes(StandardCharsets.UTF_8);
        } else {
            source = "request";
            bytes = ctx.bodyAsBytes();
        }
        if (bytes.length == 0) {
            throw ApiException.badRequest("expected a document to scan, got an empty body");
        }
        String language = lang == null || lang.isBlank() ? "auto" : lang;
        try {
            TextLanguage.of(language, "");
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("lang: expected " + TextLanguage.CODES + ", got \"" + language + "\"");
        }
        Scanner scanner = Replies.served(lists).scanner();
        Deadline deadline = Deadline.after(timeBudget);
        try {
            Document document;
            try {
                document = new DocumentReader(limits.maxTextChars()).read(source, bytes, deadline);
            } catch (ScanException e) {
                throw refusal(e);
            }
            if (document.text().length() > limits.maxTextChars()) {
                throw ApiException.tooLarge("text: at most " + limits.maxTextChars() + " characters in one scan, got "
                        + document.text().length());
            }
            Scanner.Report report = scanner.scan(document, threshold, language, deadline);
            return new Scanned(report, document.text(), document.warnings());
        } catch (ScanTimeoutException e) {
            throw overBudget(e);
        }
    }

    /** A document the reader refused: 413 when it is over a size limit, else 400. */
    static ApiException refusal(ScanException e) {
        return e.reason() == ScanException.Reason.TOO_LARGE
                ? ApiException.tooLarge(e.getMessage())
                : ApiException.badRequest(e.getMessage());
    }

    /**
     * A scan that ran out of time: 422, as the document itself is what takes too long; sent again it would
     * take as long. The message names the budget.
     */
    static ApiException overBudget(ScanTimeoutException e) {
        return new ApiException(
                422,
                "scan_over_time_budget",
                e.getMessage() + "; split the document, or scan it with the command line, which has no time budget");
    }

    private static String firstNonBlank(String a, String b) {
        return a != null && !a.isBlank() ? a : b;
    }
}
