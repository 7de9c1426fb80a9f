package io.renshe.catalog.command.internal;

import java.io.PrintStream;

import io.renshe.catalog.api.CatalogError;
import io.renshe.catalog.api.JurisdictionStatus;
import io.renshe.catalog.api.OrphanedChange;

/** Prints a jurisdiction's status and every error, one per line, as the commands show them. */
final class StatusPrinter {

    private StatusPrinter() {
    }

    static void print(PrintStream out, JurisdictionStatus status, String verb) {
        out.println(status.id() + " " + ListCommand.text(status.name()) + " [" + status.bundle() + " " + status.version()
                + "] " + verb + status.status()
                + (status.errors().isEmpty() ? "" : " (" + status.errors().size() + " errors)"));
        for (CatalogError error : status.errors()) {
            out.println("  " + error);
        }
        for (OrphanedChange orphan : status.orphans()) {
            out.println("  overlay change " + orphan.change() + " (" + (orphan.list() == null ? "unit" : orphan.list())
                    + " " + orphan.target() + ") no longer applies: " + orphan.reason());
        }
    }
}
