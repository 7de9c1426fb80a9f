package io.renshe.catalog.command.internal;

import java.util.Locale;
import java.util.Map;

import io.renshe.catalog.store.DatabaseMaintenance;

/** How the maintenance commands print what they did. */
final class Sizes {

    private Sizes() {
    }

    static String bytes(long n) {
        return n >= 1024 * 1024 ? String.format(Locale.ROOT, "%.1f MB", n / (1024.0 * 1024)) : n + " bytes";
    }

    static void print(DatabaseMaintenance.Transfer transfer, String what) {
        System.out.println(what + transfer.file() + " (schema " + transfer.schema() + ")");
        for (Map.Entry<String, Long> table : transfer.rows().entrySet()) {
            System.out.println("  " + table.getKey() + ": " + table.getValue() + " rows");
        }
    }
}
