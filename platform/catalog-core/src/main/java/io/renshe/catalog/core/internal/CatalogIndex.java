package io.renshe.catalog.core.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import io.renshe.catalog.api.Arrangement;
import io.renshe.catalog.api.BundleItem;
import io.renshe.catalog.api.BundleSet;
import io.renshe.catalog.api.Catalog;
import io.renshe.catalog.api.CatalogError;
import io.renshe.catalog.api.Channel;
import io.renshe.catalog.api.Comparison;
import io.renshe.catalog.api.EffectiveCatalog;
import io.renshe.catalog.api.EffectiveCatalog.Sourced;
import io.renshe.catalog.api.EffectiveItem;
import io.renshe.catalog.api.HandlingLevel;
import io.renshe.catalog.api.Item;
import io.renshe.catalog.api.ItemJurisdictions;
import io.renshe.catalog.api.ItemList;
import io.renshe.catalog.api.ItemQuery;
import io.renshe.catalog.api.Jurisdiction;
import io.renshe.catalog.api.JurisdictionStatus;
import io.renshe.catalog.api.Level;
import io.renshe.catalog.api.Limit;
import io.renshe.catalog.api.ListEntry;
import io.renshe.catalog.api.Offering;
import io.renshe.catalog.api.OneThing;
import io.renshe.catalog.api.OrphanedChange;
import io.renshe.catalog.api.Provenance;
import io.renshe.catalog.api.Unit;
import io.renshe.catalog.api.overlay.UnitOverride;

/**
 * An immutable snapshot of everything the platform serves: built from the parsed bundles whenever one comes or
 * goes, then read without locks. Linking checks what a bundle cannot check alone: its parent is deployed and
 * active, its units are declared by it or an ancestor, and its jurisdiction is not provided twice.
 */
final class CatalogIndex {

    private final CoreCatalogue core;
    private final List<JurisdictionStatus> statuses;
    private final Map<String, JurisdictionStatus> statusById;
    private final Map<String, EffectiveCatalog> effective;
    /** The bundles each active jurisdiction's effective catalog was built from, itself first. */
    private final Map<String, List<ParsedBundle>> chains;
    private final Map<String, Map<String, EffectiveItem>> itemsById;
    /** Per jurisdiction, aligned with its items: the normalised names an item is searched by, joined. */
    private final Map<String, String[]> searchKeys;
    /** Per active jurisdiction: the {@linkplain Names#key key} of every unit name and alias to the unit's name. */
    private final Map<String, Map<String, String>> unitNames;
    private final Map<String, List<String>> offeredBy;
    private final Map<String, Optional<ItemJurisdictions>> offerings = new ConcurrentHashMap<>();
    /** The bundles this index was built from, by bundle id. */
    private final List<ParsedBundle> bundles;
    /** The overlays of local offices, by jurisdiction (also of jurisdictions not deployed now). */
    private final Map<String, AppliedOverlay> overlays;
    /** Per active jurisdiction: the changes of its overlay that no longer apply. */
    private final Map<String, List<OrphanedChange>> orphans;

    private CatalogIndex(CoreCatalogue core, List<ParsedBundle> bundles, List<JurisdictionStatus> statuses,
            Map<String, JurisdictionStatus> statusById, Map<String, EffectiveCatalog> effective,
            Map<String, List<ParsedBundle>> chains, Map<String, Map<String, EffectiveItem>> itemsById,
            Map<String, String[]> searchKeys, Map<String, Map<String, String>> unitNames,
            Map<String, List<String>> offeredBy, Map<String, AppliedOverlay> overlays,
            Map<String, List<OrphanedChange>> orphans) {
        this.core = core;
        this.bundles = List.copyOf(bundles);
        this.unitNames = Map.copyOf(unitNames);
        this.statuses = List.copyOf(statuses);
        this.statusById = Map.copyOf(statusById);
        this.effective = Map.copyOf(effective);
        this.chains = Map.copyOf(chains);
        this.itemsById = Map.copyOf(itemsById);
        this.searchKeys = Map.copyOf(searchKeys);
        this.offeredBy = Map.copyOf(offeredBy);
        this.overlays = Map.copyOf(overlays);
        this.orphans = Map.copyOf(orphans);
    }

    /** Which jurisdictions offer each item, ids in order: computed whole. */
    private static Map<String, List<String>> offeredBy(Map<String, Map<String, EffectiveItem>> itemsById) {
        Map<String, List<String>> by = new HashMap<>();
        for (String id : new TreeMap<>(itemsById).keySet()) {
            for (String item : itemsById.get(id).keySet()) {
                by.computeIfAbsent(item, k -> new ArrayList<>()).add(id);
            }
        }
        return by;
    }

    static CatalogIndex empty(CoreCatalogue core) {
        return build(core, List.of());
    }

    static CatalogIndex build(CoreCatalogue core, Collection<ParsedBundle> bundles) {
        return build(core, bundles, Map.of(), null);
    }

    /**
     * Builds the index of a set of bundles and overlays. The effective catalog of a jurisdiction whose bundle and
     * ancestors' bundles, and their overlays, are the same objects as in {@code previous} is taken over from it, so a
     * deploy costs what it changes.
     */
    static CatalogIndex build(CoreCatalogue core, Collection<ParsedBundle> bundles,
            Map<String, AppliedOverlay> overlays, CatalogIndex previous) {
        List<ParsedBundle> ordered = new ArrayList<>(bundles);
        ordered.sort(Comparator.comparingLong(ParsedBundle::bundleId));
        // bundles are records holding whole catalogs: identity, not value, is what tells them apart here
        Map<ParsedBundle, List<CatalogError>> errors = new IdentityHashMap<>();
        Map<String, ParsedBundle> candidates = new LinkedHashMap<>();
        for (ParsedBundle bundle : ordered) {
            List<CatalogError> own = new ArrayList<>(bundle.errors());
            String id = bundle.jurisdictionId();
            if (own.isEmpty() && id != null) {
                ParsedBundle first = candidates.putIfAbsent(id, bundle);
                if (first != null) {
                    own.add(new CatalogError(bundle.jurisdictionFile(), 1, "jurisdiction " + id
                            + " is already provided by bundle " + first.bundle() + " " + first.version()));
                }
            }
            errors.put(bundle, own);
        }
        // drop, until nothing changes, every candidate whose parent is missing or whose units are unknown
        Map<ParsedBundle, Set<String>> unitKeys = new IdentityHashMap<>();
        boolean changed = true;
        while (changed) {
            changed = false;
            for (ParsedBundle bundle : List.copyOf(candidates.values())) {
                List<CatalogError> problems = link(bundle, candidates, unitKeys);
                if (!problems.isEmpty()) {
                    candidates.remove(bundle.jurisdictionId());
                    errors.put(bundle, problems);
                    changed = true;
                }
            }
        }
        // a bundle rejected for its own errors still gets its parent and units checked, so that every error is listed
        for (ParsedBundle bundle : ordered) {
            if (!bundle.errors().isEmpty() && bundle.catalog() != null) {
                List<CatalogError> all = new ArrayList<>(errors.get(bundle));
                all.addAll(link(bundle, candidates, unitKeys));
                all.sort(Comparator.comparing(CatalogError::file).thenComparingInt(CatalogError::line));
                errors.put(bundle, all);
            }
        }
        Map<String, EffectiveCatalog> effective = new HashMap<>();
        Map<String, List<ParsedBundle>> chains = new HashMap<>();
        Map<String, Map<String, EffectiveItem>> itemsById = new HashMap<>();
        Map<String, String[]> searchKeys = new HashMap<>();
        Map<String, Map<String, String>> unitNames = new HashMap<>();
        Map<String, List<OrphanedChange>> orphans = new HashMap<>();
        for (ParsedBundle bundle : candidates.values()) {
            String id = bundle.jurisdictionId();
            List<ParsedBundle> chain = chain(bundle, candidates);
            chains.put(id, chain);
            if (previous != null && sameBundles(previous.chains.get(id), chain)
                    && sameOverlays(previous.overlays, overlays, chain)) {
                previous.takeOver(id, effective, itemsById, searchKeys, unitNames, orphans);
                continue;
            }
            index(id, effective(core, chain, overlays), effective, itemsById, searchKeys, unitNames, orphans);
        }
        List<JurisdictionStatus> statuses = new ArrayList<>();
        Map<String, JurisdictionStatus> byId = new HashMap<>();
        for (ParsedBundle bundle : ordered) {
            List<CatalogError> problems = errors.get(bundle);
            Catalog catalog = bundle.catalog();
            Jurisdiction j = catalog == null ? null : catalog.jurisdiction();
            boolean active = candidates.get(bundle.jurisdictionId()) == bundle && bundle.jurisdictionId() != null;
            JurisdictionStatus status = JurisdictionStatus.builder().id(j == null ? bundle.bundle() : j.id())
                    .name(j == null ? null : j.name()).level(j == null ? null : j.level()).parent(j == null ? null : j.parent())
                    .bundle(bundle.bundle()).version(bundle.version())
                    .status(active ? JurisdictionStatus.ACTIVE : JurisdictionStatus.REJECTED)
                    .errors(active ? List.of() : problems)
                    .orphans(active ? orphans.getOrDefault(j.id(), List.of()) : List.of()).build();
            statuses.add(status);
            if (active || !byId.containsKey(status.id())) {
                byId.put(status.id(), status);
            }
        }
        statuses.sort(Comparator.comparing(JurisdictionStatus::id).thenComparing(JurisdictionStatus::bundle));
        return new CatalogIndex(core, ordered, statuses, byId, effective, chains, itemsById, searchKeys, unitNames,
                offeredBy(itemsById), overlays, orphans);
    }

    /**
     * This index with other overlays: only the jurisdictions whose overlay changed, and those below them, are built
     * again; nothing is linked again, and which jurisdictions offer an item is updated for those alone.
     */
    CatalogIndex withOverlays(Map<String, AppliedOverlay> next) {
        Set<String> changed = new HashSet<>();
        for (String id : union(overlays.keySet(), next.keySet())) {
            if (overlays.get(id) != next.get(id)) {
                changed.add(id);
            }
        }
        if (changed.isEmpty()) {
            return this;
        }
        Map<String, EffectiveCatalog> effective = new HashMap<>(this.effective);
        Map<String, Map<String, EffectiveItem>> itemsById = new HashMap<>(this.itemsById);
        Map<String, String[]> searchKeys = new HashMap<>(this.searchKeys);
        Map<String, Map<String, String>> unitNames = new HashMap<>(this.unitNames);
        Map<String, List<OrphanedChange>> orphans = new HashMap<>(this.orphans);
        Set<String> rebuilt = new HashSet<>();
        for (Map.Entry<String, List<ParsedBundle>> chain : chains.entrySet()) {
            if (chain.getValue().stream().anyMatch(b -> changed.contains(b.jurisdictionId()))) {
                index(chain.getKey(), effective(core, chain.getValue(), next), effective, itemsById, searchKeys,
                        unitNames, orphans);
                rebuilt.add(chain.getKey());
            }
        }
        Map<String, List<String>> offeredBy = new HashMap<>(this.offeredBy);
        for (String id : rebuilt) {
            Set<String> before = this.itemsById.get(id).keySet();
            Set<String> after = itemsById.get(id).keySet();
            for (String item : union(before, after)) {
                if (before.contains(item) != after.contains(item)) {
                    List<String> offering = new ArrayList<>(offeredBy.getOrDefault(item, List.of()));
                    offering.remove(id);
                    if (after.contains(item)) {
                        offering.add(id);
                        offering.sort(Comparator.naturalOrder());
                    }
                    if (offering.isEmpty()) {
                        offeredBy.remove(item);
                    } else {
                        offeredBy.put(item, offering);
                    }
                }
            }
        }
        List<JurisdictionStatus> statuses = new ArrayList<>();
        Map<String, JurisdictionStatus> byId = new HashMap<>(statusById);
        for (JurisdictionStatus status : this.statuses) {
            if (rebuilt.contains(status.id()) && JurisdictionStatus.ACTIVE.equals(status.status())) {
                JurisdictionStatus now = status.toBuilder().orphans(orphans.getOrDefault(status.id(), List.of())).build();
                statuses.add(now);
                byId.put(now.id(), now);
            } else {
                statuses.add(status);
            }
        }
        return new CatalogIndex(core, bundles, statuses, byId, effective, chains, itemsById, searchKeys, unitNames,
                offeredBy, next, orphans);
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return all;
    }

    /** Indexes one jurisdiction's effective catalog. */
    private static void index(String id, Effective built, Map<String, EffectiveCatalog> effective,
            Map<String, Map<String, EffectiveItem>> itemsById, Map<String, String[]> searchKeys,
            Map<String, Map<String, String>> unitNames, Map<String, List<OrphanedChange>> orphans) {
        EffectiveCatalog catalog = built.catalog();
        effective.put(id, catalog);
        Map<String, EffectiveItem> items = new LinkedHashMap<>();
        catalog.items().forEach(item -> items.put(item.item().id(), item));
        itemsById.put(id, items);
        searchKeys.put(id, catalog.items().stream().map(CatalogIndex::searchKey).toArray(String[]::new));
        unitNames.put(id, Map.copyOf(unitNames(catalog.units())));
        orphans.put(id, built.orphans());
    }

    /** Takes one jurisdiction's indexed catalog over from this index. */
    private void takeOver(String id, Map<String, EffectiveCatalog> effective,
            Map<String, Map<String, EffectiveItem>> itemsById, Map<String, String[]> searchKeys,
            Map<String, Map<String, String>> unitNames, Map<String, List<OrphanedChange>> orphans) {
        effective.put(id, this.effective.get(id));
        itemsById.put(id, this.itemsById.get(id));
        searchKeys.put(id, this.searchKeys.get(id));
        unitNames.put(id, this.unitNames.get(id));
        orphans.put(id, this.orphans.getOrDefault(id, List.of()));
    }

    private static boolean sameOverlays(Map<String, AppliedOverlay> before, Map<String, AppliedOverlay> now,
            List<ParsedBundle> chain) {
        for (ParsedBundle bundle : chain) {
            if (before.get(bundle.jurisdictionId()) != now.get(bundle.jurisdictionId())) {
                return false;
            }
        }
        return true;
    }

    private static String searchKey(EffectiveItem item) {
        Set<String> keys = new LinkedHashSet<>();
        keys.add(Names.key(item.item().name()));
        item.item().aliases().forEach(a -> keys.add(Names.key(a)));
        item.offerings().forEach(o -> keys.add(Names.key(o.name())));
        return String.join("\u0000", keys);
    }

    private static boolean sameBundles(List<ParsedBundle> before, List<ParsedBundle> now) {
        if (before == null || before.size() != now.size()) {
            return false;
        }
        for (int i = 0; i < now.size(); i++) {
            if (before.get(i) != now.get(i)) {
                return false;
            }
        }
        return true;
    }

    private static List<CatalogError> link(ParsedBundle bundle, Map<String, ParsedBundle> candidates,
            Map<ParsedBundle, Set<String>> unitKeys) {
        List<CatalogError> problems = new ArrayList<>();
        Jurisdiction j = bundle.catalog().jurisdiction();
        List<ParsedBundle> chain = new ArrayList<>();
        chain.add(bundle);
        Set<String> seen = new HashSet<>();
        seen.add(j.id());
        String parentId = j.parent();
        Jurisdiction child = j;
        while (parentId != null) {
            ParsedBundle parent = candidates.get(parentId);
            if (parent == null) {
                problems.add(new CatalogError(bundle.jurisdictionFile(), bundle.parentLine(), chain.size() == 1
                        ? "unknown parent " + parentId + ": no active jurisdiction bundle provides it"
                        : "ancestor " + parentId + " (parent of " + child.id() + ") is not deployed"));
                return problems;
            }
            Jurisdiction pj = parent.catalog().jurisdiction();
            if (!seen.add(pj.id())) {
                problems.add(new CatalogError(bundle.jurisdictionFile(), bundle.parentLine(), "parent cycle through " + pj.id()));
                return problems;
            }
            if (pj.level().ordinal() >= child.level().ordinal()) {
                problems.add(new CatalogError(bundle.jurisdictionFile(), bundle.parentLine(), "parent " + pj.id() + " ("
                        + pj.level().key() + ") is not above " + child.id() + " (" + child.level().key() + ")"));
                return problems;
            }
            chain.add(parent);
            child = pj;
            parentId = pj.parent();
        }
        for (ParsedBundle.UnitRef ref : bundle.unitRefs()) {
            boolean declared = false;
            for (ParsedBundle level : chain) {
                if (unitKeys.computeIfAbsent(level, CatalogIndex::unitKeys).contains(ref.key())) {
                    declared = true;
                    break;
                }
            }
            if (!declared) {
                problems.add(new CatalogError(ref.file(), ref.line(), "unknown unit '" + ref.name()
                        + "': declare it under units of jurisdiction.yaml or of an ancestor"));
            }
        }
        return problems;
    }

    private static Set<String> unitKeys(ParsedBundle bundle) {
        Set<String> keys = new HashSet<>();
        for (Unit unit : bundle.catalog().jurisdiction().units()) {
            keys.add(Names.key(unit.name()));
            unit.aliases().forEach(a -> keys.add(Names.key(a)));
        }
        return keys;
    }

    private static List<ParsedBundle> chain(ParsedBundle bundle, Map<String, ParsedBundle> active) {
        List<ParsedBundle> chain = new ArrayList<>();
        for (ParsedBundle at = bundle; at != null; at = at.catalog().jurisdiction().parent() == null ? null
                : active.get(at.catalog().jurisdiction().parent())) {
            chain.add(at);
        }
        return chain;
    }

    /** An effective catalog, and the changes of its jurisdiction's own overlay that do not apply to it. */
    record Effective(EffectiveCatalog catalog, List<OrphanedChange> orphans) {
    }

    /**
     * The effective catalog of the first jurisdiction of a chain (itself, its parent, … up to its province). Each level
     * decides for itself: a level's {@code hide} takes out what it inherits from above, never its own elements nor those
     * of the levels below it; then its overlay changes the lists it has at that point (its own and inherited) and adds
     * its units, for itself and the levels below it.
     */
    private static Effective effective(CoreCatalogue core, List<ParsedBundle> chain,
            Map<String, AppliedOverlay> overlays) {
        ParsedBundle bundle = chain.get(0);
        Jurisdiction self = bundle.catalog().jurisdiction();
        List<String> ancestors = chain.subList(1, chain.size()).stream().map(ParsedBundle::jurisdictionId).toList();
        Map<String, Sourced<ItemList>> lists = new LinkedHashMap<>();
        Map<String, Sourced<BundleSet>> sets = new LinkedHashMap<>();
        Map<String, Sourced<Arrangement>> arrangements = new LinkedHashMap<>();
        Map<String, Sourced<Unit>> units = new LinkedHashMap<>();
        List<OrphanedChange> orphans = new ArrayList<>();
        AppliedOverlay own = overlays.get(self.id());
        if (own != null) {
            orphans.addAll(own.unreadable());
        }
        List<Set<String>> hides = new ArrayList<>();
        for (ParsedBundle level : chain) {
            Set<String> keys = new HashSet<>();
            level.catalog().jurisdiction().hidden().forEach(h -> keys.add(Names.key(h)));
            hides.add(keys);
        }
        for (int i = chain.size() - 1; i >= 0; i--) {
            Catalog level = chain.get(i).catalog();
            String source = level.jurisdiction().id();
            boolean inherited = i > 0;
            Set<String> hidden = hides.get(i);
            lists.keySet().removeIf(id -> hidden.contains(Names.key(id)));
            sets.keySet().removeIf(id -> hidden.contains(Names.key(id)));
            arrangements.keySet().removeIf(id -> hidden.contains(Names.key(id)));
            layer(lists, level.lists(), ItemList::id, source, inherited);
            layer(sets, level.bundleSets(), BundleSet::id, source, inherited);
            layer(arrangements, level.arrangements(), Arrangement::id, source, inherited);
            layer(units, level.jurisdiction().units(), u -> Names.key(u.name()), source, inherited);
            AppliedOverlay overlay = overlays.get(source);
            if (overlay != null) {
                overlay(overlay, lists, units, inherited, inherited ? new ArrayList<>() : orphans);
            }
        }
        Map<String, String> unitNames = unitNames(units.values());
        Function<List<String>, List<String>> canonical = names -> names.stream()
                .map(n -> unitNames.getOrDefault(Names.key(n), n)).distinct().toList();
        Map<String, Integer> depth = new HashMap<>();
        for (int i = 0; i < chain.size(); i++) {
            depth.put(chain.get(i).jurisdictionId(), i);
        }

        Map<String, ItemBuilder> items = new LinkedHashMap<>();
        for (int i = chain.size() - 1; i >= 0; i--) {
            String definedBy = chain.get(i).jurisdictionId();
            for (Item local : chain.get(i).catalog().jurisdiction().items()) {
                items.computeIfAbsent(local.id(), k -> new ItemBuilder(local)).declare(definedBy, depth.get(definedBy));
            }
        }
        for (Sourced<ItemList> sourced : lists.values()) {
            ItemList list = sourced.value();
            for (ListEntry entry : list.entries()) {
                // a row an office's overlay put is that office's, wherever its list comes from
                String source = entry.provenance() != null ? entry.provenance().jurisdiction() : list.source();
                Item item = item(core, entry.item(), entry.local(), entry.name(), source);
                List<HandlingLevel> levels = entry.levels().isEmpty()
                        ? derivedLevels(entry.channels(), null, levelOf(chain, source))
                        : entry.levels().stream().map(d -> d.level()).toList();
                Offering offering = Offering.builder().jurisdiction(self.id()).source(source).kind("list")
                        .container(list.id()).title(list.title()).seq(entry.seq()).name(entry.name()).levels(levels)
                        .channels(entry.channels()).units(canonical.apply(entry.units())).limit(entry.limit())
                        .limitBefore(entry.limitBefore()).limitAfter(entry.limitAfter()).inferred(inferred(entry))
                        .provenance(entry.provenance()).build();
                items.computeIfAbsent(item.id(), k -> new ItemBuilder(item))
                        .offer(offering, depth.get(source), entry.category(), entry.applicants());
            }
        }
        for (Sourced<BundleSet> sourced : sets.values()) {
            BundleSet set = sourced.value();
            Level sourceLevel = levelOf(chain, set.source());
            for (OneThing oneThing : set.bundles()) {
                List<Channel> channels = channelsOf(oneThing.place());
                for (BundleItem bi : oneThing.items()) {
                    Item item = item(core, bi.item(), bi.local(), bi.name(), set.source());
                    Offering offering = Offering.builder().jurisdiction(self.id()).source(set.source()).kind("bundle")
                            .container(oneThing.id()).title(oneThing.name()).seq(bi.seq()).name(bi.name())
                            .levels(derivedLevels(channels, oneThing.level(), sourceLevel)).channels(channels)
                            .units(canonical.apply(bi.units().isEmpty() ? oneThing.lead() : bi.units()))
                            .limit(bi.limit() != null ? bi.limit() : oneThing.limit()).inferred(inferred(oneThing, bi)).build();
                    items.computeIfAbsent(item.id(), k -> new ItemBuilder(item))
                            .offer(offering, depth.get(set.source()), null, List.of());
                }
            }
        }
        List<EffectiveItem> effectiveItems = new ArrayList<>();
        for (ItemBuilder builder : items.values()) {
            EffectiveItem item = builder.build(self.id(), hiddenFrom(builder.item, hides));
            if (item != null) {
                effectiveItems.add(item);
            }
        }
        orphans.sort(Comparator.comparingLong(OrphanedChange::change));
        return new Effective(EffectiveCatalog.builder().jurisdiction(self).version(bundle.version()).ancestors(ancestors)
                .units(List.copyOf(units.values())).items(effectiveItems).lists(List.copyOf(lists.values()))
                .bundleSets(List.copyOf(sets.values())).arrangements(List.copyOf(arrangements.values())).build(),
                List.copyOf(orphans));
    }

    /**
     * Applies one level's overlay to what that level has: its units are added (unless a unit of that name or alias is
     * there now), its entries put into or hidden from the lists. What does not apply is told to {@code orphans}.
     */
    private static void overlay(AppliedOverlay overlay, Map<String, Sourced<ItemList>> lists,
            Map<String, Sourced<Unit>> units, boolean inherited, List<OrphanedChange> orphans) {
        Set<String> unitKeys = new HashSet<>();
        for (Sourced<Unit> unit : units.values()) {
            unitKeys.add(Names.key(unit.value().name()));
            unit.value().aliases().forEach(a -> unitKeys.add(Names.key(a)));
        }
        for (UnitOverride added : overlay.units()) {
            Unit unit = added.unit();
            String taken = unitKeys.contains(Names.key(unit.name())) ? unit.name()
                    : unit.aliases().stream().filter(a -> unitKeys.contains(Names.key(a))).findFirst().orElse(null);
            if (taken != null) {
                orphans.add(new OrphanedChange(added.provenance().overlay(), null, unit.name(), "the unit '" + taken
                        + "' is declared by a bundle now"));
                continue;
            }
            units.put(Names.key(unit.name()), new Sourced<>(unit, inherited ? added.provenance().asInherited()
                    : added.provenance()));
        }
        for (Map.Entry<String, Map<String, AppliedOverlay.Override>> changed : overlay.entries().entrySet()) {
            String listId = changed.getKey();
            Sourced<ItemList> sourced = lists.get(listId);
            if (sourced == null) {
                changed.getValue().values().forEach(o -> orphans.add(new OrphanedChange(o.change(), listId,
                        seqOf(changed.getValue(), o), "the list " + listId + " is not in the catalog any more")));
                continue;
            }
            Map<String, ListEntry> bySeq = new LinkedHashMap<>();
            sourced.value().entries().forEach(e -> bySeq.put(e.seq(), e));
            for (Map.Entry<String, AppliedOverlay.Override> entry : changed.getValue().entrySet()) {
                String seq = entry.getKey();
                AppliedOverlay.Override override = entry.getValue();
                boolean there = bySeq.containsKey(seq);
                if (!there && override.replaces()) {
                    orphans.add(new OrphanedChange(override.change(), listId, seq, "the entry " + seq + " is not in the list "
                            + listId + " any more"));
                } else if (override.entry() == null) {
                    bySeq.remove(seq);
                } else {
                    bySeq.put(seq, override.entry());
                }
            }
            lists.put(listId, new Sourced<>(sourced.value().toBuilder().entries(List.copyOf(bySeq.values())).build(),
                    sourced.provenance()));
        }
    }

    private static String seqOf(Map<String, AppliedOverlay.Override> bySeq, AppliedOverlay.Override override) {
        for (Map.Entry<String, AppliedOverlay.Override> entry : bySeq.entrySet()) {
            if (entry.getValue() == override) {
                return entry.getKey();
            }
        }
        return null;
    }

    /**
     * The nearest level of the chain that hides an item: offerings from levels above it are not offered. The chain's
     * length when no level hides it.
     */
    private static int hiddenFrom(Item item, List<Set<String>> hides) {
        for (int i = 0; i < hides.size(); i++) {
            Set<String> hidden = hides.get(i);
            if (hidden.isEmpty()) {
                continue;
            }
            if (hidden.contains(Names.key(item.id())) || hidden.contains(Names.key(item.name()))
                    || (item.code() != null && hidden.contains(item.code()))
                    || item.aliases().stream().anyMatch(a -> hidden.contains(Names.key(a)))) {
                return i;
            }
        }
        return hides.size();
    }

    /** The key of every unit name and alias to the unit's name; a name wins over another unit's alias. */
    private static Map<String, String> unitNames(Collection<Sourced<Unit>> units) {
        Map<String, String> names = new HashMap<>();
        for (Sourced<Unit> unit : units) {
            names.put(Names.key(unit.value().name()), unit.value().name());
        }
        for (Sourced<Unit> unit : units) {
            unit.value().aliases().forEach(a -> names.putIfAbsent(Names.key(a), unit.value().name()));
        }
        return names;
    }

    private static <T> void layer(Map<String, Sourced<T>> into, List<T> values, Function<T, String> id, String source,
            boolean inherited) {
        for (T value : values) {
            boolean overrides = into.containsKey(id.apply(value));
            into.remove(id.apply(value));
            into.put(id.apply(value), new Sourced<>(value, new Provenance(source, inherited, overrides)));
        }
    }

    private static Level levelOf(List<ParsedBundle> chain, String id) {
        for (ParsedBundle b : chain) {
            if (b.jurisdictionId().equals(id)) {
                return b.catalog().jurisdiction().level();
            }
        }
        return null;
    }

    /** What a list row does not state for its offering: its levels unless it names them, and what the file marks. */
    static List<String> inferred(ListEntry entry) {
        Set<String> inferred = new LinkedHashSet<>();
        if (entry.levels().isEmpty()) {
            inferred.add("levels");
        }
        marked(entry.inferred().keySet(), inferred);
        return List.copyOf(inferred);
    }

    /**
     * What a bundle item does not state for its offering: its levels and channels (derived from the bundle), its units
     * and limit when they are the bundle's, and what the file marks.
     */
    static List<String> inferred(OneThing bundle, BundleItem item) {
        Set<String> inferred = new LinkedHashSet<>(List.of("levels", "channels"));
        if (item.units().isEmpty() && !bundle.lead().isEmpty()) {
            inferred.add("units");
        }
        if (item.limit() == null && bundle.limit() != null) {
            inferred.add("limit");
        }
        marked(item.inferred().keySet(), inferred);
        return List.copyOf(inferred);
    }

    /** The offering's name of each field a catalog file marks inferred ({@code code} and {@code item}: its item). */
    private static void marked(Set<String> fields, Set<String> into) {
        for (String field : fields) {
            switch (field) {
                case "code", "item" -> into.add("item");
                case "unit", "units" -> into.add("units");
                case "levels", "channels", "limit", "limitBefore", "limitAfter" -> into.add(field);
                default -> { }
            }
        }
    }

    /** Levels of an offering that names none: from its channels, its bundle's level text, or its jurisdiction. */
    static List<HandlingLevel> derivedLevels(List<Channel> channels, String levelText, Level jurisdictionLevel) {
        Set<HandlingLevel> levels = new LinkedHashSet<>();
        if (levelText != null) {
            if (levelText.contains("区级") || levelText.contains("县级") || levelText.contains("区县")) {
                levels.add(HandlingLevel.DISTRICT);
            }
            if (levelText.contains("乡镇") || levelText.contains("街道")) {
                levels.add(HandlingLevel.TOWN);
            }
            if (levelText.contains("村") || levelText.contains("社区")) {
                levels.add(HandlingLevel.VILLAGE);
            }
        }
        if (jurisdictionLevel == Level.DISTRICT && (channels.contains(Channel.WINDOW) || levels.isEmpty())) {
            levels.add(HandlingLevel.DISTRICT);
        }
        if (jurisdictionLevel == Level.TOWN) {
            levels.add(HandlingLevel.TOWN);
        }
        if (channels.contains(Channel.COMMUNITY) || channels.contains(Channel.VILLAGE) || jurisdictionLevel == Level.VILLAGE) {
            levels.add(HandlingLevel.VILLAGE);
        }
        List<HandlingLevel> ordered = new ArrayList<>(levels);
        ordered.sort(Comparator.naturalOrder());
        return ordered;
    }

    /** Channels of a one-thing bundle from its place and method text. */
    static List<Channel> channelsOf(String place) {
        List<Channel> channels = new ArrayList<>();
        if (place == null) {
            return channels;
        }
        if (place.contains("现场") || place.contains("窗口") || place.contains("大厅")) {
            channels.add(Channel.WINDOW);
        }
        if (place.contains("网上") || place.contains("线上") || place.contains("APP") || place.contains("网办")) {
            channels.add(Channel.ONLINE);
        }
        return channels;
    }

    private static Item item(CoreCatalogue core, String id, boolean local, String name, String jurisdiction) {
        if (!local) {
            Optional<Item> found = core.find(id);
            if (found.isPresent()) {
                return found.get();
            }
        }
        return Item.builder().id(id).name(name).local(true).jurisdiction(jurisdiction).build();
    }

    /** Gathers what a jurisdiction's chain says of one item: where it is declared and offered, at which depth. */
    private static final class ItemBuilder {
        final Item item;
        String declaredBy;
        int declaredAt = -1;
        final List<Offering> offerings = new ArrayList<>();
        final List<Integer> depths = new ArrayList<>();
        final List<String> categories = new ArrayList<>();
        final List<List<String>> applicants = new ArrayList<>();

        ItemBuilder(Item item) {
            this.item = item;
        }

        void declare(String jurisdiction, int depth) {
            if (declaredBy == null) {
                declaredBy = jurisdiction;
                declaredAt = depth;
            }
        }

        void offer(Offering offering, int depth, String entryCategory, List<String> entryApplicants) {
            offerings.add(offering);
            depths.add(depth);
            categories.add(entryCategory);
            applicants.add(entryApplicants);
        }

        /** The item as offered, leaving out what a level at depth {@code hiddenFrom} or nearer hides; or null. */
        EffectiveItem build(String self, int hiddenFrom) {
            boolean declared = declaredBy != null && declaredAt <= hiddenFrom;
            List<Offering> kept = new ArrayList<>();
            String category = item.category();
            Set<String> applicantTypes = new LinkedHashSet<>(item.applicants());
            Set<HandlingLevel> levels = new LinkedHashSet<>();
            Set<Channel> channels = new LinkedHashSet<>();
            Set<String> units = new LinkedHashSet<>();
            boolean inherited = true;
            for (int i = 0; i < offerings.size(); i++) {
                if (depths.get(i) > hiddenFrom) {
                    continue;
                }
                Offering o = offerings.get(i);
                kept.add(o);
                if (category == null) {
                    category = categories.get(i);
                }
                applicantTypes.addAll(applicants.get(i));
                levels.addAll(o.levels());
                channels.addAll(o.channels());
                units.addAll(o.units());
                inherited &= !o.source().equals(self);
            }
            if (kept.isEmpty() && !declared) {
                return null;
            }
            if (kept.isEmpty()) {
                inherited = !declaredBy.equals(self);
            }
            List<HandlingLevel> sortedLevels = new ArrayList<>(levels);
            sortedLevels.sort(Comparator.naturalOrder());
            List<Channel> sortedChannels = new ArrayList<>(channels);
            sortedChannels.sort(Comparator.naturalOrder());
            Item merged = item.toBuilder().category(category).applicants(List.copyOf(applicantTypes)).build();
            return new EffectiveItem(merged, sortedLevels, sortedChannels, List.copyOf(units), kept,
                    new Provenance(kept.isEmpty() ? declaredBy : kept.get(0).source(), inherited, false));
        }
    }

    // reads

    List<JurisdictionStatus> statuses() {
        return statuses;
    }

    Optional<JurisdictionStatus> status(String id) {
        return Optional.ofNullable(statusById.get(id));
    }

    Optional<EffectiveCatalog> effective(String id) {
        return Optional.ofNullable(effective.get(id));
    }

    List<Item> catalogue() {
        return core.items();
    }

    Optional<Item> item(String codeOrName) {
        return core.find(codeOrName);
    }

    Optional<List<EffectiveItem>> items(String id, ItemQuery query) {
        EffectiveCatalog catalog = effective.get(id);
        if (catalog == null) {
            return Optional.empty();
        }
        String unit = query.unit() == null ? null : unitNames.get(id).getOrDefault(Names.key(query.unit()), query.unit());
        String text = query.text() == null ? null : Names.key(query.text());
        String[] keys = searchKeys.get(id);
        List<EffectiveItem> all = catalog.items();
        List<EffectiveItem> result = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            EffectiveItem item = all.get(i);
            if (matches(item, query, unit) && (text == null || keys[i].contains(text))) {
                result.add(item);
            }
        }
        return Optional.of(result);
    }

    /** The name of a unit of an active jurisdiction, found by its name or an alias compared as names are. */
    Optional<String> unit(String id, String nameOrAlias) {
        Map<String, String> names = unitNames.get(id);
        return names == null || nameOrAlias == null ? Optional.empty() : Optional.ofNullable(names.get(Names.key(nameOrAlias)));
    }

    private static boolean matches(EffectiveItem item, ItemQuery query, String unit) {
        if (query.level() != null && !item.levels().contains(query.level())) {
            return false;
        }
        if (query.channel() != null && !item.channels().contains(query.channel())) {
            return false;
        }
        if (unit != null && !item.units().contains(unit)) {
            return false;
        }
        if (query.category() != null && !query.category().key().equals(item.item().category())) {
            return false;
        }
        if (query.applicant() != null && !item.item().applicants().contains(query.applicant().key())) {
            return false;
        }
        return true;
    }

    /** The bundles this index holds, in bundle id order. */
    List<ParsedBundle> bundles() {
        return bundles;
    }

    /** The overlays this index applies, by jurisdiction. */
    Map<String, AppliedOverlay> overlays() {
        return overlays;
    }



    Optional<ItemJurisdictions> offerings(String codeOrName) {
        if (codeOrName == null) {
            return Optional.empty();
        }
        Optional<Item> catalogued = core.find(codeOrName);
        String id = catalogued.map(Item::id).orElse(codeOrName.strip());
        if (catalogued.isEmpty() && !offeredBy.containsKey(id)) {
            return Optional.empty();
        }
        // keyed by item id, of which there are only as many as the catalogs name
        return offerings.computeIfAbsent(id, k -> Optional.of(computeOfferings(k, catalogued.orElse(null))));
    }

    private ItemJurisdictions computeOfferings(String id, Item catalogued) {
        Item item = catalogued;
        List<ItemJurisdictions.Entry> entries = new ArrayList<>();
        for (String jid : offeredBy.getOrDefault(id, List.of())) {
            EffectiveItem ei = itemsById.get(jid).get(id);
            if (item == null) {
                item = ei.item();
            }
            Set<String> limits = new LinkedHashSet<>();
            for (Offering o : ei.offerings()) {
                addLimit(limits, o.limit());
                addLimit(limits, o.limitAfter());
            }
            entries.add(new ItemJurisdictions.Entry(jid, effective.get(jid).jurisdiction().name(), ei.levels(),
                    ei.channels(), List.copyOf(limits), ei.offerings()));
        }
        return new ItemJurisdictions(item, entries);
    }

    private static void addLimit(Set<String> limits, Limit limit) {
        if (limit != null) {
            limits.add(limit.text());
        }
    }

    Optional<Comparison> compare(String a, String b) {
        Map<String, EffectiveItem> left = itemsById.get(a);
        Map<String, EffectiveItem> right = itemsById.get(b);
        if (left == null || right == null) {
            return Optional.empty();
        }
        List<Comparison.Both> both = new ArrayList<>();
        List<Item> onlyA = new ArrayList<>();
        List<Item> onlyB = new ArrayList<>();
        for (EffectiveItem item : left.values()) {
            EffectiveItem other = right.get(item.item().id());
            if (other == null) {
                onlyA.add(item.item());
                continue;
            }
            List<Comparison.Difference> differences = new ArrayList<>();
            difference(differences, "limit", limits(item), limits(other));
            difference(differences, "level", item.levels().stream().map(HandlingLevel::key).toList(),
                    other.levels().stream().map(HandlingLevel::key).toList());
            difference(differences, "channel", item.channels().stream().map(Channel::key).toList(),
                    other.channels().stream().map(Channel::key).toList());
            difference(differences, "unit", item.units(), other.units());
            both.add(new Comparison.Both(item.item(), differences));
        }
        for (EffectiveItem item : right.values()) {
            if (!left.containsKey(item.item().id())) {
                onlyB.add(item.item());
            }
        }
        return Optional.of(new Comparison(a, b, both, onlyA, onlyB));
    }

    private static List<String> limits(EffectiveItem item) {
        Set<String> limits = new LinkedHashSet<>();
        for (Offering o : item.offerings()) {
            addLimit(limits, o.limitAfter() != null ? o.limitAfter() : o.limit());
        }
        return List.copyOf(limits);
    }

    private static void difference(List<Comparison.Difference> into, String aspect, List<String> a, List<String> b) {
        if (!new HashSet<>(a).equals(new HashSet<>(b))) {
            into.add(new Comparison.Difference(aspect, a, b));
        }
    }
}
