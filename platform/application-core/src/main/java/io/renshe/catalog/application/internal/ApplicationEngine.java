package io.renshe.catalog.application.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
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
import io.renshe.catalog.api.Item;
import io.renshe.catalog.api.Material;
import io.renshe.catalog.api.OneThing;
import io.renshe.catalog.api.ServiceUnavailableException;
import io.renshe.catalog.api.event.PlatformEvents;
import io.renshe.catalog.api.time.CalendarService;
import io.renshe.catalog.api.time.TimeLimit;
import io.renshe.catalog.application.Applicant;
import io.renshe.catalog.application.Application;
import io.renshe.catalog.application.ApplicationError;
import io.renshe.catalog.application.ApplicationEvents;
import io.renshe.catalog.application.ApplicationForm;
import io.renshe.catalog.application.ApplicationRequest;
import io.renshe.catalog.application.ApplicationService;
import io.renshe.catalog.application.ApplicationState;
import io.renshe.catalog.application.ClockKind;
import io.renshe.catalog.application.ConflictException;
import io.renshe.catalog.application.Due;
import io.renshe.catalog.application.DueChange;
import io.renshe.catalog.application.FollowUp;
import io.renshe.catalog.application.Grouping;
import io.renshe.catalog.application.ItemForm;
import io.renshe.catalog.application.LimitClock;
import io.renshe.catalog.application.MaterialContent;
import io.renshe.catalog.application.MaterialNeed;
import io.renshe.catalog.application.MaterialUpload;
import io.renshe.catalog.application.PluginInfo;
import io.renshe.catalog.application.Rating;
import io.renshe.catalog.application.RejectedException;
import io.renshe.catalog.application.ResultNote;
import io.renshe.catalog.application.Statistics;
import io.renshe.catalog.application.StatisticsRow;
import io.renshe.catalog.application.Task;
import io.renshe.catalog.application.TaskQuery;
import io.renshe.catalog.application.TaskState;
import io.renshe.catalog.application.UnknownException;
import io.renshe.catalog.application.internal.ApplicationStore.ApplicationRow;
import io.renshe.catalog.application.internal.ApplicationStore.Pending;
import io.renshe.catalog.application.internal.ApplicationStore.SuspensionRow;
import io.renshe.catalog.application.spi.Decision;
import io.renshe.catalog.application.spi.ItemContext;
import io.renshe.catalog.application.spi.ItemPlugin;
import io.renshe.catalog.application.spi.Precheck;
import io.renshe.catalog.application.spi.Refusal;
import io.renshe.catalog.store.PlatformDatabase;

/**
 * The application service: checks an application whole (the item plug-ins' pre-checks included), stores it with one
 * task per item in one transaction, runs each task's two clocks on the jurisdiction's calendar, keeps the suspension
 * ledger, and tells plug-ins of decisions through a durable outbox. See docs/applications.md.
 */
@Component(service = ApplicationService.class, configurationPid = ApplicationEngine.PID, immediate = true)
@Designate(ocd = ApplicationConfiguration.class)
public final class ApplicationEngine implements ApplicationService {

    static final String PID = "io.renshe.application";
    /** The track of the application tables. */
    static final String TRACK = "application";
    /** Service property of a {@link Clock} the service takes its time from instead of the system's (tests, training). */
    public static final String CLOCK_PROPERTY = "renshe.clock";
    static final String APPLICANT = "applicant";
    static final String PLATFORM = "platform";
    /** The longest answers of one item, as JSON (the column ANSWERS). */
    static final int MAX_ANSWERS = 16_000;
    /** The most items of one application, and of missing materials named by one return. */
    static final int MAX_ITEMS = 30;
    static final int MAX_MISSING = 20;
    static final int MISSING_NAME_LENGTH = 100;

    private static final Logger LOG = LoggerFactory.getLogger(ApplicationEngine.class);
    private static final Set<TaskState> OPEN = Set.of(TaskState.SUBMITTED, TaskState.ACCEPTED, TaskState.RETURNED,
            TaskState.APPROVED);

    private final CatalogService catalog;
    private final Clocks clocks;
    private final ApplicationStore store = new ApplicationStore();
    private final Reports reports = new Reports();
    private final ItemPlugins plugins = new ItemPlugins();
    private final AnswerSchemas schemas = new AnswerSchemas();
    private volatile ApplicationConfiguration settings;
    private volatile ZoneId zone;
    private ScheduledExecutorService decisions;

    @Reference(target = "(" + PlatformDatabase.SCHEMA + "=" + TRACK + ")", cardinality = ReferenceCardinality.OPTIONAL,
            policy = ReferencePolicy.DYNAMIC)
    volatile DataSource database;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile EventAdmin events;

    @Reference(target = "(" + CLOCK_PROPERTY + "=application)", cardinality = ReferenceCardinality.OPTIONAL,
            policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    volatile Clock clock;

    @Activate
    public ApplicationEngine(@Reference CatalogService catalog, @Reference CalendarService calendar,
            ApplicationConfiguration configuration) {
        this.catalog = catalog;
        this.clocks = new Clocks(calendar);
        configure(configuration);
    }

    @Activate
    void activate() {
        decisions = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "renshe-application-decisions");
            thread.setDaemon(true);
            return thread;
        });
        int every = Math.max(1, settings.decisions_retry_seconds());
        decisions.scheduleWithFixedDelay(() -> deliverDecisions(null), every, every, TimeUnit.SECONDS);
    }

    @Modified
    void configure(ApplicationConfiguration configuration) {
        this.settings = configuration;
        this.zone = ZoneId.of(configuration.zone());
    }

    @Deactivate
    void deactivate() {
        if (decisions != null) {
            decisions.shutdownNow();
        }
    }

    @Reference(service = ItemPlugin.class, cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addPlugin(ItemPlugin plugin, Map<String, Object> properties, ServiceReference<ItemPlugin> reference) {
        Bundle bundle = reference == null ? null : reference.getBundle();
        ItemPlugins.Plugin added = plugins.add(plugin, properties, bundle);
        LOG.info("Item plug-in {} handles {}", added.label(), added.names());
        post(ApplicationEvents.PLUGIN_ACTIVE, added.bundle(), added.version() + ": " + String.join(", ", added.names()));
        ScheduledExecutorService worker = decisions;
        if (worker != null) {
            worker.execute(() -> deliverDecisions(null));
        }
    }

    /** Waits until the decision worker has done what is queued on it (the deliveries a new plug-in starts). */
    void settleDecisions() throws InterruptedException, java.util.concurrent.ExecutionException {
        ScheduledExecutorService worker = decisions;
        if (worker != null) {
            worker.submit(() -> {
            }).get();
        }
    }

    void removePlugin(ItemPlugin plugin, Map<String, Object> properties) {
        plugins.remove(properties).ifPresent(gone -> {
            LOG.info("Item plug-in {} is gone: {} take the generic form", gone.label(), gone.names());
            post(ApplicationEvents.PLUGIN_REMOVED, gone.bundle(), gone.version() + ": " + String.join(", ", gone.names()));
        });
    }

    // the form and the submission

    /** An application's request checked against the catalog, ready to be stored. */
    private record Prepared(String jurisdiction, EffectiveCatalog catalog, OneThing oneThing, Applicant applicant,
            List<Chosen> items, List<MaterialNeed> needs, List<ApplicationError> errors, LocalDate today, Instant now) {
    }

    /** One chosen item: as asked for, as the catalog knows it, its plug-in, answers and materials. */
    private record Chosen(String requested, int index, CatalogItem item, ItemPlugins.Plugin plugin,
            Map<String, Object> answers, List<Material> materials) {
    }

    @Override
    public ApplicationForm form(String jurisdiction, String oneThing, List<String> items) {
        EffectiveCatalog effective = effective(jurisdiction);
        OneThing bundle = oneThing == null ? null : oneThing(effective, oneThing);
        List<String> requested = items == null ? List.of() : items;
        if (requested.isEmpty() && bundle != null) {
            requested = bundle.items().stream().map(b -> b.item()).toList();
        }
        if (requested.isEmpty()) {
            throw new RejectedException("Choose items, or a one-thing",
                    List.of(ApplicationError.of("no-item", "请选择要办理的事项", "/items")));
        }
        List<CatalogItem> resolved = resolve(effective, bundle, requested, "items");
        Instant now = now();
        LocalDate today = today(now);
        List<ItemForm> forms = new ArrayList<>();
        Map<String, List<Material>> materials = new LinkedHashMap<>();
        for (CatalogItem item : resolved) {
            Optional<ItemPlugins.Plugin> plugin = plugin(item.id());
            ItemContext context = new ItemContext(jurisdiction, bundle == null ? null : bundle.id(), item.id(),
                    item.name(), null, Map.of(), item.materials(), item.rules(), today);
            String schema = plugin.map(p -> call(p, "form", () -> p.service().form(item.id()))).orElse(AnswerSchemas.GENERIC);
            List<Material> needed = plugin.map(p -> call(p, "materials", () -> p.service().materials(context)))
                    .orElse(item.materials());
            materials.put(item.id(), needed);
            Map<String, Object> schemaObject;
            try {
                schemaObject = schemas.object(schema);
                // the API's member names are camelCase: the draft is always 2020-12, and an id is the plug-in's own
                schemaObject.keySet().removeIf(member -> member.startsWith("$"));
            } catch (java.io.IOException e) {
                throw pluginFailure(plugin.get(), "form", e);
            }
            List<LimitClock> limits = new ArrayList<>();
            for (ClockKind kind : ClockKind.values()) {
                Limits.Source limit = Limits.of(item, kind);
                LocalDate due = clocks.due(jurisdiction, limit.meaning(), today);
                limits.add(new LimitClock(kind, limit.meaning(), limit.source(), today, due, true,
                        Limits.note(limit.meaning(), due, null)));
            }
            forms.add(new ItemForm(item.id(), item.name(), plugin.isPresent() ? Task.PLUGIN : Task.GENERIC,
                    plugin.map(ItemPlugins.Plugin::label).orElse(null), plugin.isPresent(), schemaObject, needed,
                    item.unit(), item.unitSource(), limits, item.rules()));
        }
        String commitment = bundle == null ? null
                : bundle.rules().stream().filter(r -> r.startsWith("承诺")).findFirst().orElse(null);
        return new ApplicationForm(jurisdiction, bundle == null ? null : bundle.id(),
                bundle == null ? null : bundle.name(), commitment, bundle == null ? List.of() : bundle.rules(), today,
                forms, RequestCheck.needs(materials));
    }

    @Override
    public List<ApplicationError> check(ApplicationRequest request) {
        return prepare(request).errors();
    }

    @Override
    public Application submit(ApplicationRequest request) {
        Prepared prepared = prepare(request);
        if (!prepared.errors().isEmpty()) {
            throw new RejectedException("The application cannot be accepted: " + prepared.errors().size()
                    + (prepared.errors().size() == 1 ? " problem" : " problems"), prepared.errors());
        }
        List<ResultNote> results = new ArrayList<>();
        for (Chosen chosen : prepared.items()) {
            if (chosen.plugin() != null) {
                ItemContext context = context(prepared, chosen);
                results.addAll(call(chosen.plugin(), "results", () -> chosen.plugin().service().results(context)));
            }
        }
        String written = results.isEmpty() ? null : Json.write(results);
        if (written != null && written.length() > MAX_ANSWERS) {
            throw new ServiceUnavailableException("The item plug-ins' result notes of this application are longer than "
                    + MAX_ANSWERS + " characters: a plug-in misbehaves");
        }
        String oneThingId = prepared.oneThing() == null ? null : prepared.oneThing().id();
        long id = transaction("submitting an application", connection -> {
            long application = store.insertApplication(connection, new ApplicationRow(0, prepared.jurisdiction(),
                    oneThingId, prepared.oneThing() == null ? null : prepared.oneThing().name(),
                    prepared.catalog().version(), prepared.applicant(), prepared.now(), prepared.today(), written, null,
                    null, null, 0));
            int seq = 0;
            for (Chosen chosen : prepared.items()) {
                TaskRow task = task(prepared, chosen, application, ++seq);
                task.id = store.insertTask(connection, task);
                store.history(connection, application, task.id, prepared.now(), APPLICANT, "submit", null,
                        TaskState.SUBMITTED, null);
            }
            for (MaterialUpload upload : request.materials()) {
                List<String> items = prepared.needs().stream()
                        .filter(n -> RequestCheck.key(n.name()).equals(RequestCheck.key(upload.name())))
                        .findFirst().map(MaterialNeed::items)
                        .orElse(prepared.items().stream().map(c -> c.item().id()).toList());
                store.material(connection, application, upload.name().strip(), items, 0, upload.content(),
                        prepared.now());
            }
            return application;
        });
        String number = Numbers.number(prepared.jurisdiction(), prepared.today(), id);
        post(ApplicationEvents.SUBMITTED, prepared.jurisdiction(), number + ": "
                + String.join(", ", prepared.items().stream().map(c -> c.item().id()).toList()));
        return read("reading an application", connection -> view(connection, store.application(connection, id).orElseThrow()));
    }

    private TaskRow task(Prepared prepared, Chosen chosen, long application, int seq) {
        CatalogItem item = chosen.item();
        TaskRow task = new TaskRow();
        task.applicationId = application;
        task.seq = seq;
        task.jurisdiction = prepared.jurisdiction();
        task.item = item.id();
        task.itemName = item.name();
        task.unit = item.unit();
        task.unitSource = item.unitSource();
        task.state = TaskState.SUBMITTED;
        task.form = chosen.plugin() == null ? Task.GENERIC : Task.PLUGIN;
        task.plugin = chosen.plugin() == null ? null : chosen.plugin().label();
        Limits.Source statutory = Limits.of(item, ClockKind.STATUTORY);
        Limits.Source committed = Limits.of(item, ClockKind.COMMITTED);
        task.statutory = statutory.meaning();
        task.statutorySource = statutory.source();
        task.committed = committed.meaning();
        task.committedSource = committed.source();
        task.startOn = prepared.today();
        task.dueStatutory = clocks.due(task.jurisdiction, task.statutory, task.startOn);
        task.dueCommitted = clocks.due(task.jurisdiction, task.committed, task.startOn);
        task.answers = chosen.answers() == null || chosen.answers().isEmpty() ? null : Json.write(chosen.answers());
        task.catalogVersion = prepared.catalog().version();
        task.itemState = item.fingerprint();
        return task;
    }

    private ItemContext context(Prepared prepared, Chosen chosen) {
        return new ItemContext(prepared.jurisdiction(), prepared.oneThing() == null ? null : prepared.oneThing().id(),
                chosen.item().id(), chosen.item().name(), prepared.applicant(), chosen.answers(),
                chosen.item().materials(), chosen.item().rules(), prepared.today());
    }

    private Prepared prepare(ApplicationRequest request) {
        Instant now = now();
        LocalDate today = today(now);
        List<ApplicationError> errors = new ArrayList<>();
        Applicant applicant = RequestCheck.applicant(request.applicant(), today, errors);
        if (!request.commitment()) {
            errors.add(ApplicationError.of("commitment-not-accepted",
                    "请阅读并勾选承诺：承诺提交的所有材料真实、合法、有效", "/commitment"));
        }
        String jurisdiction = request.jurisdiction() == null ? null : request.jurisdiction().strip();
        if (jurisdiction == null || jurisdiction.isEmpty()) {
            errors.add(ApplicationError.of("missing-value", "请选择办理地（行政区划代码，如341000）", "/jurisdiction"));
            throw new RejectedException("The application names no jurisdiction", errors);
        }
        EffectiveCatalog effective = effective(jurisdiction);
        OneThing oneThing = request.oneThing() == null ? null : oneThing(effective, request.oneThing().strip());
        if (request.items().size() > MAX_ITEMS) {
            errors.add(ApplicationError.of("too-many-items", "一次最多申请" + MAX_ITEMS + "个事项", "/items"));
            throw new RejectedException("The application has too many items", errors);
        }
        if (request.items().isEmpty()) {
            errors.add(ApplicationError.of("no-item", oneThing == null ? "请选择要办理的事项"
                    : "请选择“" + oneThing.name() + "”中要办理的事项", "/items"));
        }
        List<CatalogItem> resolved = resolve(effective, oneThing, request.items(), "items");

        // answers by item: keys as the items were given, or the items' ids
        Map<String, Map<String, Object>> answersById = new LinkedHashMap<>();
        Map<String, String> answerKeys = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < resolved.size(); i++) {
            CatalogItem item = resolved.get(i);
            if (!seen.add(item.id())) {
                errors.add(new ApplicationError(item.id(), "duplicate-item", "事项“" + item.name() + "”选择了两次",
                        "/items/" + i));
            }
        }
        for (Map.Entry<String, Map<String, Object>> entry : request.answers().entrySet()) {
            String key = entry.getKey();
            Optional<CatalogItem> target = Optional.empty();
            for (int i = 0; i < resolved.size(); i++) {
                if (request.items().get(i).equals(key) || resolved.get(i).id().equals(key)) {
                    target = Optional.of(resolved.get(i));
                }
            }
            if (target.isEmpty()) {
                errors.add(ApplicationError.of("unexpected-answers", "答案所对应的事项“" + key + "”不在所选事项中",
                        "/answers/" + pointerToken(key)));
            } else {
                answersById.put(target.get().id(), entry.getValue() == null ? Map.of() : entry.getValue());
                answerKeys.put(target.get().id(), key);
            }
        }

        List<Chosen> chosen = new ArrayList<>();
        Map<String, List<Material>> materials = new LinkedHashMap<>();
        for (int i = 0; i < resolved.size(); i++) {
            CatalogItem item = resolved.get(i);
            ItemPlugins.Plugin plugin = plugin(item.id()).orElse(null);
            Map<String, Object> answers = answersById.getOrDefault(item.id(), Map.of());
            List<Material> needed = item.materials();
            if (Json.write(answers).length() > MAX_ANSWERS) {
                errors.add(new ApplicationError(item.id(), "answers-too-large", "“" + item.name() + "”的表单答案超过"
                        + MAX_ANSWERS + "个字符", "/answers/" + pointerToken(answerKeys.getOrDefault(item.id(), item.id()))));
            }
            if (plugin != null) {
                String schema = call(plugin, "form", () -> plugin.service().form(item.id()));
                List<AnswerSchemas.Violation> violations;
                try {
                    violations = schemas.check(schema, answers);
                } catch (RuntimeException e) {
                    throw pluginFailure(plugin, "form", e);
                }
                String base = "/answers/" + pointerToken(answerKeys.getOrDefault(item.id(), item.id()));
                for (AnswerSchemas.Violation violation : violations) {
                    errors.add(new ApplicationError(item.id(), "invalid-answer", "“" + item.name() + "”的表单填写有误："
                            + violation.message(), base + violation.pointer()));
                }
                ItemContext context = new ItemContext(jurisdiction, oneThing == null ? null : oneThing.id(), item.id(),
                        item.name(), applicant, answers, item.materials(), item.rules(), today);
                needed = call(plugin, "materials", () -> plugin.service().materials(context));
            }
            materials.put(item.id(), needed);
            chosen.add(new Chosen(request.items().get(i), i, item, plugin, answers, needed));
        }

        // the plug-ins' pre-checks, each with every chosen item, when the applicant can be looked up
        if (RequestCheck.validId(applicant, today)) {
            List<String> ids = resolved.stream().map(CatalogItem::id).toList();
            Map<Long, List<Chosen>> byPlugin = new LinkedHashMap<>();
            for (Chosen c : chosen) {
                if (c.plugin() != null) {
                    byPlugin.computeIfAbsent(c.plugin().serviceId(), k -> new ArrayList<>()).add(c);
                }
            }
            for (List<Chosen> group : byPlugin.values()) {
                ItemPlugins.Plugin plugin = group.get(0).plugin();
                Precheck precheck = new Precheck(jurisdiction, oneThing == null ? null : oneThing.id(), applicant, ids,
                        answersById, today);
                List<Refusal> refusals = call(plugin, "precheck", () -> plugin.service().precheck(precheck));
                for (Refusal refusal : refusals == null ? List.<Refusal>of() : refusals) {
                    group.stream().filter(c -> c.item().id().equals(refusal.item())).findFirst().ifPresent(c ->
                            errors.add(new ApplicationError(refusal.item(), refusal.code(), refusal.message(),
                                    "/items/" + c.index())));
                }
            }
        }

        List<MaterialNeed> needs = RequestCheck.needs(materials);
        RequestCheck.uploads(request.materials(), settings.materials_max_count(), settings.material_max_characters(),
                "/materials", errors);
        for (MaterialNeed need : needs) {
            if (need.required() && !RequestCheck.provides(request.materials(), need.name())) {
                String items = String.join("、", need.items().stream()
                        .map(id -> resolved.stream().filter(r -> r.id().equals(id)).findFirst().map(CatalogItem::name).orElse(id))
                        .toList());
                errors.add(new ApplicationError(need.items().size() == 1 ? need.items().get(0) : null,
                        "missing-material", "缺少必需材料“" + need.name() + "”" + (need.note() == null ? "" : "（" + need.note() + "）")
                                + "：" + items + "需要（同一材料仅需提交一份）", "/materials"));
            }
        }
        return new Prepared(jurisdiction, effective, oneThing, applicant, chosen, needs, errors, today, now);
    }

    private EffectiveCatalog effective(String jurisdiction) {
        return catalog.catalog(jurisdiction).orElseThrow(() -> new UnknownException("No active jurisdiction "
                + jurisdiction + ": see GET /api/jurisdictions"));
    }

    private static OneThing oneThing(EffectiveCatalog effective, String id) {
        return CatalogItem.oneThing(effective, id).orElseThrow(() -> new UnknownException("Jurisdiction "
                + effective.jurisdiction().id() + " has no one-thing " + id + ": see GET /api/jurisdictions/"
                + effective.jurisdiction().id() + "/bundles"));
    }

    private List<CatalogItem> resolve(EffectiveCatalog effective, OneThing oneThing, List<String> requested,
            String pointer) {
        List<CatalogItem> resolved = new ArrayList<>();
        List<ApplicationError> unknown = new ArrayList<>();
        for (int i = 0; i < requested.size(); i++) {
            String name = requested.get(i);
            Optional<CatalogItem> item = name == null ? Optional.empty() : CatalogItem.resolve(effective, oneThing, name);
            if (item.isPresent()) {
                resolved.add(item.get());
            } else {
                unknown.add(new ApplicationError(name, "unknown-item", oneThing == null
                        ? "办理地" + effective.jurisdiction().name() + "不提供事项“" + name + "”"
                        : "“" + oneThing.name() + "”不含事项“" + name + "”", "/" + pointer + "/" + i));
            }
        }
        if (!unknown.isEmpty()) {
            throw new UnknownException((oneThing == null ? "Jurisdiction " + effective.jurisdiction().id()
                    : "One-thing " + oneThing.id()) + " does not offer " + unknown.size()
                    + (unknown.size() == 1 ? " of the items" : " of the items"), unknown);
        }
        return resolved;
    }

    private Optional<ItemPlugins.Plugin> plugin(String item) {
        return plugins.of(item, name -> catalog.item(name).map(Item::id));
    }

    @Override
    public List<PluginInfo> plugins() {
        return plugins.infos(name -> catalog.item(name).map(Item::id));
    }

    // reading

    @Override
    public Optional<Application> application(String number) {
        OptionalLong id = Numbers.id(number);
        if (id.isEmpty()) {
            return Optional.empty();
        }
        return read("reading an application", connection -> {
            Optional<ApplicationRow> row = store.application(connection, id.getAsLong())
                    .filter(a -> Numbers.number(a.jurisdiction(), a.submittedOn(), a.id()).equals(number));
            return row.isEmpty() ? Optional.<Application>empty() : Optional.of(view(connection, row.get()));
        });
    }

    @Override
    public Application application(String number, String idSuffix) {
        Application application = application(number).orElseThrow(() -> unknownApplication(number));
        if (!proves(application.applicant(), idSuffix)) {
            throw unknownApplication(number);
        }
        return application;
    }

    private static boolean proves(Applicant applicant, String idSuffix) {
        return idSuffix != null && idSuffix.strip().length() == 6
                && applicant.idSuffix().equalsIgnoreCase(idSuffix.strip());
    }

    private static UnknownException unknownApplication(String number) {
        return new UnknownException("No application " + number + " with that ID number suffix");
    }

    @Override
    public Optional<MaterialContent> material(String number, long material) {
        OptionalLong id = Numbers.id(number);
        if (id.isEmpty()) {
            return Optional.empty();
        }
        return read("reading a material", connection -> store.material(connection, id.getAsLong(), material));
    }

    @Override
    public Optional<Task> task(long id) {
        return read("reading a task", connection -> {
            Optional<TaskRow> row = store.task(connection, id);
            if (row.isEmpty()) {
                return Optional.<Task>empty();
            }
            ApplicationRow application = store.application(connection, row.get().applicationId).orElseThrow();
            return Optional.of(view(connection, row.get(), application));
        });
    }

    private Application view(Connection connection, ApplicationRow row) throws SQLException {
        List<Task> tasks = new ArrayList<>();
        for (TaskRow task : store.tasks(connection, row.id())) {
            tasks.add(view(connection, task, row));
        }
        LocalDate statutory = null;
        LocalDate committed = null;
        for (Task task : tasks) {
            if (task.state() != TaskState.REFUSED) {
                statutory = later(statutory, task.due().statutory());
                committed = later(committed, task.due().committed());
            }
        }
        ApplicationState state = tasks.stream().anyMatch(t -> t.state() == TaskState.RETURNED) ? ApplicationState.RETURNED
                : tasks.stream().allMatch(t -> t.state().finished()) ? ApplicationState.COMPLETED
                        : ApplicationState.IN_PROGRESS;
        Rating rating = row.rating() == null ? null : new Rating(row.rating(), Rating.label(row.rating()),
                row.ratingComment(), row.ratedAt(), row.rating() <= 2);
        return new Application(Numbers.number(row.jurisdiction(), row.submittedOn(), row.id()), row.jurisdiction(),
                row.oneThing(), row.oneThingName(), state, row.submittedAt(), row.submittedOn(), row.applicant(),
                new Due(statutory, committed), tasks, store.materials(connection, row.id()), Json.notes(row.results()),
                rating, store.history(connection, row.id()), row.catalogVersion(), false);
    }

    private Task view(Connection connection, TaskRow task, ApplicationRow application) throws SQLException {
        List<DueChange> changes = store.dueChanges(connection, task.id);
        List<SuspensionRow> suspensions = store.suspensions(connection, task.id);
        SuspensionRow open = suspensions.stream().filter(s -> s.resumedOn() == null).reduce((a, b) -> b).orElse(null);
        boolean running = task.state == TaskState.SUBMITTED || task.state == TaskState.ACCEPTED;
        List<LimitClock> limits = new ArrayList<>();
        for (ClockKind kind : ClockKind.values()) {
            TimeLimit limit = task.limit(kind);
            String source = kind == ClockKind.STATUTORY ? task.statutorySource : task.committedSource;
            String state = task.state == TaskState.SUBMITTED ? "受理前为预计日期：按提交日起算，受理后自受理日起算"
                    : task.state == TaskState.RETURNED && open != null ? "退回补正，自" + Clocks.day(open.returnedOn())
                            + "起暂停计时，补正后重新计时" : null;
            limits.add(new LimitClock(kind, limit, source, task.startOn, task.due(kind), running,
                    Limits.note(limit, task.due(kind), state)));
        }
        List<ResultNote> results = Json.notes(application.results()).stream().filter(n -> task.item.equals(n.item()))
                .toList();
        return new Task(task.id, Numbers.number(application.jurisdiction(), application.submittedOn(), application.id()),
                task.jurisdiction, task.seq, task.item, task.itemName, task.unit, task.unitSource, task.state, task.form,
                task.plugin, new Due(task.dueStatutory, task.dueCommitted), limits, changes,
                suspensions.stream().map(SuspensionRow::view).toList(),
                task.state == TaskState.RETURNED && open != null ? open.missing() : List.of(), task.note, task.refusal,
                task.acceptedOn, task.decidedOn, task.deliveredOn, Json.object(task.answers), results,
                task.catalogVersion, task.itemState);
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
    }

    // the office's actions

    /** The change an action makes to a task in its transaction; answers the history's detail. */
    @FunctionalInterface
    private interface Change {
        String apply(Connection connection, TaskRow task, LocalDate today, Instant now) throws SQLException;
    }

    private Task change(long id, String action, String actor, boolean decision, Change change) {
        Instant now = now();
        LocalDate today = today(now);
        transaction(action + " of task " + id, connection -> {
            TaskRow task = store.task(connection, id).orElseThrow(() -> new UnknownException("No task " + id));
            TaskState before = task.state;
            String detail = change.apply(connection, task, today, now);
            if (!store.updateTask(connection, task)) {
                throw new ConflictException("Task " + id + " was changed meanwhile: read it again");
            }
            store.history(connection, task.applicationId, task.id, now, actor, action, before, task.state, detail);
            if (decision) {
                store.decided(connection, task.id, task.state, today);
            }
            return null;
        });
        if (decision) {
            deliverDecisions(id);
        }
        return task(id).orElseThrow();
    }

    private static void require(TaskRow task, String action, TaskState... states) {
        for (TaskState state : states) {
            if (task.state == state) {
                return;
            }
        }
        throw new ConflictException("Task " + task.id + " is " + task.state.name().toLowerCase(java.util.Locale.ROOT)
                + ": only a task that is " + String.join(" or ", java.util.Arrays.stream(states)
                        .map(s -> s.name().toLowerCase(java.util.Locale.ROOT)).toList()) + " can be " + action);
    }

    @Override
    public Task accept(long id, String actor) {
        return change(id, "accept", actor, false, (connection, task, today, now) -> {
            require(task, "accepted", TaskState.SUBMITTED);
            if (!today.equals(task.startOn)) {
                for (ClockKind kind : ClockKind.values()) {
                    LocalDate before = task.due(kind);
                    LocalDate after = clocks.due(task.jurisdiction, task.limit(kind), today);
                    if (!Objects.equals(before, after)) {
                        store.dueChange(connection, task.id, now, kind, "accepted", before, after, "受理日为"
                                + Clocks.day(today) + "，时限自受理日起算（提交时按" + Clocks.day(task.startOn)
                                + "预计为" + Clocks.day(before) + "），办结日期改为" + Clocks.day(after));
                    }
                    task.due(kind, after);
                }
            }
            task.startOn = today;
            task.acceptedOn = today;
            task.state = TaskState.ACCEPTED;
            return null;
        });
    }

    @Override
    public Task returnForMaterials(long id, List<String> missing, String note, String actor) {
        List<ApplicationError> errors = new ArrayList<>();
        List<String> names = new ArrayList<>();
        if (missing == null || missing.isEmpty()) {
            errors.add(ApplicationError.of("missing-value", "Name every missing material at once (一次性告知)", "/missing"));
        } else {
            for (int i = 0; i < missing.size(); i++) {
                String name = missing.get(i) == null ? "" : missing.get(i).strip();
                if (name.isEmpty()) {
                    errors.add(ApplicationError.of("missing-value", "A missing material has no name", "/missing/" + i));
                } else if (name.length() > MISSING_NAME_LENGTH) {
                    errors.add(ApplicationError.of("too-long", "A missing material's name has at most "
                            + MISSING_NAME_LENGTH + " characters", "/missing/" + i));
                } else if (!names.contains(name)) {
                    names.add(name);
                }
            }
            if (missing.size() > MAX_MISSING) {
                errors.add(ApplicationError.of("too-many-materials", "At most " + MAX_MISSING + " missing materials",
                        "/missing"));
            }
        }
        String text = RequestCheck.note(note, "The note", false, "/note", errors);
        if (!errors.isEmpty()) {
            throw new RejectedException("The return has " + errors.size() + " problems", errors);
        }
        return change(id, "return", actor, false, (connection, task, today, now) -> {
            require(task, "returned", TaskState.SUBMITTED, TaskState.ACCEPTED);
            task.returnedFrom = task.state;
            task.state = TaskState.RETURNED;
            task.note = text;
            store.suspend(connection, task.id, today, names, text, actor);
            return "补正材料：" + String.join("、", names) + (text == null ? "" : "；" + text);
        });
    }

    @Override
    public Task approve(long id, String note, String actor) {
        List<ApplicationError> errors = new ArrayList<>();
        String text = RequestCheck.note(note, "The note", false, "/note", errors);
        if (!errors.isEmpty()) {
            throw new RejectedException("The approval has a problem", errors);
        }
        return change(id, "approve", actor, true, (connection, task, today, now) -> {
            require(task, "approved", TaskState.ACCEPTED);
            decide(task, today);
            task.onTime = task.dueCommitted == null ? null : !today.isAfter(task.dueCommitted);
            task.state = TaskState.APPROVED;
            task.note = text;
            return text;
        });
    }

    @Override
    public Task refuse(long id, String reason, String actor) {
        List<ApplicationError> errors = new ArrayList<>();
        String text = RequestCheck.note(reason, "The reason", true, "/reason", errors);
        if (!errors.isEmpty()) {
            throw new RejectedException("A refusal says why", errors);
        }
        return change(id, "refuse", actor, true, (connection, task, today, now) -> {
            require(task, "refused", TaskState.SUBMITTED, TaskState.ACCEPTED);
            decide(task, today);
            task.state = TaskState.REFUSED;
            task.refusal = text;
            return text;
        });
    }

    private void decide(TaskRow task, LocalDate today) {
        task.decidedOn = today;
        if (task.acceptedOn != null) {
            long days = clocks.workingDaysBetween(task.jurisdiction, task.acceptedOn, today) - task.suspendedDays;
            task.workingDays = (int) Math.max(0, days);
        }
    }

    @Override
    public Task deliver(long id, String actor) {
        return change(id, "deliver", actor, true, (connection, task, today, now) -> {
            require(task, "delivered", TaskState.APPROVED);
            task.deliveredOn = today;
            task.state = TaskState.DELIVERED;
            return null;
        });
    }

    // the applicant's actions

    @Override
    public Application resubmit(String number, String idSuffix, List<MaterialUpload> materials) {
        Application known = application(number, idSuffix);
        List<MaterialUpload> uploads = materials == null ? List.of() : materials;
        Instant now = now();
        LocalDate today = today(now);
        long id = Numbers.id(number).getAsLong();
        transaction("resubmitting materials", connection -> {
            List<TaskRow> returned = store.tasks(connection, id).stream().filter(t -> t.state == TaskState.RETURNED).toList();
            if (returned.isEmpty()) {
                throw new ConflictException("Application " + number + " has no task returned for missing materials");
            }
            List<ApplicationError> errors = new ArrayList<>();
            RequestCheck.uploads(uploads, settings.materials_max_count(), settings.material_max_characters(),
                    "/materials", errors);
            Map<TaskRow, SuspensionRow> open = new LinkedHashMap<>();
            for (TaskRow task : returned) {
                SuspensionRow suspension = store.suspensions(connection, task.id).stream()
                        .filter(s -> s.resumedOn() == null).reduce((a, b) -> b).orElseThrow();
                open.put(task, suspension);
                for (String name : suspension.missing()) {
                    if (!RequestCheck.provides(uploads, name)) {
                        errors.add(new ApplicationError(task.item, "missing-material", "“" + task.itemName
                                + "”仍缺少补正材料“" + name + "”", "/materials"));
                    }
                }
            }
            if (!errors.isEmpty()) {
                throw new RejectedException("The resubmission lacks " + errors.size()
                        + (errors.size() == 1 ? " thing" : " things"), errors);
            }
            int round = store.lastRound(connection, id) + 1;
            for (MaterialUpload upload : uploads) {
                List<String> items = open.entrySet().stream()
                        .filter(e -> e.getValue().missing().stream().anyMatch(m -> RequestCheck.key(m).equals(RequestCheck.key(upload.name()))))
                        .map(e -> e.getKey().item).toList();
                store.material(connection, id, upload.name().strip(),
                        items.isEmpty() ? returned.stream().map(t -> t.item).toList() : items, round, upload.content(), now);
            }
            for (Map.Entry<TaskRow, SuspensionRow> entry : open.entrySet()) {
                resume(connection, entry.getKey(), entry.getValue(), today, now, known.jurisdiction());
            }
            return null;
        });
        return application(number, idSuffix);
    }

    private void resume(Connection connection, TaskRow task, SuspensionRow suspension, LocalDate today, Instant now,
            String jurisdiction) throws SQLException {
        int suspended = (int) clocks.workingDaysBetween(jurisdiction, suspension.returnedOn(), today);
        store.resume(connection, suspension.id(), today, suspended);
        TaskState before = task.state;
        if (task.returnedFrom == TaskState.ACCEPTED) {
            for (ClockKind kind : ClockKind.values()) {
                LocalDate from = task.due(kind);
                LocalDate to = clocks.resume(jurisdiction, task.limit(kind), from, suspension.returnedOn(), today);
                if (!Objects.equals(from, to)) {
                    long days = Clocks.countsWorkingDays(task.limit(kind)) ? suspended
                            : java.time.temporal.ChronoUnit.DAYS.between(suspension.returnedOn(), today);
                    store.dueChange(connection, task.id, now, kind, "resubmitted", from, to, Clocks.day(suspension.returnedOn())
                            + "退回补正，" + Clocks.day(today) + "补正后重新计时：其间" + days
                            + (Clocks.countsWorkingDays(task.limit(kind)) ? "个工作日" : "天")
                            + "（退回次日至补正当日）不计入办结时限，办结日期由" + Clocks.day(from) + "顺延至" + Clocks.day(to));
                }
                task.due(kind, to);
            }
            task.suspendedDays += suspended;
            task.state = TaskState.ACCEPTED;
        } else {
            for (ClockKind kind : ClockKind.values()) {
                LocalDate from = task.due(kind);
                LocalDate to = clocks.due(jurisdiction, task.limit(kind), today);
                if (!Objects.equals(from, to)) {
                    store.dueChange(connection, task.id, now, kind, "resubmitted", from, to, Clocks.day(today)
                            + "补正后重新提交，尚未受理：预计自" + Clocks.day(today) + "起算，办结日期由" + Clocks.day(from)
                            + "改为" + Clocks.day(to));
                }
                task.due(kind, to);
            }
            task.startOn = today;
            task.state = TaskState.SUBMITTED;
        }
        task.returnedFrom = null;
        if (!store.updateTask(connection, task)) {
            throw new ConflictException("Task " + task.id + " was changed meanwhile: read it again");
        }
        store.history(connection, task.applicationId, task.id, now, APPLICANT, "resubmit", before, task.state,
                "补正材料：" + String.join("、", suspension.missing()));
    }

    @Override
    public Application rate(String number, String idSuffix, int score, String comment) {
        Application known = application(number, idSuffix);
        List<ApplicationError> errors = new ArrayList<>();
        if (score < 1 || score > 5) {
            errors.add(ApplicationError.of("invalid-score", "评分为1至5：5非常满意、4满意、3基本满意、2不满意、1非常不满意",
                    "/score"));
        }
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        if (text != null && text.length() > RequestCheck.COMMENT_LENGTH) {
            errors.add(ApplicationError.of("too-long", "评价最多" + RequestCheck.COMMENT_LENGTH + "个字", "/comment"));
        }
        if (!errors.isEmpty()) {
            throw new RejectedException("The rating has " + errors.size() + " problems", errors);
        }
        if (known.state() != ApplicationState.COMPLETED) {
            throw new ConflictException("Application " + number + " can be rated once every task is delivered or "
                    + "refused; it is " + known.state().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        }
        Instant now = now();
        long id = Numbers.id(number).getAsLong();
        transaction("rating an application", connection -> {
            if (!store.rate(connection, id, score, text, now)) {
                throw new ConflictException("Application " + number + " was rated already: a rating is given once");
            }
            store.history(connection, id, null, now, APPLICANT, "rate", null, null,
                    score + "（" + Rating.label(score) + "）" + (score <= 2 ? "：差评，转承办单位跟进" : ""));
            return null;
        });
        if (score <= 2) {
            post(ApplicationEvents.FOLLOW_UP, known.jurisdiction(), number + ": " + score + " " + Rating.label(score));
        }
        return application(number, idSuffix);
    }

    // the office's views

    @Override
    public List<Task> queue(TaskQuery query) {
        String jurisdiction = query.jurisdiction();
        if (query.unit() != null && !TaskQuery.FRONT_DESK.equals(query.unit())
                && catalog.unit(jurisdiction, query.unit()).isEmpty()) {
            throw new UnknownException("Jurisdiction " + jurisdiction + " has no unit " + query.unit());
        }
        String unit = query.unit() == null || TaskQuery.FRONT_DESK.equals(query.unit()) ? query.unit()
                : catalog.unit(jurisdiction, query.unit()).orElse(query.unit());
        LocalDate today = today(now());
        List<Object> parameters = new ArrayList<>();
        StringBuilder where = new StringBuilder("JURISDICTION = ?");
        parameters.add(jurisdiction);
        if (query.state() != null) {
            where.append(" AND STATE = ?");
            parameters.add(query.state().name());
        } else {
            where.append(" AND STATE IN ('SUBMITTED', 'ACCEPTED', 'RETURNED', 'APPROVED')");
        }
        if (unit != null) {
            if (TaskQuery.FRONT_DESK.equals(unit)) {
                where.append(" AND UNIT IS NULL");
            } else {
                where.append(" AND UNIT = ?");
                parameters.add(unit);
            }
        }
        if (query.due() != null) {
            switch (query.due()) {
                case OVERDUE -> {
                    where.append(" AND DUE_COMMITTED < ? AND STATE IN ('SUBMITTED', 'ACCEPTED', 'RETURNED')");
                    parameters.add(today);
                }
                case TODAY -> {
                    where.append(" AND DUE_COMMITTED = ?");
                    parameters.add(today);
                }
                case WEEK -> {
                    where.append(" AND DUE_COMMITTED >= ? AND DUE_COMMITTED <= ?");
                    parameters.add(today);
                    parameters.add(today.plusDays(6));
                }
            }
        }
        where.append(" ORDER BY DUE_COMMITTED, APPLICATION_ID, SEQ FETCH FIRST ").append(Math.max(1, Math.min(1000,
                query.limit()))).append(" ROWS ONLY");
        return read("reading a queue", connection -> {
            Map<Long, ApplicationRow> applications = new LinkedHashMap<>();
            List<Task> tasks = new ArrayList<>();
            for (TaskRow task : store.tasks(connection, where.toString(), parameters.toArray())) {
                ApplicationRow application = applications.get(task.applicationId);
                if (application == null) {
                    application = store.application(connection, task.applicationId).orElseThrow();
                    applications.put(task.applicationId, application);
                }
                tasks.add(view(connection, task, application).withoutAnswers());
            }
            return tasks;
        });
    }

    @Override
    public Statistics statistics(String jurisdiction, LocalDate from, LocalDate to, Grouping by) {
        LocalDate today = today(now());
        return read("counting statistics", connection -> {
            List<StatisticsRow> rows = reports.statistics(connection, jurisdiction, from, to, by, today);
            List<StatisticsRow> total = reports.statistics(connection, jurisdiction, from, to, null, today);
            StatisticsRow sum = total.isEmpty() || total.get(0).received() == 0
                    ? new StatisticsRow("total", null, null, null, 0, 0, 0, 0, 0, 0, 0, null,
                            new io.renshe.catalog.application.RatingCounts(0, 0, 0, 0, 0), 0)
                    : total.get(0);
            return new Statistics(jurisdiction, from, to, by, today, rows, sum);
        });
    }

    @Override
    public List<FollowUp> followUps(String jurisdiction, String unit, int limit) {
        return read("reading follow-ups", connection -> reports.followUps(connection, jurisdiction, unit,
                Math.max(1, Math.min(1000, limit))));
    }

    // decisions told to plug-ins, at least once, in order per task

    void deliverDecisions(Long task) {
        if (database == null || plugins.isEmpty()) {
            return;
        }
        try {
            Instant now = now();
            List<Pending> pending = read("reading decisions", connection -> store.pending(connection, task, now, 100));
            Set<Long> blocked = new HashSet<>();
            for (Pending decision : pending) {
                if (!blocked.contains(decision.task()) && !deliver(decision)) {
                    blocked.add(decision.task());
                }
            }
        } catch (RuntimeException e) {
            LOG.warn("Decisions could not be offered to the item plug-ins now; they are offered again later ({})",
                    e.getClass().getName());
        }
    }

    private boolean deliver(Pending pending) {
        Instant now = now();
        record Loaded(TaskRow task, ApplicationRow application) {
        }
        Loaded loaded = read("reading a decision", connection -> {
            TaskRow task = store.task(connection, pending.task()).orElseThrow();
            return new Loaded(task, store.application(connection, task.applicationId).orElseThrow());
        });
        Optional<ItemPlugins.Plugin> plugin = plugin(loaded.task().item);
        if (plugin.isEmpty()) {
            return false;
        }
        boolean claimed = transaction("claiming a decision", connection -> store.claim(connection, pending.id(), now,
                now.plusSeconds(60)));
        if (!claimed) {
            return false;
        }
        ApplicationRow application = loaded.application();
        Decision decision = new Decision(Numbers.number(application.jurisdiction(), application.submittedOn(),
                application.id()), loaded.task().id, loaded.task().item, pending.state(), application.applicant(),
                Json.object(loaded.task().answers), pending.decidedOn());
        try {
            plugin.get().service().decided(decision);
        } catch (RuntimeException e) {
            LOG.warn("Item plug-in {} failed to take the decision on task {} ({}); it is offered again later",
                    plugin.get().label(), pending.task(), e.getClass().getName(), redacted(e));
            transaction("recording a failed decision", connection -> {
                store.failed(connection, pending.id(), e.getClass().getName());
                return null;
            });
            return false;
        }
        transaction("recording a decision", connection -> {
            store.done(connection, pending.id(), now());
            return null;
        });
        return true;
    }

    // plumbing

    private <T> T call(ItemPlugins.Plugin plugin, String what, Supplier<T> call) {
        try {
            return call.get();
        } catch (ServiceUnavailableException e) {
            LOG.warn("Item plug-in {} cannot answer in {} now: a service it needs is unavailable", plugin.label(), what);
            throw new ServiceUnavailableException("The item plug-in " + plugin.label() + " cannot answer now (" + what
                    + "): a service it needs is unavailable, try again later");
        } catch (RuntimeException e) {
            throw pluginFailure(plugin, what, e);
        }
    }

    private static ServiceUnavailableException pluginFailure(ItemPlugins.Plugin plugin, String what, Exception e) {
        String reference = UUID.randomUUID().toString();
        LOG.error("Item plug-in {} failed in {} ({}, logged as {})", plugin.label(), what, e.getClass().getName(),
                reference, redacted(e));
        return new ServiceUnavailableException("The item plug-in " + plugin.label() + " failed (" + what
                + "), logged as " + reference + ": try again later");
    }

    /** The exception's stack without its message, which may hold personal data. */
    private static Throwable redacted(Throwable e) {
        Throwable redacted = new Throwable(e.getClass().getName() + " (message withheld: it may hold personal data)");
        redacted.setStackTrace(e.getStackTrace());
        return redacted;
    }

    private static String pointerToken(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }

    private void post(String kind, String subject, String detail) {
        EventAdmin admin = events;
        if (admin != null) {
            try {
                admin.postEvent(new Event(PlatformEvents.topic(kind), PlatformEvents.properties(kind, subject, detail)));
            } catch (RuntimeException e) {
                LOG.debug("Event {} of {} not posted: {}", kind, subject, e.toString());
            }
        }
    }

    Instant now() {
        Clock given = clock;
        return (given == null ? Clock.systemUTC() : given).instant();
    }

    LocalDate today(Instant now) {
        return LocalDate.ofInstant(now, zone);
    }

    /** Work in one transaction of the application database. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    <T> T transaction(String what, Work<T> work) {
        DataSource source = database();
        try (Connection connection = source.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                try {
                    connection.rollback();
                } catch (SQLException rollback) {
                    e.addSuppressed(Sql.failure("rolling back", rollback));
                }
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw Sql.failure(what, e);
        }
    }

    <T> T read(String what, Work<T> work) {
        DataSource source = database();
        try (Connection connection = source.getConnection()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw Sql.failure(what, e);
        }
    }

    private DataSource database() {
        DataSource source = database;
        if (source == null) {
            throw new ServiceUnavailableException("The application database is not available: see /api/health");
        }
        return source;
    }
}
