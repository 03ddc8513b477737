package dev.embargo.lists.uk;

import dev.embargo.lists.Countries;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps the UK list's country wordings to ISO codes: besides what {@link Countries} knows, the list ends
 * values with a full stop ("Syria."), names historical places with their successor ("Ukrainian SSR (now
 * Ukraine)", "Former USSR Currently Belarus", "Ukrainian SSR (Ukraine)") and joins two nationalities in one value ("Germany. Russia").
 * Wordings it cannot map are left out, never guessed. One instance serves one file and remembers what it
 * mapped, as the same few wordings repeat on thousands of rows.
 */
final class UkCountryWording {
    private static final Pattern NOW = Pattern.compile("(?i)\\b(?:now|currently)\\s+([\\p{L}' -]+?)\\s*\\)?$");
    /** "Ukrainian SSR (Ukraine)": the bracket names today's country. */
    private static final Pattern BRACKETED_AT_END = Pattern.compile("\\(([^()]+)\\)$");

    private static final Pattern LIST_SEPARATOR = Pattern.compile("\\s*[,.;]\\s*");

    private final Map<String, Optional<String>> isoByWording = new HashMap<>();
    private final Map<String, List<String>> isoListByCell = new HashMap<>();

    /** The ISO code of one country wording, or empty. */
    Optional<String> toIso(String wording) {
        if (wording == null) {
            return Optional.empty();
        }
        return isoByWording.computeIfAbsent(wording, UkCountryWording::lookup);
    }

    private static Optional<String> lookup(String wording) {
        String w = tidy(wording);
        if (w.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> iso = Countries.toIso(w);
        if (iso.isPresent()) {
            return iso;
        }
        Matcher now = NOW.matcher(w);
        if (now.find()) {
            return Countries.toIso(now.group(1));
        }
        Matcher bracketed = BRACKETED_AT_END.matcher(w);
        return bracketed.find() ? Countries.toIso(bracketed.group(1)) : Optional.empty();
    }

    /**
     * The ISO codes of a cell that may hold several countries, numbered ("(1) Portugal (2) Israel") or
     * joined ("Estonia, Russia"). A joined value counts only when every part maps.
     */
    List<String> allIso(String cell) {
        if (cell == null) {
            return List.of();
        }
        return isoListByCell.computeIfAbsent(cell, this::lookupAll);
    }

    private List<String> lookupAll(String cell) {
        List<String> codes = new ArrayList<>();
        for (String item : NumberedItems.split(cell)) {
            Optional<String> iso = toIso(item);
            if (iso.isPresent()) {
                codes.add(iso.get());
                continue;
            }
            List<String> parts = new ArrayList<>();
            for (String part : LIST_SEPARATOR.split(tidy(item))) {
                Optional<String> partIso = toIso(part);
                if (partIso.isEmpty()) {
                    parts.clear();
                    break;
                }
                parts.add(partIso.get());
            }
            codes.addAll(parts);
        }
        return List.copyOf(codes);
    }

    private static String tidy(String wording) {
        if (wording == null) {
            return "";
        }
        String w = wording.strip();
        while (w.endsWith(".") || w.endsWith(",")) {
            w = w.substring(0, w.length() - 1).strip();
        }
        return w.equals("-") ? "" : w;
    }
}
