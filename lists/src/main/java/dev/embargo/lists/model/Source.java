package dev.embargo.lists.model;

import java.util.Arrays;
import java.util.Optional;

/** The official publications Embargo reads; {@link #code()} is the prefix of every entity id. */
public enum Source {
    UN("un", "UN Security Council Consolidated List"),
    US_OFAC_SDN("us-ofac-sdn", "US OFAC Specially Designated Nationals"),
    US_OFAC_CONS("us-ofac-cons", "US OFAC Consolidated (non-SDN) List"),
    EU_FSF("eu-fsf", "EU Consolidated Financial Sanctions List"),
    UK_OFSI("uk-ofsi", "UK OFSI Consolidated List"),
    CA_SEMA("ca-sema", "Canada Consolidated Autonomous Sanctions List (SEMA)"),
    AU_DFAT("au-dfat", "Australia DFAT Consolidated List");

    private final String code;
    private final String title;

    Source(String code, String title) {
        this.code = code;
        this.title = title;
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    public String entityId(String idInSource) {
        return code + ":" + idInSource;
    }

    public static Optional<Source> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
}
