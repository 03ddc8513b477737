package dev.embargo.store;

import java.nio.file.Path;
import java.util.List;

/**
 * The process {@link KillDuringRescreenAndDecisionTest} kills. {@code rescreen URL LISTS}: screens the whole
 * portfolio again against LISTS in small pages, printing "ack SCREENED" after each page is committed and "done"
 * when the run is finished. {@code decide URL}: clears the open alerts one by one, printing "ack ALERT_ID" after
 * each decision is committed, the acknowledgement a reviewer's browser would get.
 */
public final class StoreChild {
    private StoreChild() {}

    public static void main(String[] args) throws Exception {
        String url = args[1];
        try (Store store = Store.open(url)) {
            switch (args[0]) {
                case "rescreen" -> {
                    RecordScreening screening = new RecordScreening(ListsSnapshot.load(Path.of(args[2])), 0.85);
                    new Rescreening(store, 50, screened -> ack(Long.toString(screened))).full(screening, "child");
                }
                case "decide" -> {
                    Review review = new Review(store, Review.Policy.defaults());
                    List<Alert> open = review.alerts(AlertState.OPEN, null, 1000, 0);
                    for (Alert a : open) {
                        review.decide(
                                a.id(),
                                a.version(),
                                Review.Action.CLEAR,
                                "child",
                                Review.Policy.DEFAULT_REASONS.getFirst(),
                                "killed at any moment");
                        ack(Long.toString(a.id()));
                    }
                }
                default -> throw new IllegalArgumentException("expected rescreen or decide, got " + args[0]);
            }
        }
        System.out.println("done");
        System.out.flush();
    }

    private static void ack(String what) {
        System.out.println("ack " + what);
        System.out.flush();
    }
}
