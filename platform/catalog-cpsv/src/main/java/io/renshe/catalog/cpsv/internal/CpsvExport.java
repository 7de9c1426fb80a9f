package io.renshe.catalog.cpsv.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.renshe.catalog.api.ApplicantType;
import io.renshe.catalog.api.BundleItem;
import io.renshe.catalog.api.BundleSet;
import io.renshe.catalog.api.Category;
import io.renshe.catalog.api.Channel;
import io.renshe.catalog.api.EffectiveCatalog;
import io.renshe.catalog.api.EffectiveCatalog.Sourced;
import io.renshe.catalog.api.EffectiveItem;
import io.renshe.catalog.api.HandlingLevel;
import io.renshe.catalog.api.Item;
import io.renshe.catalog.api.Limit;
import io.renshe.catalog.api.Material;
import io.renshe.catalog.api.Offering;
import io.renshe.catalog.api.OneThing;
import io.renshe.catalog.api.Unit;
import io.renshe.catalog.api.time.TimeLimit;

/**
 * A jurisdiction's effective catalog as a CPSV-AP 3.2.0 JSON-LD document (a tree of maps and lists for Jackson):
 * <ul>
 * <li>each item it offers is a {@code cpsv:PublicService} with its identifier (the national code, else the item id),
 * title, a description in words, its aliases as keywords, its category ({@code dct:type}), applicant types
 * ({@code dct:audience}) and handling levels ({@code cv:isClassifiedBy}) as {@code skos:Concept}s, the jurisdiction as
 * {@code dct:spatial} ({@code dct:Location}), its units as competent authorities ({@code cv:PublicOrganisation}), its
 * channels ({@code cv:Channel}), its materials as inputs ({@code cv:Evidence}) and every time limit as written as a
 * {@code cpsv:Rule}; where no document names a unit, the competent authority is the bureau itself and the
 * description says that the documents name none;</li>
 * <li>each one-thing is a {@code cv:LifeEvent} grouping the services of its items.</li>
 * </ul>
 * <b>Processing time.</b> {@code cv:processingTime} is an {@code xsd:duration}, a calendar length. The limit used is
 * the longest of those in force where the service is offered (the accelerated one where a list gives both). Immediate
 * (即办) is {@code P0D}, N natural days {@code PnD}, N months {@code PnM}. N <em>working</em> days is not a calendar
 * length (holidays and 调休 make it longer or shorter in calendar days depending on the acceptance day), so it is not
 * written as a duration: the service has {@code renshe:workingTime}, an OWL-Time {@code time:Duration} of N
 * {@code renshe:WorkingDay} units (a {@code time:TemporalUnit} defined in the document), and the due date for a given
 * acceptance day is {@code GET /api/calendar/{id}/due}. Limits of different units for one service (working days here,
 * natural days there), rules and "none" give no processing time; the rules still carry every text.
 * <p>
 * Identifiers: nodes of the document are IRIs under the document's own address
 * ({@code …/api/jurisdictions/{id}/cpsv#service/1.10.1}); the platform's vocabularies (channel types, categories,
 * applicant types, handling levels, the working day) are under the {@code urn:renshe:} namespace.
 */
final class CpsvExport {

    static final String LANGUAGE = "zh-CN";
    static final String RENSHE = "urn:renshe:";

    static final Map<String, Object> CONTEXT = context();

    private final String document;
    private final String jurisdictionIri;
    private final EffectiveCatalog catalog;
    private final Map<String, Map<String, Object>> nodes = new LinkedHashMap<>();
    private final Map<String, String> unitIris = new LinkedHashMap<>();

    /**
     * @param baseUri the address the API is served under, ending with {@code /} ({@code http://host:8181/})
     * @param catalog the effective catalog to export
     */
    CpsvExport(String baseUri, EffectiveCatalog catalog) {
        this.catalog = catalog;
        String id = catalog.jurisdiction().id();
        this.jurisdictionIri = baseUri + "api/jurisdictions/" + encode(id);
        this.document = jurisdictionIri + "/cpsv";
    }

    /** The JSON-LD document: {@code {"@context": …, "@graph": [...]}} (the nodes in the default graph). */
    Map<String, Object> document() {
        location();
        workingDay();
        Map<String, String> serviceIris = new LinkedHashMap<>();
        for (EffectiveItem item : catalog.items()) {
            serviceIris.put(item.item().id(), serviceIri(item.item()));
        }
        Map<String, List<String>> eventsOfService = new LinkedHashMap<>();
        for (Sourced<BundleSet> set : catalog.bundleSets()) {
            for (OneThing oneThing : set.value().bundles()) {
                String event = lifeEvent(oneThing, serviceIris);
                for (BundleItem item : oneThing.items()) {
                    if (serviceIris.containsKey(item.item())) {
                        eventsOfService.computeIfAbsent(item.item(), k -> new ArrayList<>()).add(event);
                    }
                }
            }
        }
        for (EffectiveItem item : catalog.items()) {
            service(item, eventsOfService.getOrDefault(item.item().id(), List.of()));
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("@context", CONTEXT);
        // no "@id" beside "@graph": that would make the nodes a named graph, which RDF consumers of the default graph miss
        result.put("@graph", new ArrayList<>(nodes.values()));
        return result;
    }

    private void location() {
        Map<String, Object> node = node(jurisdictionIri, "dct:Location");
        node.put("dct:identifier", catalog.jurisdiction().id());
        node.put("skos:prefLabel", text(catalog.jurisdiction().name()));
    }

    /** The unit of {@code renshe:workingTime}: a working day of the jurisdiction's calendar. */
    private void workingDay() {
        Map<String, Object> node = node(RENSHE + "WorkingDay", "time:TemporalUnit");
        node.put("rdfs:label", List.of(text("工作日"), literal("working day", "@language", "en")));
        node.put("rdfs:comment", List.of(
                text("该辖区工作日历上的一个工作日：不含周末和法定节假日，含调休上班日，并计入本地安排；受理当日为第0天。"),
                literal("A working day of the jurisdiction's calendar: weekends and public holidays excluded, "
                        + "adjusted working days (调休) and local days included; the day of acceptance is day 0. "
                        + "GET /api/calendar/{jurisdiction}/due gives the due date for an acceptance day.",
                        "@language", "en")));
    }

    private void service(EffectiveItem effective, List<String> events) {
        Item item = effective.item();
        String iri = serviceIri(item);
        Map<String, Object> node = node(iri, "cpsv:PublicService");
        node.put("dct:identifier", item.code() != null ? item.code() : item.id());
        node.put("dct:title", text(item.name()));
        List<Limit> limits = limits(effective.offerings());
        putAll(node, "dcat:keyword", item.aliases().stream().map(CpsvExport::text).toList());
        Category category = item.category() == null ? null : Category.ofKey(item.category());
        if (category != null) {
            node.put("dct:type", ref(concept("category", category.name(), category.label(), english(category))));
        }
        List<Object> audience = new ArrayList<>();
        for (String applicant : item.applicants()) {
            ApplicantType type = ApplicantType.ofKey(applicant);
            if (type != null) {
                audience.add(ref(concept("applicant", type.name(), type.label(), english(type))));
            }
        }
        putAll(node, "dct:audience", audience);
        List<Object> levels = new ArrayList<>();
        for (HandlingLevel level : effective.levels()) {
            levels.add(ref(concept("handling-level", level.key(), level.label(), level.key() + " level")));
        }
        putAll(node, "cv:isClassifiedBy", levels);
        node.put("dct:spatial", ref(jurisdictionIri));
        List<Object> authorities = new ArrayList<>();
        for (String unit : effective.units()) {
            authorities.add(ref(organisation(unit)));
        }
        String bureau = null;
        if (authorities.isEmpty()) {
            bureau = bureau();
            authorities.add(ref(bureau));
        }
        node.put("dct:description", text(description(effective, limits)
                + (bureau == null ? "" : "文件未列明承办单位，以" + label(bureau) + "为主管机关。")));
        node.put("cv:hasCompetentAuthority", authorities);
        List<Object> channels = new ArrayList<>();
        for (Channel channel : effective.channels()) {
            channels.add(ref(channel(channel)));
        }
        putAll(node, "cv:hasChannel", channels);
        processingTime(node, limits);
        List<Object> rules = new ArrayList<>();
        int n = 0;
        for (Limit limit : limits) {
            String rule = iri + "/limit/" + (++n);
            Map<String, Object> r = node(rule, "cpsv:Rule");
            r.put("dct:identifier", node.get("dct:identifier") + " limit " + n);
            r.put("dct:title", text("办结时限"));
            r.put("dct:description", text(limit.text()));
            rules.add(ref(rule));
        }
        putAll(node, "cpsv:follows", rules);
        putAll(node, "cpsv:hasInput", inputs(iri, item.id()));
        putAll(node, "cv:isGroupedBy", events.stream().distinct().map(CpsvExport::ref).toList());
    }

    /** Distinct limits in force where the item is offered, in order of appearance. */
    static List<Limit> limits(List<Offering> offerings) {
        Map<String, Limit> distinct = new LinkedHashMap<>();
        for (Offering o : offerings) {
            Limit limit = o.limitAfter() != null ? inForce(o.limitAfter(), o.limitBefore()) : o.limit();
            if (limit != null) {
                distinct.putIfAbsent(limit.text(), limit);
            }
        }
        return new ArrayList<>(distinct.values());
    }

    private static Limit inForce(Limit after, Limit before) {
        if (before != null && after.meaning().kind() == TimeLimit.Kind.NOT_ACCELERATED) {
            return before;
        }
        return after;
    }

    /**
     * Writes the processing time of a service: {@code cv:processingTime} for a calendar length, {@code renshe:workingTime}
     * for working days, nothing when the limits cannot be reduced to one length.
     */
    static void processingTime(Map<String, Object> node, List<Limit> limits) {
        TimeLimit.Unit unit = null;
        int longest = -1;
        for (Limit limit : limits) {
            TimeLimit meaning = limit.meaning();
            switch (meaning.kind()) {
                case IMMEDIATE -> longest = Math.max(longest, 0);
                case WORKING_DAYS, NATURAL_DAYS, MONTHS -> {
                    if (unit != null && unit != meaning.unit()) {
                        return;
                    }
                    unit = meaning.unit();
                    longest = Math.max(longest, meaning.amount());
                }
                default -> {
                    // a rule, none, not offered: no length
                }
            }
        }
        if (longest < 0) {
            return;
        }
        if (longest == 0) {
            node.put("cv:processingTime", duration("P0D"));
        } else if (unit == TimeLimit.Unit.NATURAL_DAY) {
            node.put("cv:processingTime", duration("P" + longest + "D"));
        } else if (unit == TimeLimit.Unit.MONTH) {
            node.put("cv:processingTime", duration("P" + longest + "M"));
        } else {
            Map<String, Object> working = new LinkedHashMap<>();
            working.put("@type", "time:Duration");
            working.put("time:numericDuration", literal(Integer.toString(longest), "@type", "xsd:decimal"));
            working.put("time:unitType", ref(RENSHE + "WorkingDay"));
            node.put("renshe:workingTime", working);
        }
    }

    private List<Object> inputs(String service, String itemId) {
        Map<String, Material> materials = new LinkedHashMap<>();
        for (Sourced<BundleSet> set : catalog.bundleSets()) {
            for (OneThing oneThing : set.value().bundles()) {
                for (BundleItem item : oneThing.items()) {
                    if (item.item().equals(itemId)) {
                        item.materials().forEach(m -> materials.putIfAbsent(m.name(), m));
                    }
                }
            }
        }
        List<Object> inputs = new ArrayList<>();
        int n = 0;
        for (Material material : materials.values()) {
            String iri = service + "/input/" + (++n);
            Map<String, Object> evidence = node(iri, "cv:Evidence");
            evidence.put("dct:identifier", iri.substring(iri.indexOf('#') + 1));
            evidence.put("dct:title", text(material.name()));
            evidence.put("dct:description", text((material.required() ? "必需" : "依申请")
                    + (material.note() == null ? "" : "。" + material.note())));
            inputs.add(ref(iri));
        }
        return inputs;
    }

    private String lifeEvent(OneThing oneThing, Map<String, String> serviceIris) {
        String iri = document + "#life-event/" + encode(oneThing.id());
        Map<String, Object> node = node(iri, "cv:LifeEvent");
        node.put("@type", List.of("cv:LifeEvent", "cv:Event"));
        node.put("dct:identifier", oneThing.id());
        node.put("dct:title", text(oneThing.name()));
        StringBuilder description = new StringBuilder("一件事：").append(oneThing.name());
        if (!oneThing.lead().isEmpty()) {
            description.append("；牵头单位：").append(String.join("、", oneThing.lead()));
        }
        if (!oneThing.co().isEmpty()) {
            description.append("；协办单位：").append(String.join("、", oneThing.co()));
        }
        if (oneThing.limit() != null) {
            description.append("；办结时限：").append(oneThing.limit().text());
        }
        node.put("dct:description", text(description.append("。").toString()));
        Set<Object> related = new LinkedHashSet<>();
        for (BundleItem item : oneThing.items()) {
            String service = serviceIris.get(item.item());
            if (service != null) {
                related.add(ref(service));
            }
        }
        putAll(node, "cv:hasRelatedService", new ArrayList<>(related));
        return iri;
    }

    private String description(EffectiveItem effective, List<Limit> limits) {
        Item item = effective.item();
        List<String> parts = new ArrayList<>();
        if (item.category() != null) {
            parts.add("事项类别：" + item.category());
        }
        if (!item.applicants().isEmpty()) {
            parts.add("服务对象：" + String.join("、", item.applicants()));
        }
        if (!effective.levels().isEmpty()) {
            parts.add("办理层级：" + String.join("、", effective.levels().stream().map(HandlingLevel::label).toList()));
        }
        if (!effective.channels().isEmpty()) {
            parts.add("办理渠道：" + String.join("、", effective.channels().stream().map(Channel::label).toList()));
        }
        if (!effective.units().isEmpty()) {
            parts.add("承办单位：" + String.join("、", effective.units()));
        }
        if (!limits.isEmpty()) {
            parts.add("办结时限：" + String.join("；", limits.stream().map(Limit::text).toList()));
        }
        return catalog.jurisdiction().name() + "办理的“" + item.name() + "”"
                + (parts.isEmpty() ? "。" : "。" + String.join("；", parts) + "。");
    }

    /** The organisation of a unit named as a list writes it: the unit (or department) it names, else one of its own. */
    private String organisation(String name) {
        return unitIris.computeIfAbsent(name, n -> {
            Sourced<Unit> known = null;
            for (Sourced<Unit> unit : catalog.units()) {
                if (unit.value().name().equals(n) || unit.value().aliases().contains(n)) {
                    known = unit;
                    break;
                }
            }
            String label = known != null ? known.value().name() : n;
            String owner = known != null ? known.provenance().jurisdiction() : catalog.jurisdiction().id();
            String iri = document + "#unit/" + encode(label);
            Map<String, Object> node = node(iri, "cv:PublicOrganisation");
            node.put("skos:prefLabel", text(label));
            if (known != null && !known.value().aliases().isEmpty()) {
                node.put("skos:altLabel", known.value().aliases().stream().map(CpsvExport::text).toList());
            }
            node.put("dct:spatial", ref(owner.equals(catalog.jurisdiction().id()) ? jurisdictionIri : ancestor(owner)));
            return iri;
        });
    }

    @SuppressWarnings("unchecked")
    private String label(String organisation) {
        return (String) ((Map<String, Object>) nodes.get(organisation).get("skos:prefLabel")).get("@value");
    }

    /**
     * The bureau itself, for a service whose documents name no unit: the jurisdiction's own agency unit (黄山市人力资源和
     * 社会保障局), else "<name>人力资源社会保障部门"; the service's description says so.
     */
    private String bureau() {
        for (Sourced<Unit> unit : catalog.units()) {
            if ("agency".equals(unit.value().type()) && !unit.provenance().inherited()) {
                return organisation(unit.value().name());
            }
        }
        return organisation(catalog.jurisdiction().name() + "人力资源社会保障部门");
    }

    private String ancestor(String id) {
        String iri = jurisdictionIri.substring(0, jurisdictionIri.lastIndexOf('/') + 1) + encode(id);
        Map<String, Object> node = node(iri, "dct:Location");
        node.putIfAbsent("dct:identifier", id);
        return iri;
    }

    private String channel(Channel channel) {
        String iri = document + "#channel/" + channel.key();
        if (!nodes.containsKey(iri)) {
            Map<String, Object> node = node(iri, "cv:Channel");
            node.put("dct:identifier", channel.key());
            node.put("dct:type", ref(concept("channel", channel.key(), channel.label(), channel.key())));
            node.put("dct:description", text(channel.label()));
        }
        return iri;
    }

    private String concept(String scheme, String key, String zh, String en) {
        String iri = RENSHE + scheme + ":" + key.toLowerCase(java.util.Locale.ROOT);
        if (!nodes.containsKey(iri)) {
            Map<String, Object> node = node(iri, "skos:Concept");
            node.put("skos:prefLabel", List.of(text(zh), literal(en, "@language", "en")));
        }
        return iri;
    }

    private Map<String, Object> node(String iri, String type) {
        return nodes.computeIfAbsent(iri, k -> {
            Map<String, Object> node = new LinkedHashMap<>();
            node.put("@id", k);
            node.put("@type", type);
            return node;
        });
    }

    private static String english(Category category) {
        return category == Category.TRANSACTION ? "transaction" : "query or print";
    }

    private static String english(ApplicantType type) {
        return switch (type) {
            case PERSON -> "person";
            case LEGAL_PERSON -> "legal person";
            case EMPLOYER -> "employer";
        };
    }

    private String serviceIri(Item item) {
        return document + "#service/" + encode(item.id());
    }

    static Map<String, Object> text(String value) {
        return literal(value, "@language", LANGUAGE);
    }

    private static Map<String, Object> literal(String value, String key, String qualifier) {
        Map<String, Object> literal = new LinkedHashMap<>();
        literal.put("@value", value);
        literal.put(key, qualifier);
        return literal;
    }

    static Map<String, Object> ref(String iri) {
        return Map.of("@id", iri);
    }

    private static Map<String, Object> duration(String value) {
        return literal(value, "@type", "xsd:duration");
    }

    private static void putAll(Map<String, Object> node, String property, Collection<?> values) {
        if (!values.isEmpty()) {
            node.put(property, new ArrayList<>(values));
        }
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static Map<String, Object> context() {
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("cpsv", "http://purl.org/vocab/cpsv#");
        context.put("cv", "http://data.europa.eu/m8g/");
        context.put("dct", "http://purl.org/dc/terms/");
        context.put("dcat", "http://www.w3.org/ns/dcat#");
        context.put("skos", "http://www.w3.org/2004/02/skos/core#");
        context.put("time", "http://www.w3.org/2006/time#");
        context.put("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
        context.put("xsd", "http://www.w3.org/2001/XMLSchema#");
        context.put("renshe", RENSHE);
        return context;
    }
}
