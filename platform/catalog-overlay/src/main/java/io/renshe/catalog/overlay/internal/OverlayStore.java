package io.renshe.catalog.overlay.internal;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.renshe.catalog.api.CatalogService;
import io.renshe.catalog.api.EffectiveCatalog;
import io.renshe.catalog.api.EffectiveCatalog.Sourced;
import io.renshe.catalog.api.EffectiveItem;
import io.renshe.catalog.api.ItemList;
import io.renshe.catalog.api.JurisdictionStatus;
import io.renshe.catalog.api.ListEntry;
import io.renshe.catalog.api.OrphanedChange;
import io.renshe.catalog.api.ServiceUnavailableException;
import io.renshe.catalog.api.Unit;
import io.renshe.catalog.api.event.PlatformEvents;
import io.renshe.catalog.api.overlay.Change;
import io.renshe.catalog.api.overlay.ChangeAction;
import io.renshe.catalog.api.overlay.ChangeConflictException;
import io.renshe.catalog.api.overlay.ChangeOutcome;
import io.renshe.catalog.api.overlay.ChangeRequest;
import io.renshe.catalog.api.overlay.EntryCheck;
import io.renshe.catalog.api.overlay.EntryEdit;
import io.renshe.catalog.api.overlay.EntryError;
import io.renshe.catalog.api.overlay.EntryShape;
import io.renshe.catalog.api.overlay.InvalidChangeException;
import io.renshe.catalog.api.overlay.ListVersions;
import io.renshe.catalog.api.overlay.Lock;
import io.renshe.catalog.api.overlay.LockedFieldException;
import io.renshe.catalog.api.health.ReadinessCheck;
import io.renshe.catalog.api.overlay.OverlayCatalog;
import io.renshe.catalog.api.overlay.OverlayEvents;
import io.renshe.catalog.api.overlay.OverlayService;
import io.renshe.catalog.api.overlay.StaleVersionException;
import io.renshe.catalog.api.overlay.UnknownTargetException;
import io.renshe.catalog.api.overlay.VersionRequiredException;
import io.renshe.catalog.store.PlatformDatabase;

/**
 * The overlay store: the changes of local offices in the platform database (migration track {@value #TRACK}), folded
 * into the overlays the catalog serves from memory ({@link OverlayCatalog}).
 * <p>
 * When the database arrives, every change is read and folded in, on this component's own thread, and the catalog gets
 * the overlays; while the database is away the catalog keeps serving them and writes answer 503. A write is checked
 * whole (the list's version, the catalog's own rules of an entry, the locks), written in one transaction under the
 * database's change sequence, folded in, and handed to the catalog before the call returns; writes are one at a time.
 * When this component stops, the catalog stops serving the overlays.
 * <p>
 * Several nodes on one database: every {@code poll.millis} the store reads the changes above the last one it folded
 * in (a change feed on the commit-ordered change ids, never a full reload) and serves them. A write that finds the
 * database ahead of what it folded in all the same reads the new changes, hands them to the catalog, and checks the
 * request again.
 */
@Component(service = { OverlayService.class, ReadinessCheck.class }, immediate = true,
        configurationPid = OverlayStore.PID)
@Designate(ocd = OverlayStoreConfiguration.class)
public final class OverlayStore implements OverlayService, ReadinessCheck {

    static final String TRACK = "overlay";
    static final String PID = "io.renshe.catalog.overlay";
    static final int MAX_REASON = 2000;
    static final int MAX_USER = 200;
    private static final Logger LOG = LoggerFactory.getLogger(OverlayStore.class);

    private final OverlayCatalog overlays;
    private final CatalogService catalog;
    private final ChangeTable table = new ChangeTable();
    private final Clock clock;
    private final ScheduledExecutorService loader = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "renshe-overlay");
        thread.setDaemon(true);
        return thread;
    });
    /** Guards the state, the database and every write. */
    private final Object lock = new Object();
    private OverlayState state = new OverlayState();
    private volatile DataSource database;
    /** Whether the changes of the present database are read and served; read without the lock by readiness. */
    private volatile boolean loaded;
    /** Whether the changes were read once: the catalog serves them from then on, even while the database is away. */
    private volatile boolean served;
    private boolean feedFailing;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile EventAdmin events;

    @Activate
    public OverlayStore(@Reference OverlayCatalog overlays, @Reference CatalogService catalog,
            OverlayStoreConfiguration configuration) {
        this(overlays, catalog, Clock.systemUTC(), configuration.poll_millis());
    }

    /** A store; {@code pollMillis} &gt; 0 starts the change feed. */
    OverlayStore(OverlayCatalog overlays, CatalogService catalog, Clock clock, long pollMillis) {
        this.overlays = overlays;
        this.catalog = catalog;
        this.clock = clock;
        if (pollMillis > 0) {
            loader.scheduleWithFixedDelay(this::follow, pollMillis, pollMillis, TimeUnit.MILLISECONDS);
        }
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY,
            target = "(" + PlatformDatabase.SCHEMA + "=" + TRACK + ")")
    void bindDatabase(DataSource dataSource) {
        synchronized (lock) {
            database = dataSource;
            loaded = false;
        }
        try {
            loader.execute(() -> load(dataSource));
        } catch (RejectedExecutionException stopping) {
            LOG.debug("The overlay store is stopping: the database is not read");
        }
    }

    void unbindDatabase(DataSource dataSource) {
        synchronized (lock) {
            if (database == dataSource) {
                database = null;
                loaded = false;
            }
        }
    }

    @Deactivate
    void deactivate() {
        loader.shutdownNow();
        try {
            loader.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        overlays.clear();
    }

    /** Reads every change of a database that just arrived, and serves the overlays they make. */
    void load(DataSource dataSource) {
        synchronized (lock) {
            if (database != dataSource) {
                return;
            }
            try {
                OverlayState next = new OverlayState();
                next.fold(table.since(dataSource, 0));
                Set<String> changed = new HashSet<>(state.jurisdictions());
                changed.addAll(next.jurisdictions());
                state = next;
                loaded = true;
                served = true;
                overlays.apply(changed.stream().map(next::overlay).toList());
                feedFailing = false;
                LOG.info("Overlays of {} jurisdictions read, up to change {}", next.jurisdictions().size(),
                        next.lastId());
            } catch (SQLException | RuntimeException e) {
                if (!feedFailing) {
                    feedFailing = true;
                    LOG.error("The overlays cannot be read from the database: {}; the catalog serves the overlays it "
                            + "had, and the store tries again", e.toString(), e);
                }
            }
        }
    }

    /**
     * The change feed: serves the changes other nodes wrote since the last one folded in. While the first read of the
     * database has failed, it is tried again instead.
     */
    void follow() {
        synchronized (lock) {
            if (database == null) {
                return;
            }
            if (!loaded) {
                load(database);
                return;
            }
            try {
                long from = state.lastId();
                Set<String> changed = state.fold(table.since(database, from));
                if (!changed.isEmpty()) {
                    serve(changed);
                    LOG.info("Overlays of {} read from the database, changes {} to {}", changed, from + 1,
                            state.lastId());
                }
                if (feedFailing) {
                    feedFailing = false;
                    LOG.info("The overlays' change feed reads the database again");
                }
            } catch (SQLException | RuntimeException e) {
                if (!feedFailing) {
                    feedFailing = true;
                    LOG.warn("The overlays' change feed cannot read the database: {}; the catalog serves the overlays "
                            + "it had, and tries again", e.toString());
                }
            }
        }
    }

    /**
     * {@code overlays}: ready once the offices' changes were read from the database and served. Until then the catalog
     * would serve the lists without them, so a node that has just started takes no traffic. While the database is away
     * later, the catalog serves the changes it had: the {@code database} check says what is down.
     */
    @Override
    public String name() {
        return "overlays";
    }

    @Override
    public Readiness readiness() {
        if (loaded) {
            return Readiness.ready("the offices' changes are read and served");
        }
        if (served) {
            return Readiness.ready("the offices' changes are served as last read; the database is being read again");
        }
        return Readiness.notReady(database == null ? "waiting for the platform database"
                : "reading the offices' changes from the database");
    }

    /** The database, once its overlays are read; a 503 otherwise. Under the lock. */
    private DataSource database() {
        if (database == null) {
            throw new ServiceUnavailableException("The platform database is down: overlays can be read from the catalog "
                    + "but not changed now (see /api/health)");
        }
        if (!loaded) {
            throw new ServiceUnavailableException("The overlays are being read from the database: try again in a moment");
        }
        return database;
    }

    // reads

    @Override
    public Optional<String> version(String jurisdiction, String list) {
        return served(jurisdiction, list).map(ListVersions::of);
    }

    private Optional<Sourced<ItemList>> served(String jurisdiction, String list) {
        return catalog.catalog(jurisdiction).flatMap(c -> c.lists().stream().filter(l -> l.value().id().equals(list))
                .findFirst());
    }

    private Sourced<ItemList> requireList(String jurisdiction, String list) {
        EffectiveCatalog effective = requireCatalog(jurisdiction);
        return effective.lists().stream().filter(l -> l.value().id().equals(list)).findFirst()
                .orElseThrow(() -> new UnknownTargetException("Jurisdiction " + jurisdiction + " has no list " + list));
    }

    private EffectiveCatalog requireCatalog(String jurisdiction) {
        return catalog.catalog(jurisdiction).orElseThrow(() -> new UnknownTargetException(
                catalog.jurisdiction(jurisdiction).isPresent() ? "Jurisdiction " + jurisdiction + " is not active: see "
                        + "/api/jurisdictions/" + jurisdiction : "No jurisdiction " + jurisdiction));
    }

    @Override
    public List<EntryError> validate(String jurisdiction, String list, List<EntryEdit> edits) {
        Sourced<ItemList> served = requireList(jurisdiction, list);
        EntryCheck check = overlays.check(jurisdiction, list, edits);
        List<EntryError> errors = new ArrayList<>(check.errors());
        synchronized (lock) {
            for (Violation violation : violations(jurisdiction, served.value(), edits, check)) {
                errors.add(violation.error());
            }
        }
        errors.sort((a, b) -> Integer.compare(a.edit(), b.edit()));
        return errors;
    }

    @Override
    public List<Change> changes(String jurisdiction, Long before, int limit) {
        if (limit < 1 || limit > MAX_CHANGES) {
            throw new IllegalArgumentException("limit must be 1 to " + MAX_CHANGES + ": " + limit);
        }
        DataSource db;
        synchronized (lock) {
            db = database();
        }
        try {
            Set<Long> orphaned = orphaned(jurisdiction);
            return table.history(db, jurisdiction, before, limit).stream()
                    .map(c -> c.toChange(orphaned.contains(c.id()))).toList();
        } catch (SQLException e) {
            throw unavailable("read the history of " + jurisdiction, e);
        }
    }

    @Override
    public Optional<Change> change(String jurisdiction, long id) {
        DataSource db;
        synchronized (lock) {
            db = database();
        }
        try {
            return table.one(db, jurisdiction, id).map(c -> c.toChange(orphaned(jurisdiction).contains(c.id())));
        } catch (SQLException e) {
            throw unavailable("read change " + id, e);
        }
    }

    private Set<Long> orphaned(String jurisdiction) {
        Set<Long> ids = new HashSet<>();
        catalog.jurisdiction(jurisdiction).ifPresent(s -> s.orphans().forEach(o -> ids.add(o.change())));
        return ids;
    }

    @Override
    public List<Lock> locks(String jurisdiction) {
        List<Lock> locks = new ArrayList<>();
        synchronized (lock) {
            for (String ancestor : ancestors(jurisdiction)) {
                locks.addAll(state.locks(ancestor));
            }
        }
        return locks;
    }

    @Override
    public List<Lock> ownLocks(String jurisdiction) {
        synchronized (lock) {
            return state.locks(jurisdiction);
        }
    }

    /** A jurisdiction's ancestors, nearest first: of its effective catalog, else as the deployed bundles declare. */
    private List<String> ancestors(String jurisdiction) {
        Optional<EffectiveCatalog> effective = catalog.catalog(jurisdiction);
        if (effective.isPresent()) {
            return effective.get().ancestors();
        }
        Set<String> lineage = new LinkedHashSet<>();
        String at = catalog.jurisdiction(jurisdiction).map(JurisdictionStatus::parent).orElse(null);
        while (at != null && !at.equals(jurisdiction) && lineage.add(at)) {
            at = catalog.jurisdiction(at).map(JurisdictionStatus::parent).orElse(null);
        }
        return List.copyOf(lineage);
    }

    // writes

    @Override
    public ChangeOutcome change(ChangeRequest request) {
        String user = requireText(request.user(), "user", MAX_USER);
        String reason = requireText(request.reason(), "reason", MAX_REASON);
        if (request.edits().isEmpty()) {
            throw new IllegalArgumentException("a change has at least one edit");
        }
        synchronized (lock) {
            DataSource db = database();
            for (int attempt = 0; ; attempt++) {
                List<ChangeTable.Draft> drafts = entryDrafts(request, null);
                if (drafts.isEmpty()) {
                    return new ChangeOutcome(List.of(), version(request.jurisdiction(), request.list()).orElse(null));
                }
                Optional<List<ChangeRecord>> written = write(db, drafts, user, reason, attempt);
                if (written.isPresent()) {
                    told(request.jurisdiction(), OverlayEvents.CHANGED, written.get());
                    return outcome(written.get(), request.jurisdiction(), request.list());
                }
            }
        }
    }

    /**
     * The changes that a request's edits make, each checked: the list's version, the catalog's rules of an entry, the
     * locks. Under the lock.
     *
     * @param reverts the change a revert reverts, or {@code null}
     */
    private List<ChangeTable.Draft> entryDrafts(ChangeRequest request, Long reverts) {
        String jurisdiction = request.jurisdiction();
        Sourced<ItemList> served = requireList(jurisdiction, request.list());
        String version = ListVersions.of(served);
        if (request.ifMatch() == null || request.ifMatch().isBlank() || request.ifMatch().strip().equals("*")) {
            throw new VersionRequiredException("Send the version of list " + request.list() + " (its ETag) in If-Match: "
                    + "the change is made on what that version shows");
        }
        if (!ListVersions.matches(request.ifMatch(), version)) {
            throw new StaleVersionException("List " + request.list() + " of " + jurisdiction + " was changed since "
                    + "version " + request.ifMatch().strip() + ": it is at version " + version + " now; look at it "
                    + "again and make the change on it", version);
        }
        EntryCheck check = overlays.check(jurisdiction, request.list(), request.edits());
        if (!check.valid()) {
            throw new InvalidChangeException("The change has " + count(check.errors().size(), "error")
                    + "; nothing was written", check.errors());
        }
        List<Violation> violations = violations(jurisdiction, served.value(), request.edits(), check);
        if (!violations.isEmpty()) {
            throw new LockedFieldException(violations.get(0).error().detail(), violations.get(0).lock());
        }
        String bundleVersion = catalog.jurisdiction(jurisdiction).map(JurisdictionStatus::version).orElse(null);
        List<ChangeTable.Draft> drafts = new ArrayList<>();
        for (int i = 0; i < request.edits().size(); i++) {
            EntryEdit edit = request.edits().get(i);
            String seq = edit.seq().strip();
            ListEntry current = entry(served.value(), seq);
            ListEntry next = check.entries().get(i);
            if (!edit.hides() && current != null && sameEntry(current, next)) {
                continue;
            }
            Optional<ChangeRecord> previous = state.latest(ChangeRecord.key(jurisdiction, ChangeAction.PUT_ENTRY,
                    request.list(), seq, null));
            boolean replaces = previous.filter(ChangeRecord::sets).map(ChangeRecord::replaces).orElse(current != null);
            drafts.add(new ChangeTable.Draft(jurisdiction, edit.hides() ? ChangeAction.HIDE_ENTRY : ChangeAction.PUT_ENTRY,
                    request.list(), seq, null, previous.map(ChangeRecord::id).orElse(null), reverts, replaces,
                    current == null ? null : EntryShape.of(current), edit.hides() ? null : EntryShape.of(next),
                    bundleVersion));
        }
        return drafts;
    }

    private static boolean sameEntry(ListEntry served, ListEntry read) {
        return served.toBuilder().provenance(null).build().equals(read.toBuilder().provenance(null).build());
    }

    private static ListEntry entry(ItemList list, String seq) {
        return list.entries().stream().filter(e -> e.seq().equals(seq)).findFirst().orElse(null);
    }

    /** A locked field an edit would change, with the error that says so. */
    private record Violation(EntryError error, Lock lock) {
    }

    /**
     * The edits that would change a field locked by an ancestor: a put whose entry (before or after) is of a locked
     * item and whose locked field differs from the entry's now, or, for an entry not there now, from every value the
     * locking jurisdiction serves for that item. Under the lock.
     */
    private List<Violation> violations(String jurisdiction, ItemList list, List<EntryEdit> edits, EntryCheck check) {
        List<Lock> binding = new ArrayList<>();
        for (String ancestor : ancestors(jurisdiction)) {
            binding.addAll(state.locks(ancestor));
        }
        List<Violation> violations = new ArrayList<>();
        if (binding.isEmpty()) {
            return violations;
        }
        for (int i = 0; i < edits.size(); i++) {
            ListEntry next = check.entries().get(i);
            if (edits.get(i).hides() || next == null) {
                continue;
            }
            ListEntry current = entry(list, edits.get(i).seq().strip());
            Map<String, Object> after = EntryShape.of(next);
            Map<String, Object> before = current == null ? null : EntryShape.of(current);
            for (Lock lock : binding) {
                boolean concerns = lock.item().equals(next.item()) || current != null && lock.item().equals(current.item());
                if (!concerns) {
                    continue;
                }
                Object value = after.get(lock.field());
                boolean allowed = before != null ? Objects.equals(value, before.get(lock.field()))
                        : value == null || lockerValues(lock).contains(value);
                if (!allowed) {
                    violations.add(new Violation(new EntryError(i, edits.get(i).seq().strip(), "/" + lock.field(),
                            "the field " + lock.field() + " of item " + lock.item() + " is locked by jurisdiction "
                                    + lock.jurisdiction() + " (set by " + lock.by() + " at " + lock.at() + ": "
                                    + lock.reason() + ")"), lock));
                }
            }
        }
        return violations;
    }

    /** The values of a locked field that the locking jurisdiction serves for its item, in the file's shape. */
    private Set<Object> lockerValues(Lock lock) {
        Set<Object> values = new HashSet<>();
        catalog.catalog(lock.jurisdiction()).ifPresent(c -> {
            for (Sourced<ItemList> l : c.lists()) {
                for (ListEntry e : l.value().entries()) {
                    if (lock.item().equals(e.item())) {
                        values.add(EntryShape.of(e).get(lock.field()));
                    }
                }
            }
        });
        return values;
    }

    @Override
    public ChangeOutcome revert(String jurisdiction, long id, String ifMatch, String user, String reason) {
        String by = requireText(user, "user", MAX_USER);
        String why = requireText(reason, "reason", MAX_REASON);
        synchronized (lock) {
            DataSource db = database();
            for (int attempt = 0; ; attempt++) {
                ChangeRecord reverted;
                try {
                    reverted = table.one(db, jurisdiction, id).orElseThrow(() -> new UnknownTargetException(
                            "Jurisdiction " + jurisdiction + " has no change " + id));
                } catch (SQLException e) {
                    throw unavailable("read change " + id, e);
                }
                ChangeRecord latest = state.latest(reverted.key()).orElseThrow();
                if (latest.id() != reverted.id()) {
                    throw new ChangeConflictException("Change " + id + " was followed by change " + latest.id()
                            + " of the same " + (reverted.action().ofEntry() ? "entry" : "target")
                            + ": revert that one first");
                }
                ChangeTable.Draft draft = revertDraft(db, reverted, ifMatch);
                Optional<List<ChangeRecord>> written = write(db, List.of(draft), by, why, attempt);
                if (written.isPresent()) {
                    told(jurisdiction, OverlayEvents.REVERTED, written.get());
                    return outcome(written.get(), jurisdiction, reverted.list());
                }
            }
        }
    }

    /** The change that takes a target back to what it was before {@code reverted}. Under the lock. */
    private ChangeTable.Draft revertDraft(DataSource db, ChangeRecord reverted, String ifMatch) {
        String jurisdiction = reverted.jurisdiction();
        ChangeRecord previous;
        try {
            previous = reverted.previous() == null ? null : table.one(db, jurisdiction, reverted.previous()).orElse(null);
        } catch (SQLException e) {
            throw unavailable("read change " + reverted.previous(), e);
        }
        boolean back = previous != null && previous.sets();
        String bundleVersion = catalog.jurisdiction(jurisdiction).map(JurisdictionStatus::version).orElse(null);
        if (reverted.action().ofEntry()) {
            Optional<Sourced<ItemList>> served = served(jurisdiction, reverted.list());
            if (served.isPresent() && back) {
                EntryEdit edit = previous.action() == ChangeAction.HIDE_ENTRY ? EntryEdit.hide(reverted.target())
                        : EntryEdit.put(reverted.target(), previous.after());
                ChangeRequest again = new ChangeRequest(jurisdiction, reverted.list(), ifMatch, "", "", List.of(edit));
                List<ChangeTable.Draft> drafts = entryDrafts(again, reverted.id());
                if (!drafts.isEmpty()) {
                    ChangeTable.Draft d = drafts.get(0);
                    return new ChangeTable.Draft(jurisdiction, d.action(), d.list(), d.target(), null, reverted.id(),
                            reverted.id(), reverted.replaces(), d.before(), d.after(), bundleVersion);
                }
            } else if (served.isPresent()) {
                if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
                    throw new VersionRequiredException("Send the version of list " + reverted.list()
                            + " (its ETag) in If-Match");
                }
                String version = ListVersions.of(served.get());
                if (!ListVersions.matches(ifMatch, version)) {
                    throw new StaleVersionException("List " + reverted.list() + " of " + jurisdiction
                            + " was changed since version " + ifMatch.strip() + ": it is at version " + version + " now",
                            version);
                }
            }
            ListEntry now = served.map(l -> entry(l.value(), reverted.target())).orElse(null);
            if (back) {
                return new ChangeTable.Draft(jurisdiction, previous.action(), reverted.list(), reverted.target(), null,
                        reverted.id(), reverted.id(), reverted.replaces(), now == null ? null : EntryShape.of(now),
                        previous.after(), bundleVersion);
            }
            return new ChangeTable.Draft(jurisdiction, ChangeAction.RESTORE_ENTRY, reverted.list(), reverted.target(), null,
                    reverted.id(), reverted.id(), reverted.replaces(), now == null ? null : EntryShape.of(now),
                    reverted.before(), bundleVersion);
        }
        return switch (reverted.action()) {
            case ADD_UNIT -> {
                requireUnused(jurisdiction, reverted.target());
                yield new ChangeTable.Draft(jurisdiction, ChangeAction.REMOVE_UNIT, null, reverted.target(), null,
                        reverted.id(), reverted.id(), false, reverted.after(), null, bundleVersion);
            }
            case REMOVE_UNIT -> {
                Unit unit = OverlayState.unit(reverted.before());
                List<EntryError> errors = overlays.checkUnit(jurisdiction, unit);
                if (!errors.isEmpty()) {
                    throw new InvalidChangeException("The unit cannot be added again: "
                            + count(errors.size(), "error"), errors);
                }
                yield new ChangeTable.Draft(jurisdiction, ChangeAction.ADD_UNIT, null, reverted.target(), null,
                        reverted.id(), reverted.id(), false, null, reverted.before(), bundleVersion);
            }
            case LOCK -> new ChangeTable.Draft(jurisdiction, ChangeAction.UNLOCK, null, reverted.target(),
                    reverted.field(), reverted.id(), reverted.id(), false, reverted.after(), null, bundleVersion);
            case UNLOCK -> new ChangeTable.Draft(jurisdiction, ChangeAction.LOCK, null, reverted.target(),
                    reverted.field(), reverted.id(), reverted.id(), false, null, reverted.before(), bundleVersion);
            default -> throw new IllegalStateException("not a change of a unit or a lock: " + reverted.action());
        };
    }

    /** A unit an overlay added may go only while no entry an overlay put names it, here or below. Under the lock. */
    private void requireUnused(String jurisdiction, String unit) {
        for (JurisdictionStatus status : catalog.jurisdictions()) {
            Optional<EffectiveCatalog> below = catalog.catalog(status.id())
                    .filter(c -> c.jurisdiction().id().equals(jurisdiction) || c.ancestors().contains(jurisdiction));
            if (below.isEmpty()) {
                continue;
            }
            for (Sourced<ItemList> list : below.get().lists()) {
                for (ListEntry entry : list.value().entries()) {
                    if (entry.provenance() != null && entry.units().contains(unit)) {
                        throw new ChangeConflictException("The unit " + unit + " is named by entry " + entry.seq()
                                + " of list " + list.value().id() + " of " + status.id() + " (change "
                                + entry.provenance().overlay() + "): change that entry first");
                    }
                }
            }
        }
    }

    @Override
    public Change addUnit(String jurisdiction, Unit unit, String user, String reason) {
        String by = requireText(user, "user", MAX_USER);
        String why = requireText(reason, "reason", MAX_REASON);
        synchronized (lock) {
            DataSource db = database();
            for (int attempt = 0; ; attempt++) {
                requireCatalog(jurisdiction);
                List<EntryError> errors = overlays.checkUnit(jurisdiction, unit);
                if (errors.stream().anyMatch(e -> e.detail().contains("already has the unit"))) {
                    throw new ChangeConflictException(errors.stream().filter(e -> e.detail().contains("already has"))
                            .findFirst().orElseThrow().detail());
                }
                if (!errors.isEmpty()) {
                    throw new InvalidChangeException("The unit has " + count(errors.size(), "error"), errors);
                }
                Optional<ChangeRecord> previous = state.latest(ChangeRecord.key(jurisdiction, ChangeAction.ADD_UNIT, null,
                        unit.name(), null));
                ChangeTable.Draft draft = new ChangeTable.Draft(jurisdiction, ChangeAction.ADD_UNIT, null, unit.name(),
                        null, previous.map(ChangeRecord::id).orElse(null), null, false, null, OverlayState.shape(unit),
                        catalog.jurisdiction(jurisdiction).map(JurisdictionStatus::version).orElse(null));
                Optional<List<ChangeRecord>> written = write(db, List.of(draft), by, why, attempt);
                if (written.isPresent()) {
                    told(jurisdiction, OverlayEvents.CHANGED, written.get());
                    return written.get().get(0).toChange(false);
                }
            }
        }
    }

    @Override
    public Change lock(String jurisdiction, String item, String field, String user, String reason) {
        return locking(jurisdiction, item, field, user, reason, true);
    }

    @Override
    public Change unlock(String jurisdiction, String item, String field, String user, String reason) {
        return locking(jurisdiction, item, field, user, reason, false);
    }

    private Change locking(String jurisdiction, String item, String field, String user, String reason, boolean lock) {
        String by = requireText(user, "user", MAX_USER);
        String why = requireText(reason, "reason", MAX_REASON);
        if (!LOCKABLE.contains(field)) {
            throw new IllegalArgumentException("field must be one of " + String.join(", ", LOCKABLE) + ": '" + field + "'");
        }
        synchronized (this.lock) {
            DataSource db = database();
            for (int attempt = 0; ; attempt++) {
                EffectiveCatalog effective = requireCatalog(jurisdiction);
                String itemId = itemId(effective, item);
                String key = ChangeRecord.key(jurisdiction, ChangeAction.LOCK, null, itemId, field);
                Optional<ChangeRecord> previous = state.latest(key);
                boolean locked = previous.filter(ChangeRecord::sets).isPresent();
                if (lock && locked) {
                    throw new ChangeConflictException("The field " + field + " of item " + itemId + " is locked by "
                            + jurisdiction + " already (change " + previous.get().id() + ")");
                }
                if (!lock && !locked) {
                    throw new UnknownTargetException("Jurisdiction " + jurisdiction + " has no lock of the field " + field
                            + " of item " + itemId);
                }
                Map<String, Object> shape = new LinkedHashMap<>();
                shape.put("item", itemId);
                shape.put("field", field);
                ChangeTable.Draft draft = new ChangeTable.Draft(jurisdiction, lock ? ChangeAction.LOCK : ChangeAction.UNLOCK,
                        null, itemId, field, previous.map(ChangeRecord::id).orElse(null), null, false,
                        lock ? null : shape, lock ? shape : null,
                        catalog.jurisdiction(jurisdiction).map(JurisdictionStatus::version).orElse(null));
                Optional<List<ChangeRecord>> written = write(db, List.of(draft), by, why, attempt);
                if (written.isPresent()) {
                    told(jurisdiction, OverlayEvents.LOCKED, written.get());
                    return written.get().get(0).toChange(false);
                }
            }
        }
    }

    /** The id of an item a jurisdiction may lock: a catalogue item by code, name or alias, or one of its own items. */
    private String itemId(EffectiveCatalog effective, String item) {
        Optional<String> catalogued = catalog.item(item).map(i -> i.id());
        if (catalogued.isPresent()) {
            return catalogued.get();
        }
        return effective.items().stream().map(EffectiveItem::item).filter(i -> i.id().equals(item) || i.name().equals(item))
                .map(i -> i.id()).findFirst().orElseThrow(() -> new UnknownTargetException("Jurisdiction "
                        + effective.jurisdiction().id() + " has no item " + item));
    }

    /**
     * Writes changes and serves what they make; empty when the database had changes of another node, which are then
     * folded in and served, for the caller to check its request again. Under the lock.
     */
    private Optional<List<ChangeRecord>> write(DataSource db, List<ChangeTable.Draft> drafts, String by, String reason,
            int attempt) {
        try {
            List<ChangeRecord> written = table.write(db, drafts, by, reason, Instant.now(clock), state.lastId());
            serve(state.fold(written));
            return Optional.of(written);
        } catch (ChangeTable.Behind behind) {
            if (attempt > 2) {
                throw new ServiceUnavailableException("The overlays keep changing on another node: try again");
            }
            try {
                serve(state.fold(table.since(db, state.lastId())));
            } catch (SQLException e) {
                throw unavailable("read the changes of another node", e);
            }
            return Optional.empty();
        } catch (SQLException e) {
            throw unavailable("write the change", e);
        }
    }

    private void serve(Collection<String> jurisdictions) {
        overlays.apply(jurisdictions.stream().map(state::overlay).toList());
    }

    private ChangeOutcome outcome(List<ChangeRecord> written, String jurisdiction, String list) {
        Set<Long> orphaned = orphaned(jurisdiction);
        return new ChangeOutcome(written.stream().map(c -> c.toChange(orphaned.contains(c.id()))).toList(),
                list == null ? null : version(jurisdiction, list).orElse(null));
    }

    private void told(String jurisdiction, String kind, List<ChangeRecord> changes) {
        StringBuilder detail = new StringBuilder();
        for (ChangeRecord c : changes) {
            detail.append(detail.isEmpty() ? "" : "\n").append("change ").append(c.id()).append(' ')
                    .append(c.action().key()).append(' ').append(c.list() == null ? "" : c.list() + " ")
                    .append(c.target()).append(c.field() == null ? "" : " " + c.field())
                    .append(c.reverts() == null ? "" : " (reverts " + c.reverts() + ")");
        }
        ChangeRecord first = changes.get(0);
        detail.append("\nby ").append(first.by()).append(": ").append(first.reason());
        LOG.info("Overlay of {}: {}", jurisdiction, detail.toString().replace('\n', ';'));
        EventAdmin admin = events;
        if (admin != null) {
            admin.postEvent(new Event(PlatformEvents.topic(kind), PlatformEvents.properties(kind, jurisdiction,
                    detail.toString())));
        }
    }

    private static String requireText(String text, String what, int max) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a change needs a " + what);
        }
        if (text.length() > max) {
            throw new IllegalArgumentException("the " + what + " is longer than " + max + " characters");
        }
        return text.strip();
    }

    private static String count(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    private static ServiceUnavailableException unavailable(String what, SQLException e) {
        LOG.warn("Cannot {}: {}", what, e.toString());
        return new ServiceUnavailableException("The platform database cannot " + what + " now: " + e.getMessage());
    }

    /** The orphans of a jurisdiction, as the catalog reports them (for tests and the commands). */
    List<OrphanedChange> orphans(String jurisdiction) {
        return catalog.jurisdiction(jurisdiction).map(JurisdictionStatus::orphans).orElse(List.of());
    }
}
