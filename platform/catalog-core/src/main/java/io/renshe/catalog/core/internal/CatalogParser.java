package io.renshe.catalog.core.internal;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.yaml.snakeyaml.nodes.Node;

import io.renshe.catalog.api.Arrangement;
import io.renshe.catalog.api.BundleItem;
import io.renshe.catalog.api.BundleSet;
import io.renshe.catalog.api.Catalog;
import io.renshe.catalog.api.Channel;
import io.renshe.catalog.api.DocumentRef;
import io.renshe.catalog.api.HandlingLevel;
import io.renshe.catalog.api.Item;
import io.renshe.catalog.api.ItemList;
import io.renshe.catalog.api.Jurisdiction;
import io.renshe.catalog.api.Level;
import io.renshe.catalog.api.LevelDuty;
import io.renshe.catalog.api.Limit;
import io.renshe.catalog.api.ListEntry;
import io.renshe.catalog.api.LocalDay;
import io.renshe.catalog.api.Material;
import io.renshe.catalog.api.OneThing;
import io.renshe.catalog.api.OnlineAccess;
import io.renshe.catalog.api.Unit;
import io.renshe.catalog.api.limits.LimitExceededException;
import io.renshe.catalog.api.limits.YamlLimits;
import io.renshe.catalog.api.time.TimeLimitParser;

/**
 * Reads the catalog files of one jurisdiction bundle (format {@code renshe-catalog/1}). Each file is decoded as
 * UTF-8, parsed as YAML and validated against the {@link FormatSchema}, which alone says what a file may hold; then
 * this parser checks, within the bundle, what a schema cannot: one jurisdiction file, ids unique across files,
 * sequence numbers, unit names and local items unique, references to catalogue items, and time limits it can read.
 * Units and parents are checked when the bundle is linked with its ancestors ({@link CatalogIndex}).
 * <p>
 * Every problem of every file is reported, with its file and line. Thread-safe.
 */
final class CatalogParser {

    private final CoreCatalogue core;
    private final FormatSchema schema;
    private final TimeLimitParser limits;
    private final Supplier<YamlLimits> yamlLimits;

    CatalogParser(CoreCatalogue core, FormatSchema schema, TimeLimitParser limits) {
        this(core, schema, limits, () -> YamlLimits.DEFAULTS);
    }

    /** A parser that reads every file within the YAML limits current when it is read. */
    CatalogParser(CoreCatalogue core, FormatSchema schema, TimeLimitParser limits, Supplier<YamlLimits> yamlLimits) {
        this.core = core;
        this.schema = schema;
        this.limits = limits;
        this.yamlLimits = yamlLimits;
    }

    /** The catalog of the platform's own core items. */
    CoreCatalogue core() {
        return core;
    }

    /** The format's schema. */
    FormatSchema schema() {
        return schema;
    }

    /**
     * Parses a bundle's files.
     *
     * @param files file name (relative to the catalog folder) to its bytes, in a stable order
     */
    ParsedBundle parse(String bundle, String version, long bundleId, Map<String, byte[]> files) {
        Run run = new Run();
        Map<String, YamlDocument> documents = new LinkedHashMap<>();
        Map<String, String> kinds = new LinkedHashMap<>();
        YamlLimits yaml = yamlLimits.get();
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            if (file.getValue().length > yaml.maxDocumentBytes()) {
                run.problems.add(file.getKey(), 0, tooLarge(yaml).getMessage());
                continue;
            }
            String text = CatalogText.decode(file.getKey(), file.getValue(), run.problems);
            YamlDocument document = text == null ? null : YamlDocument.read(file.getKey(), text, yaml, run.problems);
            if (document == null) {
                continue;
            }
            run.problems.addAll(schema.validate(document));
            documents.put(file.getKey(), document);
            YamlMap top = YamlMap.of(document.root());
            kinds.put(file.getKey(), top == null ? null : top.text("kind"));
        }
        if (files.isEmpty()) {
            run.problems.add("", 0, "the bundle has no catalog files (*.yaml) in its catalog folder");
        }
        List<String> jurisdictionFiles = kinds.entrySet().stream().filter(e -> "jurisdiction".equals(e.getValue()))
                .map(Map.Entry::getKey).toList();
        if (jurisdictionFiles.isEmpty() && !files.isEmpty()) {
            run.problems.add(files.keySet().iterator().next(), 0,
                    "the bundle has no file of kind 'jurisdiction' (jurisdiction.yaml) declaring its jurisdiction");
        }
        for (String extra : jurisdictionFiles.subList(Math.min(1, jurisdictionFiles.size()), jurisdictionFiles.size())) {
            run.problems.add(extra, 1, "a second file of kind 'jurisdiction' (the first is " + jurisdictionFiles.get(0) + ")");
        }
        if (!jurisdictionFiles.isEmpty()) {
            String file = jurisdictionFiles.get(0);
            run.jurisdictionFile = file;
            run.jurisdiction = jurisdiction(file, YamlMap.of(documents.get(file).root()), run);
        }
        List<ItemList> lists = new ArrayList<>();
        List<BundleSet> sets = new ArrayList<>();
        List<Arrangement> arrangements = new ArrayList<>();
        String source = run.jurisdiction == null ? null : run.jurisdiction.id();
        for (Map.Entry<String, YamlDocument> document : documents.entrySet()) {
            String file = document.getKey();
            YamlMap top = YamlMap.of(document.getValue().root());
            String kind = kinds.get(file);
            if (top == null || kind == null) {
                continue;
            }
            switch (kind) {
                case "list" -> add(list(file, top, run, source), lists);
                case "bundles" -> add(bundleSet(file, top, run, source), sets);
                case "arrangement" -> add(arrangement(file, top, run, source), arrangements);
                default -> { }
            }
        }
        Catalog catalog = run.jurisdiction == null ? null : new Catalog(run.jurisdiction, lists, sets, arrangements);
        return new ParsedBundle(bundle, version, bundleId, catalog, run.jurisdictionFile, run.parentLine,
                run.unitRefs, run.problems.sorted());
    }

    /** The problem of a catalog file larger than the YAML limits allow. */
    static LimitExceededException tooLarge(YamlLimits yaml) {
        return YamlLimits.exceeded("maxDocumentBytes", yaml.maxDocumentBytes(), "the file is larger than "
                + yaml.maxDocumentBytes() + " bytes");
    }

    /** The YAML limits current now. */
    YamlLimits yamlLimits() {
        return yamlLimits.get();
    }

    /** Parses a bundle whose files are given as text, as UTF-8 (for tests, benchmarks and tools). */
    ParsedBundle parseText(String bundle, String version, long bundleId, Map<String, String> files) {
        Map<String, byte[]> bytes = new LinkedHashMap<>();
        files.forEach((name, text) -> bytes.put(name, text.getBytes(StandardCharsets.UTF_8)));
        return parse(bundle, version, bundleId, bytes);
    }

    /**
     * Reads one list entry that no bundle's file holds (an overlay's), as an entry of a list of the jurisdiction is read:
     * its item, its time limits, its inferred marks. The schema is the caller's to check, units too.
     *
     * @param file the name of the document, for the problems
     * @param entry the entry's mapping
     * @param jurisdiction the jurisdiction whose catalog will hold it
     * @param localItems the local items it may name
     * @param problems where the problems go
     * @return the entry, or {@code null} when it cannot be read
     */
    ListEntry entry(String file, YamlMap entry, Jurisdiction jurisdiction, List<Item> localItems, Problems problems) {
        Run run = new Run();
        run.jurisdiction = jurisdiction;
        localItems.forEach(item -> run.localItems.put(Names.key(item.name()), item));
        ListEntry read = entry(file, entry, run, new HashMap<>());
        problems.addAll(run.problems.sorted());
        return read;
    }

    private static <T> void add(T value, List<T> to) {
        if (value != null) {
            to.add(value);
        }
    }

    /** State of one parse: problems, names declared so far, references to check. */
    private final class Run {
        final Problems problems = new Problems();
        final List<ParsedBundle.UnitRef> unitRefs = new ArrayList<>();
        final Map<String, String> containerIds = new HashMap<>();
        final Map<String, String> bundleIds = new HashMap<>();
        final Map<String, Item> localItems = new HashMap<>();
        Jurisdiction jurisdiction;
        String jurisdictionFile;
        int parentLine;

        void units(String file, YamlMap map, String field, List<String> names) {
            for (String name : names) {
                unitRefs.add(new ParsedBundle.UnitRef(file, map.line(field), name));
            }
        }

        /** Resolves what an entry stands for: explicit item, code, then name; local when nothing matches. */
        Item resolve(String file, YamlMap map, String name, String code, String explicit) {
            if (explicit != null) {
                Optional<Item> found = core.find(explicit);
                if (found.isEmpty() && localItems.containsKey(Names.key(explicit))) {
                    return localItems.get(Names.key(explicit));
                }
                if (found.isEmpty()) {
                    problems.add(file, map.line("item"), "unknown item '" + explicit
                            + "': no catalogue item or local item has this code or name");
                    return null;
                }
                return found.get();
            }
            if (code != null) {
                if (!CoreCatalogue.isCode(code)) {
                    return null;
                }
                Optional<Item> found = core.find(code);
                if (found.isEmpty()) {
                    problems.add(file, map.line("code"), "unknown item: national code " + code
                            + " is not in the platform's catalogue");
                    return null;
                }
                return found.get();
            }
            if (name == null) {
                return null;
            }
            Optional<Item> found = core.find(name);
            if (found.isPresent()) {
                return found.get();
            }
            Item local = localItems.get(Names.key(name));
            if (local != null) {
                return local;
            }
            return Item.builder().id(name).name(name).local(true)
                    .jurisdiction(jurisdiction == null ? null : jurisdiction.id()).build();
        }

        Limit limit(String file, YamlMap map, String field) {
            String text = map.text(field);
            if (text == null) {
                return null;
            }
            try {
                return new Limit(text, limits.parse(text));
            } catch (IllegalArgumentException e) {
                problems.add(file, map.line(field), "unparseable time limit '" + text + "': " + e.getMessage());
                return null;
            }
        }

        /** Claims a sequence number in its container; {@code null} when it is already used. */
        String seq(String file, YamlMap map, Map<String, Integer> seen, String where) {
            String seq = map.text("seq");
            if (seq != null) {
                Integer before = seen.putIfAbsent(seq, map.line());
                if (before != null) {
                    problems.add(file, map.line("seq"), "duplicate entry: seq " + seq + " is already used at line " + before
                            + " of this " + where);
                    return null;
                }
            }
            return seq;
        }

        /** Claims the id of a list, bundle set or arrangement, which share one namespace. */
        String containerId(String file, YamlMap top) {
            String id = top.text("id");
            if (id != null) {
                String before = containerIds.putIfAbsent(id, file);
                if (before != null) {
                    problems.add(file, top.line("id"), "duplicate id '" + id + "': " + before + " already uses it");
                }
            }
            return id;
        }
    }

    private Jurisdiction jurisdiction(String file, YamlMap top, Run run) {
        if (top == null) {
            return null;
        }
        String id = top.text("id");
        String name = top.text("name");
        Level level = Level.ofKey(top.text("level"));
        String parent = top.text("parent");
        run.parentLine = top.line("parent");
        if (parent != null && parent.equals(id)) {
            run.problems.add(file, top.line("parent"), "a jurisdiction cannot be its own parent");
        }
        List<Unit> units = new ArrayList<>();
        Map<String, Integer> unitNames = new HashMap<>();
        for (Node node : top.list("units")) {
            YamlMap u = YamlMap.of(node);
            String unitName = u == null ? null : u.text("name");
            if (unitName == null) {
                continue;
            }
            List<String> aliases = u.texts("aliases");
            List<String> names = new ArrayList<>();
            names.add(unitName);
            names.addAll(aliases);
            for (String key : names) {
                Integer before = unitNames.putIfAbsent(Names.key(key), u.line());
                if (before != null) {
                    run.problems.add(file, u.line("name"), "duplicate unit name '" + key + "' (first at line " + before + ")");
                }
            }
            units.add(new Unit(unitName, aliases, u.text("type"), u.text("department")));
        }
        List<Item> items = new ArrayList<>();
        for (Node node : top.list("items")) {
            YamlMap i = YamlMap.of(node);
            String itemName = i == null ? null : i.text("name");
            if (itemName == null) {
                continue;
            }
            String unit = i.text("unit");
            if (unit != null) {
                run.units(file, i, "unit", List.of(unit));
            }
            String category = i.text("category");
            List<String> applicants = i.texts("applicants");
            String code = i.text("code");
            Optional<Item> catalogued = core.find(code != null ? code : itemName);
            Item item = catalogued.map(c -> c.toBuilder().aliases(union(c.aliases(), i.texts("aliases")))
                            .category(category != null ? category : c.category())
                            .applicants(applicants.isEmpty() ? c.applicants() : applicants).build())
                    .orElseGet(() -> Item.builder().id(itemName).name(itemName).aliases(i.texts("aliases"))
                            .category(category).applicants(applicants).local(true).build());
            if (run.localItems.putIfAbsent(Names.key(itemName), item) != null) {
                run.problems.add(file, i.line("name"), "duplicate local item '" + itemName + "'");
            }
            items.add(item);
        }
        List<LocalDay> holidays = new ArrayList<>();
        for (Node node : top.list("holidays")) {
            YamlMap h = YamlMap.of(node);
            String date = h == null ? null : date(h.text("date"));
            String holidayName = h == null ? null : h.text("name");
            if (date != null && holidayName != null) {
                holidays.add(new LocalDay(date, holidayName));
            }
        }
        if (id == null || name == null || level == null) {
            return null;
        }
        List<Item> located = items.stream().map(it -> it.local() ? it.toBuilder().jurisdiction(id).build() : it).toList();
        located.forEach(it -> run.localItems.put(Names.key(it.name()), it));
        return Jurisdiction.builder().id(id).name(name).level(level).parent(parent).units(units).items(located)
                .hidden(top.texts("hide")).holidays(holidays).build();
    }

    private ItemList list(String file, YamlMap top, Run run, String source) {
        String id = run.containerId(file, top);
        String title = top.text("title");
        String type = top.text("type");
        List<ListEntry> entries = new ArrayList<>();
        Map<String, Integer> seqs = new HashMap<>();
        for (Node node : top.list("entries")) {
            YamlMap e = YamlMap.of(node);
            if (e != null) {
                add(entry(file, e, run, seqs), entries);
            }
        }
        if (id == null || title == null || type == null) {
            return null;
        }
        return ItemList.builder().id(id).title(title).type(type).document(document(top)).columns(top.texts("columns"))
                .entries(entries).source(source).file(file).build();
    }

    private ListEntry entry(String file, YamlMap e, Run run, Map<String, Integer> seqs) {
        String seq = run.seq(file, e, seqs, "list");
        String name = e.text("name");
        String code = e.text("code");
        Item item = run.resolve(file, e, name, code, e.text("item"));
        List<String> units = e.texts("units");
        run.units(file, e, "units", units);
        List<Channel> channels = new ArrayList<>();
        for (String key : e.texts("channels")) {
            Channel channel = Channel.ofKey(key);
            if (channel != null && !channels.contains(channel)) {
                channels.add(channel);
            }
        }
        YamlMap o = e.map("online");
        OnlineAccess online = o == null ? null : new OnlineAccess(o.texts("url"), o.text("email"), o.texts("apps"));
        Limit limit = run.limit(file, e, "limit");
        Limit before = run.limit(file, e, "limitBefore");
        Limit after = run.limit(file, e, "limitAfter");
        List<LevelDuty> levels = new ArrayList<>();
        YamlMap l = e.map("levels");
        for (HandlingLevel level : HandlingLevel.values()) {
            YamlMap d = l == null ? null : l.map(level.key());
            String duty = d == null ? null : d.text("duty");
            if (duty != null) {
                levels.add(new LevelDuty(level, duty, d.text("role")));
            }
        }
        if (seq == null || name == null || item == null) {
            return null;
        }
        return ListEntry.builder().seq(seq).name(name).item(item.id()).local(item.local()).code(code).units(units)
                .channels(channels).online(online).limit(limit).limitBefore(before).limitAfter(after)
                .applicants(e.texts("applicants")).category(e.text("category")).levels(levels).remarks(e.text("remarks"))
                .original(e.text("original")).inferred(inferred(file, e, run)).build();
    }

    private BundleSet bundleSet(String file, YamlMap top, Run run, String source) {
        String id = run.containerId(file, top);
        String title = top.text("title");
        String type = top.text("type");
        List<OneThing> bundles = new ArrayList<>();
        Map<String, Integer> seqs = new HashMap<>();
        for (Node node : top.list("bundles")) {
            YamlMap b = YamlMap.of(node);
            if (b != null) {
                add(oneThing(file, b, run, seqs, id), bundles);
            }
        }
        if (id == null || title == null || type == null) {
            return null;
        }
        return BundleSet.builder().id(id).title(title).type(type).crossDepartment(top.bool("crossDepartment", false))
                .document(document(top)).bundles(bundles).source(source).file(file).build();
    }

    private OneThing oneThing(String file, YamlMap b, Run run, Map<String, Integer> seqs, String setId) {
        String seq = run.seq(file, b, seqs, "bundle set");
        String name = b.text("name");
        String id = b.text("id");
        if (id == null && setId != null && seq != null) {
            id = setId + "-" + seq;
        }
        if (id != null) {
            String before = run.bundleIds.putIfAbsent(id, file + ":" + b.line());
            if (before != null) {
                run.problems.add(file, b.line("id"), "duplicate bundle id '" + id + "' (first at " + before + ")");
            }
        }
        List<String> lead = b.texts("lead");
        List<String> co = b.texts("co");
        run.units(file, b, "lead", lead);
        run.units(file, b, "co", co);
        Limit limit = run.limit(file, b, "limit");
        List<BundleItem> items = new ArrayList<>();
        Map<String, Integer> itemSeqs = new HashMap<>();
        for (Node itemNode : b.list("items")) {
            YamlMap i = YamlMap.of(itemNode);
            if (i == null) {
                continue;
            }
            String itemSeq = run.seq(file, i, itemSeqs, "bundle");
            String itemName = i.text("name");
            String code = i.text("code");
            Item item = run.resolve(file, i, itemName, code, i.text("item"));
            List<String> units = i.texts("unit");
            run.units(file, i, "unit", units);
            Limit itemLimit = run.limit(file, i, "limit");
            if (itemSeq != null && itemName != null && item != null) {
                items.add(BundleItem.builder().seq(itemSeq).name(itemName).item(item.id()).local(item.local()).code(code)
                        .units(units).includes(i.texts("includes")).limit(itemLimit).materials(materials(i))
                        .remarks(i.text("remarks")).original(i.text("original")).rules(i.texts("rules"))
                        .inferred(inferred(file, i, run)).build());
            }
        }
        if (seq == null || name == null || id == null) {
            return null;
        }
        return OneThing.builder().id(id).seq(seq).name(name).lead(lead).co(co).level(b.text("level"))
                .place(b.text("place")).process(b.text("process")).limit(limit).remarks(b.texts("remarks"))
                .flow(b.texts("flow")).materials(materials(b)).result(b.text("result")).rules(b.texts("rules"))
                .sharing(b.texts("sharing")).items(items).inferred(inferred(file, b, run)).build();
    }

    private Arrangement arrangement(String file, YamlMap top, Run run, String source) {
        String id = run.containerId(file, top);
        String title = top.text("title");
        List<Arrangement.Window> windows = new ArrayList<>();
        for (Node node : top.list("windows")) {
            YamlMap w = YamlMap.of(node);
            String name = w == null ? null : w.text("name");
            if (name != null) {
                Integer count = w.integer("count");
                windows.add(new Arrangement.Window(name, count == null ? 1 : count, w.text("duties")));
            }
        }
        if (id == null || title == null) {
            return null;
        }
        return Arrangement.builder().id(id).title(title).document(document(top)).summary(top.text("summary"))
                .windows(windows).principles(top.texts("principles")).text(top.texts("text")).source(source).build();
    }

    private static DocumentRef document(YamlMap top) {
        YamlMap d = top.map("document");
        return d == null ? null : new DocumentRef(d.text("number"), d.text("title"), date(d.text("date")), d.text("annex"));
    }

    /**
     * {@code inferred:} names values the document does not state, each with its reason (the schema checks names and
     * reasons, and has reported a mark it does not know); each field it names must hold a value in the same element.
     */
    private static Map<String, String> inferred(String file, YamlMap element, Run run) {
        YamlMap marks = element.map("inferred");
        if (marks == null) {
            return Map.of();
        }
        Map<String, String> inferred = new LinkedHashMap<>();
        for (String field : marks.keys()) {
            String reason = marks.text(field);
            if (element.node(field) == null) {
                if (!run.problems.has(file, marks.line(field))) {
                    run.problems.add(file, marks.line(field), "'" + field + "' is marked inferred but has no value here");
                }
            } else if (reason != null) {
                inferred.putIfAbsent(field, reason);
            }
        }
        return inferred;
    }

    /** A date the schema has checked, normalised; {@code null} when absent or not a date. */
    private static String date(String text) {
        try {
            return text == null ? null : LocalDate.parse(text).toString();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static List<Material> materials(YamlMap map) {
        List<Material> materials = new ArrayList<>();
        for (Node node : map.list("materials")) {
            YamlMap m = YamlMap.of(node);
            String name = m == null ? null : m.text("name");
            if (name != null) {
                materials.add(new Material(name, m.bool("required", true), m.text("note")));
            }
        }
        return materials;
    }

    private static List<String> union(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        b.stream().filter(x -> !all.contains(x)).forEach(all::add);
        return all;
    }
}
