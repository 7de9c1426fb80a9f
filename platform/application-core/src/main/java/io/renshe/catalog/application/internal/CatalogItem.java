package io.renshe.catalog.application.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.renshe.catalog.api.BundleItem;
import io.renshe.catalog.api.BundleSet;
import io.renshe.catalog.api.EffectiveCatalog;
import io.renshe.catalog.api.EffectiveItem;
import io.renshe.catalog.api.Item;
import io.renshe.catalog.api.Limit;
import io.renshe.catalog.api.Material;
import io.renshe.catalog.api.Offering;
import io.renshe.catalog.api.OneThing;

/**
 * An item of an application resolved in its jurisdiction's effective catalog: which item it is, the unit that handles
 * it, the limits of its two clocks, its materials and rules, each taken from the catalog as written (see
 * docs/applications.md, "Routing and clocks").
 *
 * @param id the item's id
 * @param name its name as the one-thing or list writes it
 * @param unit the handling unit, or {@code null}
 * @param unitSource where the unit comes from, or {@code null}
 * @param statutory the statutory limit, or {@code null}
 * @param statutorySource where it comes from, or {@code null}
 * @param committed the committed limit, or {@code null}
 * @param committedSource where it comes from, or {@code null}
 * @param materials the materials the catalog writes for it
 * @param rules the rules the catalog writes for it
 * @param fingerprint a short hash of the item's catalog data: its rows, its one-thing item
 */
record CatalogItem(String id, String name, String unit, String unitSource, Limit statutory, String statutorySource,
        Limit committed, String committedSource, List<Material> materials, List<String> rules, String fingerprint) {

    /** The one-things of a jurisdiction's effective catalog, by id. */
    static Optional<OneThing> oneThing(EffectiveCatalog catalog, String id) {
        for (EffectiveCatalog.Sourced<BundleSet> set : catalog.bundleSets()) {
            for (OneThing bundle : set.value().bundles()) {
                if (bundle.id().equals(id)) {
                    return Optional.of(bundle);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Resolves an item as an application names it (code, name or alias), within a one-thing when one is applied for.
     *
     * @return the item; empty when the jurisdiction (or the one-thing) does not offer it
     */
    static Optional<CatalogItem> resolve(EffectiveCatalog catalog, OneThing oneThing, String requested) {
        String wanted = normalise(requested);
        Optional<EffectiveItem> effective = catalog.items().stream().filter(e -> matches(e.item(), wanted)).findFirst();
        if (oneThing != null) {
            for (BundleItem member : oneThing.items()) {
                boolean same = effective.map(e -> e.item().id().equals(member.item())).orElse(false)
                        || wanted.equals(normalise(member.name())) || wanted.equals(normalise(member.code()))
                        || wanted.equals(normalise(member.item()));
                if (same) {
                    EffectiveItem of = effective.filter(e -> e.item().id().equals(member.item()))
                            .or(() -> catalog.items().stream().filter(e -> e.item().id().equals(member.item())).findFirst())
                            .orElse(null);
                    return Optional.of(of(oneThing, member, of));
                }
            }
            return Optional.empty();
        }
        return effective.map(e -> of(null, null, e));
    }

    private static CatalogItem of(OneThing oneThing, BundleItem member, EffectiveItem effective) {
        List<Offering> offerings = effective == null ? List.of() : effective.offerings();
        String id = member != null ? member.item() : effective.item().id();
        String name = member != null ? member.name() : effective.item().name();

        // the unit a document states for the item: the one-thing's, else a list row's, else another one-thing's;
        // units the platform only infers (a bundle's lead units) route nothing: the front desk keeps such a task
        String unit = null;
        String unitSource = null;
        if (member != null && !member.units().isEmpty() && !member.inferred().containsKey("unit")) {
            unit = member.units().get(0);
            unitSource = "one-thing " + oneThing.id() + " item " + member.seq();
        } else {
            Offering row = first(offerings, o -> "list".equals(o.kind()) && !o.units().isEmpty()
                    && !o.inferred().contains("units"));
            if (row == null) {
                row = first(offerings, o -> !o.units().isEmpty() && !o.inferred().contains("units"));
            }
            if (row != null) {
                unit = row.units().get(0);
                unitSource = source(row);
            }
        }

        Limit committed = null;
        String committedSource = null;
        if (member != null && member.limit() != null) {
            committed = member.limit();
            committedSource = "one-thing " + oneThing.id() + " item " + member.seq();
        } else if (member != null && oneThing.limit() != null) {
            committed = oneThing.limit();
            committedSource = "one-thing " + oneThing.id() + " (its overall limit)";
        }
        Offering accelerated = first(offerings, o -> o.limitBefore() != null || o.limitAfter() != null);
        Limit statutory = null;
        String statutorySource = null;
        if (accelerated != null) {
            Limit before = accelerated.limitBefore();
            Limit after = accelerated.limitAfter();
            if (before != null) {
                statutory = before;
                statutorySource = source(accelerated) + " (limit before acceleration)";
            }
            if (committed == null && after != null) {
                boolean notAccelerated = before != null && after.meaning().effective(before.meaning()) != after.meaning();
                committed = notAccelerated ? before : after;
                committedSource = source(accelerated) + (notAccelerated ? " (未提速: the limit before applies)"
                        : " (limit after acceleration)");
            } else if (committed == null) {
                committed = before;
                committedSource = statutorySource;
            }
        }
        if (committed == null) {
            Offering row = first(offerings, o -> "list".equals(o.kind()) && o.limit() != null
                    && !o.inferred().contains("limit"));
            if (row == null) {
                row = first(offerings, o -> o.limit() != null && !o.inferred().contains("limit"));
            }
            if (row != null) {
                committed = row.limit();
                committedSource = source(row);
            }
        }
        if (statutory == null && committed != null) {
            statutory = committed;
            statutorySource = committedSource + " (the one limit stated)";
        }

        List<Material> materials = List.of();
        List<String> rules = new ArrayList<>();
        if (member != null) {
            materials = member.materials().isEmpty() ? oneThing.materials() : member.materials();
            rules.addAll(member.rules());
        }
        StringBuilder data = new StringBuilder(id).append('\n').append(offerings);
        if (member != null) {
            data.append('\n').append(member);
        }
        return new CatalogItem(id, name, unit, unitSource, statutory, statutorySource, committed, committedSource,
                materials, rules, fingerprint(data.toString()));
    }

    private static Offering first(List<Offering> offerings, java.util.function.Predicate<Offering> test) {
        return offerings.stream().filter(test).findFirst().orElse(null);
    }

    private static String source(Offering row) {
        return ("bundle".equals(row.kind()) ? "one-thing set " : "list ") + row.container() + " row " + row.seq()
                + (row.source() != null && !row.source().equals(row.jurisdiction()) ? " of " + row.source() : "");
    }

    private static boolean matches(Item item, String wanted) {
        if (wanted.equals(normalise(item.id())) || wanted.equals(normalise(item.code()))
                || wanted.equals(normalise(item.name()))) {
            return true;
        }
        return item.aliases().stream().anyMatch(alias -> wanted.equals(normalise(alias)));
    }

    /** As the catalog compares names: spaces ignored, full- and half-width brackets alike. */
    static String normalise(String text) {
        if (text == null) {
            return "";
        }
        return text.replaceAll("\\s+", "").replace('（', '(').replace('）', ')').toLowerCase(Locale.ROOT);
    }

    static String fingerprint(String data) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(data.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JVM", e);
        }
    }
}
