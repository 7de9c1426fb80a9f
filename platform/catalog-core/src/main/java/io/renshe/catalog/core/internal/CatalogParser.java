package io.renshe.catalog.core.internal;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

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

/**
 * Reads the catalog files of one jurisdiction bundle (format {@code renshe-catalog/1}) and checks everything that
 * can be checked within the bundle: syntax, fields, types, values, duplicates, item references and time limits.
 */
final class CatalogParser {

    static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
    static final Pattern DIVISION = Pattern.compile("\\d{6}");
    static final Set<String> UNIT_TYPES = Set.of("section", "center", "office", "agency", "external");
    static final Set<String> CATEGORIES = Set.of("业务办理类", "查询、打印类");
    static final Set<String> APPLICANTS = Set.of("个人", "法人", "单位");
    static final Set<String> ROLES = Set.of("accept", "review", "approve", "deliver");
    /** The fields of a list entry, a bundle and a bundle item that {@code inferred:} may name. */
    static final List<String> ENTRY_INFERABLE = List.of("code", "item", "units", "channels", "online", "limit",
            "limitBefore", "limitAfter", "applicants", "category", "levels");
    static final List<String> BUNDLE_INFERABLE = List.of("lead", "co", "level", "place", "process", "limit", "flow",
            "materials", "result", "rules", "sharing");
    static final List<String> ITEM_INFERABLE = List.of("code", "item", "unit", "includes", "limit", "materials",
            "rules");

    private final CoreCatalogue core;

    CatalogParser(CoreCatalogue core) {
        this.core = core;
    }

    /**
     * Parses a bundle's files.
     *
     * @param files file name (relative to the catalog folder) to its text, in a stable order
     */
    ParsedBundle parse(String bundle, String version, long bundleId, Map<String, String> files) {
        Run run = new Run();
        Map<String, Node> roots = new LinkedHashMap<>();
        Map<String, String> kinds = new LinkedHashMap<>();
        for (Map.Entry<String, String> file : files.entrySet()) {
            Node root = YamlFiles.compose(file.getKey(), new StringReader(file.getValue()), run.problems);
            if (root == null) {
                continue;
            }
            roots.put(file.getKey(), root);
            kinds.put(file.getKey(), peekKind(root));
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
            run.jurisdiction = jurisdiction(file, roots.get(file), run);
        }
        List<ItemList> lists = new ArrayList<>();
        List<BundleSet> sets = new ArrayList<>();
        List<Arrangement> arrangements = new ArrayList<>();
        String source = run.jurisdiction == null ? null : run.jurisdiction.id();
        for (Map.Entry<String, Node> root : roots.entrySet()) {
            String file = root.getKey();
            String kind = kinds.get(file);
            if (kind == null) {
                Fields top = Fields.of(file, root.getValue(), run.problems, "the file", "schema", "kind");
                if (top != null) {
                    top.required("kind", "the file");
                }
                continue;
            }
            switch (kind) {
                case "jurisdiction" -> { }
                case "list" -> add(list(file, root.getValue(), run, source), lists);
                case "bundles" -> add(bundleSet(file, root.getValue(), run, source), sets);
                case "arrangement" -> add(arrangement(file, root.getValue(), run, source), arrangements);
                default -> run.problems.add(file, Fields.line(root.getValue()),
                        "unknown kind '" + kind + "' (a catalog file is of kind jurisdiction, list, bundles or arrangement)");
            }
        }
        Catalog catalog = run.jurisdiction == null ? null : new Catalog(run.jurisdiction, lists, sets, arrangements);
        return new ParsedBundle(bundle, version, bundleId, catalog, run.jurisdictionFile, run.parentLine,
                run.unitRefs, run.problems.sorted());
    }

    private static <T> void add(T value, List<T> to) {
        if (value != null) {
            to.add(value);
        }
    }

    private static String peekKind(Node root) {
        if (root instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key && "kind".equals(key.getValue())
                        && tuple.getValueNode() instanceof ScalarNode value) {
                    return value.getValue().strip();
                }
            }
        }
        return null;
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

        void claimContainer(Fields f, String id) {
            String before = containerIds.putIfAbsent(id, f.file());
            if (before != null) {
                f.error("id", "duplicate id '" + id + "': " + before + " already uses it");
            }
        }

        void units(Fields f, String field, List<String> names) {
            for (String name : names) {
                unitRefs.add(new ParsedBundle.UnitRef(f.file(), f.line(field), name));
            }
        }

        /** Resolves what an entry stands for: explicit item, code, then name; local when nothing matches. */
        Item resolve(Fields f, String name, String code, String explicit) {
            if (explicit != null) {
                Optional<Item> found = core.find(explicit);
                if (found.isEmpty() && localItems.containsKey(Names.key(explicit))) {
                    return localItems.get(Names.key(explicit));
                }
                if (found.isEmpty()) {
                    f.error("item", "unknown item '" + explicit + "': no catalogue item or local item has this code or name");
                    return null;
                }
                return found.get();
            }
            if (code != null) {
                if (!CoreCatalogue.isCode(code)) {
                    f.error("code", "national code '" + code + "' is not of the form 1.10.1");
                    return null;
                }
                Optional<Item> found = core.find(code);
                if (found.isEmpty()) {
                    f.error("code", "unknown item: national code " + code + " is not in the platform's catalogue");
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
            return new Item(name, null, name, List.of(), null, List.of(), true, jurisdiction == null ? null : jurisdiction.id());
        }
    }

    private Jurisdiction jurisdiction(String file, Node root, Run run) {
        Fields top = Fields.of(file, root, run.problems, "the jurisdiction file",
                "schema", "kind", "id", "name", "level", "parent", "units", "items", "hide", "holidays");
        if (top == null) {
            return null;
        }
        YamlFiles.checkHeader(top, "jurisdiction");
        String id = top.required("id", "the jurisdiction");
        if (id != null && !DIVISION.matcher(id).matches()) {
            top.error("id", "jurisdiction id '" + id + "' is not a 6-digit administrative division code (GB/T 2260)");
            id = null;
        }
        String name = top.required("name", "the jurisdiction");
        String levelKey = top.required("level", "the jurisdiction");
        Level level = levelKey == null ? null : Level.ofKey(levelKey);
        if (levelKey != null && level == null) {
            top.error("level", "unknown level '" + levelKey + "' (province, city, district, town or village)");
        }
        String parent = top.string("parent");
        run.parentLine = top.line("parent");
        if (parent != null && !DIVISION.matcher(parent).matches()) {
            top.error("parent", "parent '" + parent + "' is not a 6-digit administrative division code");
        }
        if (parent == null && level != null && level != Level.PROVINCE) {
            top.error("level", "a jurisdiction of level " + level.key() + " needs a parent");
        }
        if (parent != null && parent.equals(id)) {
            top.error("parent", "a jurisdiction cannot be its own parent");
        }
        List<Unit> units = new ArrayList<>();
        Map<String, Integer> unitNames = new HashMap<>();
        for (Node node : top.list("units")) {
            Fields u = Fields.of(file, node, run.problems, "a unit", "name", "aliases", "type", "department");
            if (u == null) {
                continue;
            }
            String unitName = u.required("name", "a unit");
            String type = u.string("type");
            if (type != null && !UNIT_TYPES.contains(type)) {
                u.error("type", "unknown unit type '" + type + "' (section, center, office, agency or external)");
            }
            List<String> aliases = u.strings("aliases");
            if (unitName == null) {
                continue;
            }
            for (String key : concat(unitName, aliases)) {
                Integer before = unitNames.putIfAbsent(Names.key(key), u.line());
                if (before != null) {
                    u.error("name", "duplicate unit name '" + key + "' (first at line " + before + ")");
                }
            }
            units.add(new Unit(unitName, aliases, type, u.string("department")));
        }
        List<Item> items = new ArrayList<>();
        for (Node node : top.list("items")) {
            Fields i = Fields.of(file, node, run.problems, "a local item", "name", "code", "aliases", "category", "applicants", "unit");
            if (i == null) {
                continue;
            }
            String itemName = i.required("name", "a local item");
            String category = category(i);
            List<String> applicants = applicants(i);
            String unit = i.string("unit");
            if (unit != null) {
                run.units(i, "unit", List.of(unit));
            }
            if (itemName == null) {
                continue;
            }
            Optional<Item> core = this.core.find(i.string("code") != null ? i.string("code") : itemName);
            Item item = core.map(c -> new Item(c.id(), c.code(), c.name(), concatAll(c.aliases(), i.strings("aliases")),
                            category != null ? category : c.category(), applicants.isEmpty() ? c.applicants() : applicants, false, null))
                    .orElseGet(() -> new Item(itemName, null, itemName, i.strings("aliases"), category, applicants, true, null));
            if (run.localItems.putIfAbsent(Names.key(itemName), item) != null) {
                i.error("name", "duplicate local item '" + itemName + "'");
            }
            items.add(item);
        }
        List<String> hidden = top.strings("hide");
        List<LocalDay> holidays = new ArrayList<>();
        for (Node node : top.list("holidays")) {
            Fields h = Fields.of(file, node, run.problems, "a local holiday", "date", "name");
            if (h == null) {
                continue;
            }
            String date = date(h, "date");
            String holidayName = h.required("name", "a local holiday");
            if (date != null && holidayName != null) {
                holidays.add(new LocalDay(date, holidayName));
            }
        }
        if (id == null || name == null || level == null) {
            return null;
        }
        String jid = id;
        List<Item> located = items.stream().map(it -> it.local()
                ? new Item(it.id(), it.code(), it.name(), it.aliases(), it.category(), it.applicants(), true, jid) : it).toList();
        located.forEach(it -> run.localItems.put(Names.key(it.name()), it));
        return new Jurisdiction(id, name, level, parent, units, located, hidden, holidays);
    }

    private ItemList list(String file, Node root, Run run, String source) {
        Fields top = Fields.of(file, root, run.problems, "the list file",
                "schema", "kind", "id", "title", "type", "document", "columns", "entries");
        if (top == null) {
            return null;
        }
        YamlFiles.checkHeader(top, "list");
        String id = id(top, run);
        String title = top.required("title", "the list");
        String type = top.required("type", "the list");
        DocumentRef document = document(top);
        List<String> columns = top.strings("columns");
        List<ListEntry> entries = new ArrayList<>();
        Map<String, Integer> seqs = new HashMap<>();
        if (!top.has("entries")) {
            top.error("entries", "the list has no entries");
        }
        for (Node node : top.list("entries")) {
            ListEntry entry = entry(file, node, run, seqs);
            if (entry != null) {
                entries.add(entry);
            }
        }
        if (id == null || title == null || type == null) {
            return null;
        }
        return new ItemList(id, title, type, document, columns, entries, source, file);
    }

    private ListEntry entry(String file, Node node, Run run, Map<String, Integer> seqs) {
        Fields e = Fields.of(file, node, run.problems, "a list entry", "seq", "name", "code", "item", "units", "channels",
                "online", "limit", "limitBefore", "limitAfter", "applicants", "category", "levels", "remarks", "original",
                "inferred");
        if (e == null) {
            return null;
        }
        String seq = seq(e, seqs, "list");
        String name = e.required("name", "a list entry");
        String code = e.string("code");
        Item item = run.resolve(e, name, code, e.string("item"));
        List<String> units = e.strings("units");
        run.units(e, "units", units);
        List<Channel> channels = channels(e);
        OnlineAccess online = null;
        Fields o = e.mapping("online", "online details", "url", "email", "apps");
        if (o != null) {
            online = new OnlineAccess(o.strings("url"), o.string("email"), o.strings("apps"));
            if (!channels.contains(Channel.ONLINE)) {
                e.error("online", "online details are given but 'online' is not among the channels");
            }
        }
        Limit limit = limit(e, "limit");
        Limit before = limit(e, "limitBefore");
        Limit after = limit(e, "limitAfter");
        List<LevelDuty> levels = new ArrayList<>();
        Fields l = e.mapping("levels", "the levels", "district", "town", "village");
        if (l != null) {
            for (HandlingLevel level : HandlingLevel.values()) {
                Fields d = l.mapping(level.key(), "the duty at " + level.key() + " level", "duty", "role");
                if (d == null) {
                    continue;
                }
                String duty = d.required("duty", "the duty at " + level.key() + " level");
                String role = d.string("role");
                if (role != null && !ROLES.contains(role)) {
                    d.error("role", "unknown role '" + role + "' (accept, review, approve or deliver)");
                    role = null;
                }
                if (duty != null) {
                    levels.add(new LevelDuty(level, duty, role));
                }
            }
        }
        String category = category(e);
        List<String> applicants = applicants(e);
        if (seq == null || name == null || item == null) {
            return null;
        }
        return new ListEntry(seq, name, item.id(), item.local(), code, units, channels, online, limit, before, after,
                applicants, category, levels, e.string("remarks"), e.string("original"), inferred(e, ENTRY_INFERABLE));
    }

    private BundleSet bundleSet(String file, Node root, Run run, String source) {
        Fields top = Fields.of(file, root, run.problems, "the bundles file",
                "schema", "kind", "id", "title", "type", "crossDepartment", "document", "bundles");
        if (top == null) {
            return null;
        }
        YamlFiles.checkHeader(top, "bundles");
        String id = id(top, run);
        String title = top.required("title", "the bundle set");
        String type = top.required("type", "the bundle set");
        Boolean cross = top.bool("crossDepartment");
        DocumentRef document = document(top);
        List<OneThing> bundles = new ArrayList<>();
        Map<String, Integer> seqs = new HashMap<>();
        if (!top.has("bundles")) {
            top.error("bundles", "the bundle set has no bundles");
        }
        for (Node node : top.list("bundles")) {
            OneThing bundle = oneThing(file, node, run, seqs, id);
            if (bundle != null) {
                bundles.add(bundle);
            }
        }
        if (id == null || title == null || type == null) {
            return null;
        }
        return new BundleSet(id, title, type, cross != null && cross, document, bundles, source, file);
    }

    private OneThing oneThing(String file, Node node, Run run, Map<String, Integer> seqs, String setId) {
        Fields b = Fields.of(file, node, run.problems, "a bundle", "seq", "id", "name", "lead", "co", "level", "place",
                "process", "limit", "remarks", "flow", "materials", "result", "rules", "sharing", "items", "inferred");
        if (b == null) {
            return null;
        }
        String seq = seq(b, seqs, "bundle set");
        String name = b.required("name", "a bundle");
        String id = b.string("id");
        if (id != null && !ID.matcher(id).matches()) {
            b.error("id", "bundle id '" + id + "' must be lower-case letters, digits and '-'");
            id = null;
        }
        if (id == null && setId != null && seq != null) {
            id = setId + "-" + seq;
        }
        if (id != null) {
            String before = run.bundleIds.putIfAbsent(id, file + ":" + b.line());
            if (before != null) {
                b.error("id", "duplicate bundle id '" + id + "' (first at " + before + ")");
            }
        }
        List<String> lead = b.strings("lead");
        List<String> co = b.strings("co");
        run.units(b, "lead", lead);
        run.units(b, "co", co);
        Limit limit = limit(b, "limit");
        List<Material> materials = materials(b);
        List<BundleItem> items = new ArrayList<>();
        Map<String, Integer> itemSeqs = new HashMap<>();
        if (!b.has("items")) {
            b.error("items", "the bundle has no items");
        }
        for (Node itemNode : b.list("items")) {
            Fields i = Fields.of(file, itemNode, run.problems, "a bundle item", "seq", "name", "code", "item", "unit",
                    "includes", "limit", "materials", "remarks", "original", "rules", "inferred");
            if (i == null) {
                continue;
            }
            String itemSeq = seq(i, itemSeqs, "bundle");
            String itemName = i.required("name", "a bundle item");
            String code = i.string("code");
            Item item = run.resolve(i, itemName, code, i.string("item"));
            List<String> units = i.strings("unit");
            run.units(i, "unit", units);
            Limit itemLimit = limit(i, "limit");
            List<Material> itemMaterials = materials(i);
            if (itemSeq != null && itemName != null && item != null) {
                items.add(new BundleItem(itemSeq, itemName, item.id(), item.local(), code, units, i.strings("includes"),
                        itemLimit, itemMaterials, i.string("remarks"), i.string("original"), i.strings("rules"),
                        inferred(i, ITEM_INFERABLE)));
            }
        }
        if (seq == null || name == null || id == null) {
            return null;
        }
        return new OneThing(id, seq, name, lead, co, b.string("level"), b.string("place"), b.string("process"), limit,
                b.strings("remarks"), b.strings("flow"), materials, b.string("result"), b.strings("rules"),
                b.strings("sharing"), items, inferred(b, BUNDLE_INFERABLE));
    }

    private Arrangement arrangement(String file, Node root, Run run, String source) {
        Fields top = Fields.of(file, root, run.problems, "the arrangement file",
                "schema", "kind", "id", "title", "document", "summary", "windows", "principles", "text");
        if (top == null) {
            return null;
        }
        YamlFiles.checkHeader(top, "arrangement");
        String id = id(top, run);
        String title = top.required("title", "the arrangement");
        DocumentRef document = document(top);
        List<Arrangement.Window> windows = new ArrayList<>();
        for (Node node : top.list("windows")) {
            Fields w = Fields.of(file, node, run.problems, "a window", "name", "count", "duties");
            if (w == null) {
                continue;
            }
            String name = w.required("name", "a window");
            Integer count = w.integer("count");
            if (count != null && count < 0) {
                w.error("count", "a window count cannot be negative");
            }
            if (name != null) {
                windows.add(new Arrangement.Window(name, count == null ? 1 : count, w.string("duties")));
            }
        }
        if (id == null || title == null) {
            return null;
        }
        return new Arrangement(id, title, document, top.string("summary"), windows, top.strings("principles"),
                top.strings("text"), source);
    }

    private static String id(Fields top, Run run) {
        String id = top.required("id", "the file");
        if (id == null) {
            return null;
        }
        if (!ID.matcher(id).matches()) {
            top.error("id", "id '" + id + "' must be lower-case letters, digits and '-'");
            return null;
        }
        run.claimContainer(top, id);
        return id;
    }

    private static String seq(Fields f, Map<String, Integer> seen, String where) {
        String seq = f.required("seq", "an element of the " + where);
        if (seq != null) {
            Integer before = seen.putIfAbsent(seq, f.line());
            if (before != null) {
                f.error("seq", "duplicate entry: seq " + seq + " is already used at line " + before + " of this " + where);
                return null;
            }
        }
        return seq;
    }

    private static DocumentRef document(Fields top) {
        Fields d = top.mapping("document", "the document", "number", "title", "date", "annex");
        if (d == null) {
            return null;
        }
        return new DocumentRef(d.string("number"), d.string("title"), date(d, "date"), d.string("annex"));
    }

    /** {@code inferred:}: each named field must hold a value in the same element, and each needs its reason. */
    private static Map<String, String> inferred(Fields f, List<String> inferable) {
        Fields m = f.mapping("inferred", "the inferred values", inferable.toArray(String[]::new));
        if (m == null) {
            return Map.of();
        }
        Map<String, String> inferred = new LinkedHashMap<>();
        for (String field : inferable) {
            if (m.node(field) == null) {
                continue;
            }
            String reason = m.string(field);
            if (reason == null) {
                if (m.node(field) instanceof ScalarNode) {
                    m.error(field, "inferred '" + field + "' needs the reason it was inferred");
                }
            } else if (!f.has(field)) {
                m.error(field, "'" + field + "' is marked inferred but has no value here");
            } else {
                inferred.put(field, reason);
            }
        }
        return inferred;
    }

    private static String date(Fields f, String field) {
        String text = f.string(field);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text).toString();
        } catch (DateTimeParseException e) {
            f.error(field, "'" + text + "' is not a date of the form yyyy-MM-dd");
            return null;
        }
    }

    private static Limit limit(Fields f, String field) {
        String text = f.string(field);
        if (text == null) {
            return null;
        }
        try {
            return Limit.of(text);
        } catch (IllegalArgumentException e) {
            f.error(field, "unparseable time limit '" + text + "': " + e.getMessage());
            return null;
        }
    }

    private static List<Channel> channels(Fields f) {
        List<Channel> channels = new ArrayList<>();
        for (String key : f.strings("channels")) {
            Channel channel = Channel.ofKey(key);
            if (channel == null) {
                f.error("channels", "unknown channel '" + key + "' (window, bank, community, village, online or onsite)");
            } else if (channels.contains(channel)) {
                f.error("channels", "channel '" + key + "' is listed twice");
            } else {
                channels.add(channel);
            }
        }
        return channels;
    }

    private static String category(Fields f) {
        String category = f.string("category");
        if (category != null && !CATEGORIES.contains(category)) {
            f.error("category", "unknown category '" + category + "' (业务办理类 or 查询、打印类)");
            return null;
        }
        return category;
    }

    private static List<String> applicants(Fields f) {
        List<String> applicants = f.strings("applicants");
        for (String applicant : applicants) {
            if (!APPLICANTS.contains(applicant)) {
                f.error("applicants", "unknown applicant type '" + applicant + "' (个人, 法人 or 单位)");
                return List.of();
            }
        }
        return applicants;
    }

    private static List<Material> materials(Fields f) {
        List<Material> materials = new ArrayList<>();
        for (Node node : f.list("materials")) {
            Fields m = Fields.of(f.file(), node, f.problems(), "a material", "name", "required", "note");
            if (m == null) {
                continue;
            }
            String name = m.required("name", "a material");
            Boolean required = m.bool("required");
            if (name != null) {
                materials.add(new Material(name, required == null || required, m.string("note")));
            }
        }
        return materials;
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> all = new ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return all;
    }

    private static List<String> concatAll(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        b.stream().filter(x -> !all.contains(x)).forEach(all::add);
        return all;
    }
}
