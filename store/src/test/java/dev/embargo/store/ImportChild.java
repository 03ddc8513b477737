package dev.embargo.store;

import java.nio.file.Path;

/**
 * The process {@link KillDuringImportTest} kills: imports a file into a store in small transactions and prints
 * "ack ROWS LAST_ID" after each commit, the acknowledgement a caller may rely on.
 */
public final class ImportChild {
    private ImportChild() {}

    public static void main(String[] args) throws Exception {
        String url = args[0];
        Path file = Path.of(args[1]);
        Path lists = Path.of(args[2]);
        RecordScreening screening = new RecordScreening(ListsSnapshot.load(lists), 0.85);
        try (Store store = Store.open(url)) {
            System.out.println("ready");
            System.out.flush();
            new Portfolio(store, 100).importFile(file, false, screening, "child", c -> {
                System.out.println("ack " + c.rows() + " " + c.lastId());
                System.out.flush();
            });
        }
        System.out.println("done");
        System.out.flush();
    }
}
