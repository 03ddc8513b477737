package dev.embargo.bench;

import dev.embargo.lists.ListLoader;
import dev.embargo.lists.model.Entity;
import dev.embargo.lists.model.EntityKind;
import dev.embargo.matching.Screener;
import dev.embargo.scanning.Scanner;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Document scanning speed on one thread, after a warm-up: median wall time of repeated scans and the
 * throughput in bytes of text per second. Two kinds of document: the seed article repeated to about 5,000
 * words (every name recurs, so each distinct span is screened once per scan and then reused), and, per
 * language (English, Dutch, German), about 5,000 words of distinct sentences generated from a fixed seed:
 * news-like templates filled with names of listed parties drawn from the loaded lists, invented people,
 * companies, places and news sources, and varied figures. The generated text depends only on the seed and
 * the lists, so runs on the same lists scan the same words. And, per language, documents no scan has seen: a new
 * one (another seed) in every measured round, so that no memo of words holds them before their one scan, as in a
 * server that scans a stream of different articles.
 *
 * <p>Options: {@code --article FILE} (the seed article), {@code --runs N} (measured scans per document,
 * default 31, taken in turn with the other documents), {@code --warmup N} (rounds of scans over all documents
 * first, at least, default 10; then more until the compilers settle), {@code --max-warmup N} (default 200),
 * {@code --seed S},
 * {@code --print LANG} (print the generated document for nl, en or de and stop), {@code --payments N} (instead of
 * prose: N generated payment messages, scanned per second on {@code --threads} threads, default 2, over
 * {@code --rounds} rounds, default 7, after at least {@code --warmup} rounds, default 5, and until the compilers
 * settle; the wall-clock rate and the CPU time per message with the rate it implies on that many cores; needs
 * {@code --eval}). MB/s is bytes of UTF-8 text
 * over the median time: one thread, so per core.
 */
final class ScanBenchmark {
    private static final int WORDS = 5000;
    private static final List<String> LANGUAGES = List.of("en", "nl", "de");

    private ScanBenchmark() {}

    static void main(String[] args) throws Exception {
        BenchOptions opts = BenchOptions.parse(args);
        Path article = Path.of(opts.extra().getOrDefault("article", "../shared/seed/article-nl.txt"));
        int runs = Integer.parseInt(opts.extra().getOrDefault("runs", "31"));
        int warmup = Integer.parseInt(opts.extra().getOrDefault("warmup", "10"));
        int maxWarmup = Integer.parseInt(opts.extra().getOrDefault("max-warmup", "200"));
        long seed = Long.parseLong(opts.extra().getOrDefault("seed", "20261129"));
        List<Entity> entities = ListLoader.loadDirectory(opts.lists()).entities();
        if (opts.extra().containsKey("payments")) {
            dev.embargo.bench.payment.PaymentScanRate.run(
                    entities,
                    QualityBenchmark.read(opts.eval().resolve("negatives_global.csv")).stream()
                            .map(r -> r.getField("full_name"))
                            .toList(),
                    Integer.parseInt(opts.extra().get("payments")),
                    Integer.parseInt(opts.extra().getOrDefault("threads", "2")),
                    Integer.parseInt(opts.extra().getOrDefault("rounds", "7")),
                    Integer.parseInt(opts.extra().getOrDefault("warmup", "5")),
                    maxWarmup,
                    System.out);
            return;
        }
        String print = opts.extra().get("print");
        if (print != null) {
            System.out.println(DistinctProse.generate(print, entities, seed, WORDS));
            return;
        }
        Scanner scanner = new Scanner(Screener.of(entities));
        String seedArticle = Files.readString(article, StandardCharsets.UTF_8);
        StringBuilder repeated = new StringBuilder();
        while (words(repeated.toString()) < WORDS) {
            repeated.append(seedArticle).append("\n\n");
        }
        List<Document> documents = new ArrayList<>();
        documents.add(new Document("seed article alone", seedArticle));
        documents.add(new Document("seed article repeated", repeated.toString()));
        for (String lang : LANGUAGES) {
            documents.add(new Document("distinct " + lang, DistinctProse.generate(lang, entities, seed, WORDS)));
        }
        // Documents no scan has seen: one per measured round and language, from other seeds than the warm-up's,
        // so that no memo of words (the analyser's, the transliterators') holds them before their one scan.
        List<Document> unseen = new ArrayList<>();
        for (String lang : LANGUAGES) {
            List<String> texts = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                texts.add(DistinctProse.generate(lang, entities, seed + 1 + i * 7919L, WORDS));
            }
            unseen.add(new Document("unseen " + lang, texts));
        }
        // Warm the JIT on every kind of text before measuring any, until the compilers have settled: at least
        // `warmup` rounds, then on until the compilers' time over the last ten rounds is under 2 % of theirs, at
        // most `maxWarmup` rounds. On two cores the optimising compiler works through the scanner's methods for
        // dozens of rounds, and a fixed short warm-up measures code still being compiled.
        java.lang.management.CompilationMXBean jit = java.lang.management.ManagementFactory.getCompilationMXBean();
        final int window = 10;
        long[] compileMillis = new long[window];
        double[] roundMillis = new double[window];
        int rounds = 0;
        while (rounds < maxWarmup) {
            // with a document of each language no scan has seen (seeds below the measured ones'), as measured later
            List<String> fresh = new ArrayList<>();
            for (String lang : LANGUAGES) {
                fresh.add(DistinctProse.generate(lang, entities, seed - 1 - rounds * 7919L, WORDS));
            }
            long compiling = jit.getTotalCompilationTime();
            long t = System.nanoTime();
            for (Document d : documents) {
                scanner.scan("bench", d.text(0), Screener.DEFAULT_THRESHOLD, "auto");
            }
            for (String text : fresh) {
                scanner.scan("bench", text, Screener.DEFAULT_THRESHOLD, "auto");
            }
            roundMillis[rounds % window] = (System.nanoTime() - t) / 1e6;
            compileMillis[rounds % window] = jit.getTotalCompilationTime() - compiling;
            rounds++;
            if (rounds >= Math.max(warmup, window)
                    && java.util.Arrays.stream(compileMillis).sum()
                            < 0.02 * java.util.Arrays.stream(roundMillis).sum()) {
                break;
            }
        }
        documents.addAll(unseen);
        long compilingBefore = jit.getTotalCompilationTime();
        System.out.printf(
                Locale.ROOT,
                "%d available processors; %d warm-up rounds over all documents (until the"
                        + " compilers settled), then %d measured scans per document, one thread%n",
                Runtime.getRuntime().availableProcessors(),
                rounds,
                runs);
        System.out.printf(
                Locale.ROOT,
                "%-22s %6s %8s %6s %10s %10s %10s %9s%n",
                "document",
                "words",
                "bytes",
                "hits",
                "claims",
                "median ms",
                "min ms",
                "MB/s");
        // Round robin: one scan of each document in turn, so that every document's scans spread over the same
        // stretch of time. This machine is shared, and its slow spells last seconds; measured one document after
        // the other, a document's median depended on whether its second fell in one.
        List<List<Double>> times = new ArrayList<>();
        List<List<Scanner.Report>> reports = new ArrayList<>();
        for (int k = 0; k < documents.size(); k++) {
            times.add(new ArrayList<>());
            reports.add(new ArrayList<>());
        }
        for (int i = 0; i < runs; i++) {
            for (int k = 0; k < documents.size(); k++) {
                String text = documents.get(k).text(i);
                long t = System.nanoTime();
                reports.get(k).add(scanner.scan("bench", text, Screener.DEFAULT_THRESHOLD, "auto"));
                times.get(k).add((System.nanoTime() - t) / 1e6);
            }
        }
        long compilingDuring = jit.getTotalCompilationTime() - compilingBefore;
        for (int k = 0; k < documents.size(); k++) {
            Document d = documents.get(k);
            List<Double> millis = times.get(k);
            // Per scan: its document's bytes over its time (the unseen documents differ a little in length).
            List<Double> throughput = new ArrayList<>();
            double words = 0;
            double bytes = 0;
            double hits = 0;
            double claims = 0;
            for (int i = 0; i < runs; i++) {
                int b = d.text(i).getBytes(StandardCharsets.UTF_8).length;
                throughput.add(b / 1e6 / (millis.get(i) / 1e3));
                words += words(d.text(i));
                bytes += b;
                hits += reports.get(k).get(i).mentions().size();
                claims += reports.get(k).get(i).claims().size();
            }
            System.out.printf(
                    Locale.ROOT,
                    "%-22s %6.0f %8.0f %6.0f %10.0f %10.1f %10.1f %9.2f%n",
                    d.name(),
                    words / runs,
                    bytes / runs,
                    hits / runs,
                    claims / runs,
                    LoadBenchmark.median(millis),
                    millis.stream().mapToDouble(Double::doubleValue).min().orElse(0),
                    LoadBenchmark.median(throughput));
        }
        System.out.println("(unseen: a new document in every measured round, never scanned before; words, bytes, hits"
                + " and claims are their means; MB/s is the median of each scan's own)");
        System.out.printf(Locale.ROOT, "the compilers worked %d ms during the measured scans%n", compilingDuring);
    }

    /** A document to scan in every round: the same text each time, or (unseen documents) another per round. */
    private record Document(String name, List<String> texts) {
        Document(String name, String text) {
            this(name, List.of(text));
        }

        String text(int round) {
            return texts.get(round % texts.size());
        }
    }

    static int words(String text) {
        String t = text.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    /**
     * Distinct news-like prose: each sentence a template of the language filled at random (fixed seed) with
     * listed parties' names, invented names and figures. Roughly one sentence in three names a listed party.
     */
    static final class DistinctProse {
        private static final List<String> FIRST = List.of(
                "Anna",
                "Pieter",
                "Maria",
                "Johan",
                "Sofia",
                "Lukas",
                "Emma",
                "David",
                "Fatima",
                "Ivan",
                "Elena",
                "Thomas",
                "Sarah",
                "Mehmet",
                "Olga",
                "Daniel",
                "Laura",
                "Ahmed",
                "Katarina",
                "Marco",
                "Yuki",
                "Chen",
                "Priya",
                "Jonas",
                "Ingrid",
                "Pablo",
                "Nadia",
                "Erik");
        private static final List<String> LAST = List.of(
                "Jansen",
                "Schmidt",
                "Smith",
                "de Vries",
                "Müller",
                "Johnson",
                "Bakker",
                "Weber",
                "Brown",
                "Visser",
                "Fischer",
                "Taylor",
                "Meijer",
                "Wagner",
                "Wilson",
                "Mulder",
                "Becker",
                "Moore",
                "Bos",
                "Hoffmann",
                "Clark",
                "Dekker",
                "Schulz",
                "Hughes",
                "van Leeuwen",
                "Koch",
                "Novak",
                "Kowalski",
                "Ferreira",
                "Lindqvist",
                "Okafor",
                "Nakamura",
                "Haddad",
                "Petrov");
        private static final List<String> FIRM_WORDS = List.of(
                "Meridian",
                "Nordstern",
                "Blue Harbour",
                "Atlas",
                "Polaris",
                "Zeeland",
                "Orion",
                "Baltic Star",
                "Goldcrest",
                "Rhein",
                "Silver Bay",
                "Horizon",
                "Delta",
                "Eastgate",
                "Amber",
                "Kestrel",
                "Lighthouse",
                "Tulip",
                "Falcon",
                "Granite");
        private static final List<String> FIRM_KINDS = List.of(
                "Shipping",
                "Logistics",
                "Trading",
                "Holding",
                "Capital",
                "Metals",
                "Energy",
                "Maritime",
                "Handel",
                "Bank",
                "Insurance",
                "Freight");
        private static final List<String> PLACES = List.of(
                "Rotterdam",
                "Dubai",
                "Vladivostok",
                "Singapore",
                "Hong Kong",
                "Istanbul",
                "Nampo",
                "Dalian",
                "Limassol",
                "Tbilisi",
                "Almaty",
                "Minsk",
                "Caracas",
                "Tehran",
                "Beirut",
                "Busan",
                "Antwerp",
                "Hamburg",
                "Gdansk",
                "Piraeus",
                "Shanghai",
                "Port Said",
                "Novorossiysk",
                "Tallinn",
                "Riga",
                "Baku",
                "Tashkent",
                "Ulaanbaatar");
        private static final List<String> SOURCES = List.of(
                "Reuters",
                "Bloomberg",
                "NK News",
                "Radio Free Asia",
                "Lloyd's List",
                "the Financial Times",
                "Le Monde",
                "Der Spiegel",
                "NRC",
                "the Associated Press",
                "Kyodo",
                "Yonhap",
                "the BBC",
                "the Guardian",
                "Politico");
        private static final List<String> COUNTRIES = List.of(
                "Estonia",
                "Latvia",
                "Finland",
                "Poland",
                "Japan",
                "Canada",
                "Norway",
                "Lithuania",
                "Sweden",
                "Denmark");

        /** Written in lower case inside a name: "Bank of Kunlun", "Cartel de Jalisco". */
        private static final java.util.Set<String> PARTICLES =
                java.util.Set.of("of", "de", "del", "in", "and", "for", "the", "la", "du", "des", "al", "el");

        private static final List<String> EN = List.of(
                "{P} met officials of {O} in {PL} on Tuesday, {S} reported.",
                "According to {S}, {O} moved {N} million dollars through accounts in {PL} last year.",
                "{P}, who runs {O}, said the company had shipped {N} tonnes of coal to {PL}.",
                "The port authority in {PL} puts the number of vessels at {N}, while {S} says {N2} ships were"
                        + " involved.",
                "Investigators linked {P} to a network of front companies that included {O} and {O2}.",
                "{S} estimated that {PC} percent of the cargo passed through {PL}.",
                "In March the tanker {V} was seen off the coast of {PL} with its transponder switched off.",
                "Lawyers for {P} denied that their client had any ties to {O}.",
                "{P} and {P2} were named in a report published by {S} in {PL}.",
                "The deal, worth {N} million euros, was signed in {PL} by representatives of {O}.",
                "Western diplomats, such as those of {C}, put it at {N} workers.",
                "Shares in {O} fell {PC} percent after {P} resigned as chairman.",
                "{P} told reporters in {PL} that the sanctions would not change anything.",
                "Customs officers in {PL} seized {N} containers that had been shipped by {O}.",
                "A spokesman for {O} declined to comment on the allegations.",
                "The shipment was insured by {O2} and financed through {O}, according to {S} and {S2}.",
                "Satellite images reviewed by {S} show {N} cranes at the terminal in {PL}.");
        private static final List<String> NL = List.of(
                "{P} sprak dinsdag in {PL} met vertegenwoordigers van {O}, meldt {S}.",
                "Volgens {S} heeft {O} vorig jaar {N} miljoen euro via rekeningen in {PL} verplaatst.",
                "{P}, directeur van {O}, zei dat het bedrijf {N} ton steenkool naar {PL} had verscheept.",
                "De havenautoriteit van {PL} houdt het op {N} schepen, terwijl {S} spreekt van {N2} schepen.",
                "Onderzoekers brachten {P} in verband met een netwerk van brievenbusfirma's, waaronder {O} en {O2}.",
                "Volgens {S} ging {PC} procent van de lading via {PL}.",
                "In maart werd de tanker {V} voor de kust van {PL} gezien met de transponder uitgeschakeld.",
                "Advocaten van {P} ontkennen dat hun cliënt banden heeft met {O}.",
                "{P} en {P2} worden genoemd in een rapport dat {S} in {PL} publiceerde.",
                "De overeenkomst, goed voor {N} miljoen euro, werd in {PL} getekend door {O}.",
                "Westerse diplomaten, zoals die van {C}, houden het op {N} arbeiders.",
                "Het aandeel {O} daalde {PC} procent nadat {P} was opgestapt.",
                "{P} zei in {PL} tegen verslaggevers dat de sancties niets zullen veranderen.",
                "De douane in {PL} nam {N} containers in beslag die door {O} waren verscheept.",
                "Een woordvoerder van {O} wilde niet reageren op de beschuldigingen.",
                "Satellietbeelden die {S} bekeek, tonen {N} kranen in de terminal van {PL}.");
        private static final List<String> DE = List.of(
                "{P} traf sich am Dienstag in {PL} mit Vertretern von {O}, berichtete {S}.",
                "Laut {S} hat {O} im vergangenen Jahr {N} Millionen Euro über Konten in {PL} verschoben.",
                "{P}, Chef von {O}, sagte, das Unternehmen habe {N} Tonnen Kohle nach {PL} verschifft.",
                "Die Hafenbehörde in {PL} spricht von {N} Schiffen, während {S} {N2} Schiffe zählt.",
                "Ermittler brachten {P} mit einem Netz von Briefkastenfirmen in Verbindung, darunter {O} und {O2}.",
                "Laut {S} liefen {PC} Prozent der Ladung über {PL}.",
                "Im März wurde der Tanker {V} vor der Küste von {PL} mit abgeschaltetem Transponder gesehen.",
                "Die Anwälte von {P} bestreiten, dass ihr Mandant Verbindungen zu {O} hat.",
                "{P} und {P2} werden in einem Bericht genannt, den {S} in {PL} veröffentlichte.",
                "Der Vertrag im Wert von {N} Millionen Euro wurde in {PL} von {O} unterzeichnet.",
                "Westliche Diplomaten, wie die von {C}, gehen von {N} Arbeitern aus.",
                "Die Aktie von {O} fiel um {PC} Prozent, nachdem {P} zurückgetreten war.",
                "{P} sagte in {PL} vor Journalisten, die Sanktionen würden nichts ändern.",
                "Der Zoll in {PL} beschlagnahmte {N} Container, die {O} verschifft hatte.",
                "Ein Sprecher von {O} wollte sich zu den Vorwürfen nicht äußern.",
                "Satellitenbilder, die {S} ausgewertet hat, zeigen {N} Kräne am Terminal in {PL}.");

        private DistinctProse() {}

        static String generate(String lang, List<Entity> entities, long seed, int words) {
            List<String> templates = switch (lang) {
                case "en" -> EN;
                case "nl" -> NL;
                case "de" -> DE;
                default -> throw new IllegalArgumentException("--print: expected en, nl or de, not " + lang);
            };
            List<String> people = listed(entities, EntityKind.PERSON);
            List<String> organisations = listed(entities, EntityKind.ORGANIZATION);
            List<String> vessels = listed(entities, EntityKind.VESSEL);
            Random random = new Random(seed ^ lang.hashCode());
            StringBuilder out = new StringBuilder();
            int sentences = 0;
            int count = 0;
            while (count < words) {
                String sentence = fill(
                        templates.get(random.nextInt(templates.size())), random, lang, people, organisations, vessels);
                out.append(sentence);
                count += words(sentence);
                sentences++;
                out.append(sentences % (4 + random.nextInt(3)) == 0 ? "\n\n" : " ");
            }
            return out.toString().strip() + "\n";
        }

        private static String fill(
                String template,
                Random random,
                String lang,
                List<String> people,
                List<String> organisations,
                List<String> vessels) {
            StringBuilder s = new StringBuilder();
            int i = 0;
            while (i < template.length()) {
                int open = template.indexOf('{', i);
                if (open < 0) {
                    s.append(template, i, template.length());
                    break;
                }
                s.append(template, i, open);
                int close = template.indexOf('}', open);
                String slot = template.substring(open + 1, close);
                s.append(
                        switch (slot) {
                            case "P", "P2" ->
                                random.nextInt(3) == 0
                                        ? pick(people, random)
                                        : pick(FIRST, random) + " " + capitalise(pick(LAST, random));
                            case "O", "O2" ->
                                random.nextInt(3) == 0
                                        ? pick(organisations, random)
                                        : pick(FIRM_WORDS, random) + " " + pick(FIRM_KINDS, random);
                            case "V" ->
                                random.nextInt(2) == 0
                                        ? pick(vessels, random)
                                        : pick(FIRM_WORDS, random) + " " + (1 + random.nextInt(9));
                            case "PL" -> pick(PLACES, random);
                            case "S", "S2" -> pick(SOURCES, random);
                            case "C" -> pick(COUNTRIES, random);
                            case "N", "N2" -> number(random, lang);
                            case "PC" -> Integer.toString(1 + random.nextInt(99));
                            default -> throw new IllegalStateException("template slot " + slot);
                        });
                i = close + 1;
            }
            String sentence = s.toString();
            return Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1);
        }

        private static String pick(List<String> values, Random random) {
            return values.get(random.nextInt(values.size()));
        }

        private static String capitalise(String surname) {
            return Character.toUpperCase(surname.charAt(0)) + surname.substring(1);
        }

        /** A figure in the language's format: "12,500" in English, "12.500" in Dutch and German. */
        private static String number(Random random, String lang) {
            int n = switch (random.nextInt(3)) {
                case 0 -> 2 + random.nextInt(98);
                case 1 -> 100 + random.nextInt(900);
                default -> 1000 + random.nextInt(99_000);
            };
            String s = String.format(Locale.ROOT, "%,d", n);
            return lang.equals("en") ? s : s.replace(',', '.');
        }

        /**
         * The listed parties' names as prose writes them: Latin script, two to five words, "SURNAME, Given"
         * turned round, capitals only at word starts. Sorted, so the draw depends on the seed and the lists only.
         */
        private static List<String> listed(List<Entity> entities, EntityKind kind) {
            return entities.stream()
                    .filter(e -> e.kind() == kind)
                    .map(e -> e.primaryName().full())
                    .filter(n -> n.matches("[A-Za-z ,.'-]{4,40}"))
                    .map(n -> prose(n, kind == EntityKind.PERSON))
                    .filter(n -> n.split(" ").length >= 2 && n.split(" ").length <= 5)
                    .distinct()
                    .sorted(Comparator.naturalOrder())
                    .toList();
        }

        /** "KIM, Jong Un" as "Jong Un Kim"; an organisation keeps short acronyms ("JSC", "LLC") in capitals. */
        private static String prose(String listed, boolean person) {
            String n = listed.strip();
            int comma = n.indexOf(',');
            if (person && comma > 0 && n.indexOf(',', comma + 1) < 0) {
                n = n.substring(comma + 1).strip() + " " + n.substring(0, comma).strip();
            }
            StringBuilder out = new StringBuilder();
            for (String w : n.split("\\s+")) {
                if (w.isEmpty()) {
                    continue;
                }
                if (!out.isEmpty()) {
                    out.append(' ');
                }
                boolean acronym = !person && w.length() <= 3 && w.equals(w.toUpperCase(Locale.ROOT));
                if (PARTICLES.contains(w.toLowerCase(Locale.ROOT)) && out.length() > 0) {
                    out.append(w.toLowerCase(Locale.ROOT));
                } else {
                    out.append(acronym ? w : w.charAt(0) + w.substring(1).toLowerCase(Locale.ROOT));
                }
            }
            return out.toString();
        }
    }
}
