package io.renshe.catalog.cpsv.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.renshe.catalog.api.BundleItem;
import io.renshe.catalog.api.BundleSet;
import io.renshe.catalog.api.Channel;
import io.renshe.catalog.api.DocumentRef;
import io.renshe.catalog.api.EffectiveCatalog;
import io.renshe.catalog.api.EffectiveCatalog.Sourced;
import io.renshe.catalog.api.EffectiveItem;
import io.renshe.catalog.api.HandlingLevel;
import io.renshe.catalog.api.Item;
import io.renshe.catalog.api.Jurisdiction;
import io.renshe.catalog.api.Level;
import io.renshe.catalog.api.Limit;
import io.renshe.catalog.api.time.TimeLimitParser;
import io.renshe.catalog.core.internal.ChineseTimeLimitParser;
import io.renshe.catalog.api.Material;
import io.renshe.catalog.api.Offering;
import io.renshe.catalog.api.OneThing;
import io.renshe.catalog.api.Provenance;
import io.renshe.catalog.api.Unit;

/**
 * The CPSV-AP export of small catalogs written after the source documents (002: the social-security-card one-thing of
 * Huangshan; 003: Baiyin district's limits), checked against SEMIC's SHACL shapes and read back as RDF.
 */
class CpsvExportTest {

    private static final TimeLimitParser LIMITS = new ChineseTimeLimitParser();

    /** A limit as the catalog core reads it. */
    static Limit limit(String text) {
        return new Limit(text, LIMITS.parse(text));
    }

    static final String BASE = "http://localhost:8181/";
    static final String HUANGSHAN = BASE + "api/jurisdictions/341000/cpsv";

    private static final Provenance OWN_HS = new Provenance("341000", false, false);
    private static final Provenance OWN_BY = new Provenance("620402", false, false);

    @Test
    void theShapesAreRead() {
        assertEquals(32, CpsvShapes.shapeCount());
    }

    @Test
    void theCardOneThingOfHuangshanConforms() throws Exception {
        Model model = export(huangshan(), HUANGSHAN);
        ValidationReport report = CpsvShapes.validate(model);
        assertTrue(report.conforms(), CpsvShapes.describe(report));
    }

    @Test
    void anItemIsAPublicServiceWithItsAuthoritiesChannelsAndInputs() throws Exception {
        Model model = export(huangshan(), HUANGSHAN);
        Resource card = model.getResource(HUANGSHAN + "#service/1.10.1");
        assertTrue(model.contains(card, RDF.type, model.getResource(CpsvShapes.NAMESPACE_CPSV + "PublicService")));
        assertEquals("1.10.1", one(model, card, dct(model, "identifier")).asLiteral().getString());
        Literal title = one(model, card, dct(model, "title")).asLiteral();
        assertEquals("社会保障卡申领", title.getString());
        assertEquals("zh-CN", title.getLanguage());
        assertEquals(Set.of("社保卡申领"), strings(model, card, model.getProperty("http://www.w3.org/ns/dcat#keyword")));
        assertEquals(Set.of("信息中心", "人力资源社会保障部门", "经办银行", "省人力资源社会保障厅"),
                labels(model, card, cv(model, "hasCompetentAuthority"), CpsvShapes.NAMESPACE_SKOS + "prefLabel"));
        assertEquals(Set.of("bank", "online"), strings(model, objects(model, card, cv(model, "hasChannel")), dct(model, "identifier")));
        assertEquals(Set.of("本人身份证件"), labels(model, card, model.getProperty(CpsvShapes.NAMESPACE_CPSV + "hasInput"),
                CpsvShapes.NAMESPACE_DCT + "title"));
        assertEquals(Set.of("1个工作日"), labels(model, card, model.getProperty(CpsvShapes.NAMESPACE_CPSV + "follows"),
                CpsvShapes.NAMESPACE_DCT + "description"));
        Resource authority = model.getResource(HUANGSHAN + "#unit/" + CpsvExport.encode("信息中心"));
        assertEquals(BASE + "api/jurisdictions/341000", one(model, authority, dct(model, "spatial")).asResource().getURI());
        Resource inherited = model.getResource(HUANGSHAN + "#unit/" + CpsvExport.encode("省人力资源社会保障厅"));
        assertEquals(BASE + "api/jurisdictions/340000", one(model, inherited, dct(model, "spatial")).asResource().getURI(),
                "a unit inherited from Anhui, named by its alias, is Anhui's unit");
    }

    @Test
    void workingDaysAreNotACalendarDurationButAnOwlTimeDurationOfWorkingDays() throws Exception {
        Model model = export(huangshan(), HUANGSHAN);
        Resource card = model.getResource(HUANGSHAN + "#service/1.10.1");
        assertFalse(model.contains(card, cv(model, "processingTime")), "1个工作日 is no xsd:duration");
        Resource working = one(model, card, model.getProperty("urn:renshe:workingTime")).asResource();
        assertEquals(1, one(model, working, model.getProperty(CpsvShapes.NAMESPACE_TIME + "numericDuration")).asLiteral().getInt());
        assertEquals("urn:renshe:WorkingDay",
                one(model, working, model.getProperty(CpsvShapes.NAMESPACE_TIME + "unitType")).asResource().getURI());
        assertTrue(model.contains(model.getResource("urn:renshe:WorkingDay"), RDF.type,
                model.getResource(CpsvShapes.NAMESPACE_TIME + "TemporalUnit")));
    }

    @Test
    void immediateIsZeroDaysAndTheBureauAnswersForAnItemWithoutUnits() throws Exception {
        Model model = export(huangshan(), HUANGSHAN);
        Resource activation = model.getResource(HUANGSHAN + "#service/1.10.2");
        Literal time = one(model, activation, cv(model, "processingTime")).asLiteral();
        assertEquals("P0D", time.getLexicalForm());
        assertEquals("http://www.w3.org/2001/XMLSchema#duration", time.getDatatypeURI());
        assertEquals(Set.of("黄山市人力资源和社会保障局"),
                labels(model, activation, cv(model, "hasCompetentAuthority"), CpsvShapes.NAMESPACE_SKOS + "prefLabel"));
        assertTrue(one(model, activation, dct(model, "description")).asLiteral().getString()
                .endsWith("文件未列明承办单位，以黄山市人力资源和社会保障局为主管机关。"));
    }

    @Test
    void aOneThingIsALifeEventGroupingItsServices() throws Exception {
        Model model = export(huangshan(), HUANGSHAN);
        Resource event = model.getResource(HUANGSHAN + "#life-event/card-one-thing-1");
        assertTrue(model.contains(event, RDF.type, model.getResource(CpsvShapes.NAMESPACE_CV + "LifeEvent")));
        assertEquals("我要办理社会保障卡", one(model, event, dct(model, "title")).asLiteral().getString());
        Set<String> related = new TreeSet<>();
        objects(model, event, cv(model, "hasRelatedService")).forEach(r -> related.add(r.asResource().getURI()));
        assertEquals(Set.of(HUANGSHAN + "#service/1.10.1", HUANGSHAN + "#service/1.10.2"), related);
        Resource card = model.getResource(HUANGSHAN + "#service/1.10.1");
        assertEquals(event, one(model, card, cv(model, "isGroupedBy")).asResource());
    }

    @Test
    void naturalDaysAndMonthsAreDurationsAndMixedUnitsGiveNone() throws Exception {
        String doc = BASE + "api/jurisdictions/620402/cpsv";
        Model model = export(baiyin(), doc);
        ValidationReport report = CpsvShapes.validate(model);
        assertTrue(report.conforms(), CpsvShapes.describe(report));
        assertEquals("P10D", one(model, model.getResource(doc + "#service/1.8.1"), cv(model, "processingTime")).asLiteral().getLexicalForm());
        assertEquals("P3M", one(model, model.getResource(doc + "#service/" + CpsvExport.encode("稳岗返还")),
                cv(model, "processingTime")).asLiteral().getLexicalForm());
        Resource mixed = model.getResource(doc + "#service/1.8.3");
        assertFalse(model.contains(mixed, cv(model, "processingTime")));
        assertFalse(model.contains(mixed, model.getProperty("urn:renshe:workingTime")));
        assertEquals(Set.of("15个工作日", "自受理失业人员领取失业保险金申请之日起10日内，对申领者的资格进行审核认定。"),
                labels(model, mixed, model.getProperty(CpsvShapes.NAMESPACE_CPSV + "follows"), CpsvShapes.NAMESPACE_DCT + "description"));
    }

    @Test
    void theShapesCatchAServiceWithoutCompetentAuthority() throws Exception {
        Map<String, Object> document = new CpsvExport(BASE, huangshan()).document();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> graph = (List<Map<String, Object>>) document.get("@graph");
        for (Map<String, Object> node : graph) {
            if ("cpsv:PublicService".equals(node.get("@type"))) {
                node.remove("cv:hasCompetentAuthority");
            }
        }
        ValidationReport report = CpsvShapes.validate(CpsvShapes.parse(new ObjectMapper().writeValueAsString(document), HUANGSHAN));
        assertFalse(report.conforms());
        assertTrue(CpsvShapes.describe(report).contains("hasCompetentAuthority"), CpsvShapes.describe(report));
    }

    @Test
    void anAcceleratedListCountsTheLimitAfterAndNotAcceleratedTheLimitBefore() {
        Offering accelerated = offering("620402", "list", "accelerated", "提速办", "3", List.of(), null,
                limit("20个工作日"), limit("10个工作日"));
        Offering unchanged = offering("620402", "list", "accelerated", "提速办", "4", List.of(), null,
                limit("15个工作日"), limit("未提速"));
        assertEquals(List.of("10个工作日", "15个工作日"),
                CpsvExport.limits(List.of(accelerated, unchanged)).stream().map(Limit::text).toList());
    }

    // the catalogs

    static EffectiveCatalog huangshan() {
        Unit info = new Unit("信息中心", List.of(), "center", null);
        Unit bureau = new Unit("黄山市人力资源和社会保障局", List.of("市人力资源社会保障局"), "agency", null);
        Unit province = new Unit("省人力资源社会保障厅", List.of("省人力资源和社会保障厅"), "external", "省人力资源社会保障厅");
        Jurisdiction jurisdiction = new Jurisdiction("341000", "黄山市", Level.CITY, "340000", List.of(info, bureau),
                List.of(), List.of(), List.of());
        Item card = new Item("1.10.1", "1.10.1", "社会保障卡申领", List.of("社保卡申领"), "业务办理类", List.of("个人"), false, null);
        Item activation = new Item("1.10.2", "1.10.2", "社会保障卡启用（含社会保障卡银行账户激活）", List.of("社会保障卡启用"), null,
                List.of("个人"), false, null);
        Material id = new Material("本人身份证件", true, "代办需提供双方身份证件");
        BundleItem cardItem = new BundleItem("1", "社会保障卡申领", "1.10.1", false, null,
                List.of("人力资源社会保障部门", "经办银行", "省人力资源和社会保障厅"),
                List.of(), limit("1个工作日"), List.of(id), null, null);
        BundleItem activationItem = new BundleItem("3", "社会保障卡启用", "1.10.2", false, null, List.of(), List.of(),
                limit("即时办结"), List.of(), null, null);
        // 002 names no lead or co-units of the one-thing, and no unit for 社会保障卡启用
        OneThing oneThing = new OneThing("card-one-thing-1", "1", "我要办理社会保障卡", List.of(), List.of(), null, null, null,
                null, List.of(), List.of(), List.of(id),
                null, List.of(), List.of(), List.of(cardItem, activationItem));
        BundleSet set = new BundleSet("card-one-thing", "我要办理社会保障卡", "一件事一次办", false,
                new DocumentRef(null, "“我要办理社会保障卡”一件事", null, null), List.of(oneThing), "341000", "card-one-thing.yaml");
        EffectiveItem cardEffective = new EffectiveItem(card, List.of(), List.of(Channel.BANK, Channel.ONLINE),
                List.of("信息中心", "人力资源社会保障部门", "经办银行", "省人力资源和社会保障厅"),
                List.of(offering("341000", "list", "nearby", "“就近办”清单", "35", List.of(Channel.BANK), null, null, null),
                        new Offering("341000", "341000", "bundle", "card-one-thing-1", "我要办理社会保障卡", "1", "社会保障卡申领",
                                List.of(), List.of(Channel.ONLINE), List.of("人力资源社会保障部门", "经办银行", "省人力资源和社会保障厅"),
                                limit("1个工作日"),
                                null, null)),
                OWN_HS);
        EffectiveItem activationEffective = new EffectiveItem(activation, List.of(), List.of(), List.of(),
                List.of(new Offering("341000", "341000", "bundle", "card-one-thing-1", "我要办理社会保障卡", "3", "社会保障卡启用",
                        List.of(), List.of(), List.of(), limit("即时办结"), null, null)),
                OWN_HS);
        return new EffectiveCatalog(jurisdiction, "1.0.0", List.of("340000"),
                List.of(new Sourced<>(info, OWN_HS), new Sourced<>(bureau, OWN_HS),
                        new Sourced<>(province, new Provenance("340000", true, false))),
                List.of(cardEffective, activationEffective), List.of(), List.of(new Sourced<>(set, OWN_HS)), List.of());
    }

    static EffectiveCatalog baiyin() {
        Unit center = new Unit("社保中心", List.of(), "center", null);
        Jurisdiction jurisdiction = new Jurisdiction("620402", "白银区", Level.DISTRICT, "620400", List.of(center),
                List.of(), List.of(), List.of());
        String tenDays = "自受理失业人员领取失业保险金申请之日起10日内，对申领者的资格进行审核认定。";
        Item benefit = new Item("1.8.1", "1.8.1", "失业保险金申领", List.of(), null, List.of("个人"), false, null);
        Item training = new Item("1.8.3", "1.8.3", "职业培训补贴申领（领金失业人员）", List.of(), null, List.of("个人"), false, null);
        Item refund = new Item("稳岗返还", null, "稳岗返还", List.of(), "业务办理类", List.of("单位"), true, "620402");
        return new EffectiveCatalog(jurisdiction, "1.0.0", List.of("620400", "620000"),
                List.of(new Sourced<>(center, OWN_BY)),
                List.of(effective(benefit, List.of(offering("620402", "list", "services", "服务事项", "1", List.of(Channel.WINDOW),
                                limit(tenDays), null, null))),
                        effective(training, List.of(
                                offering("620402", "list", "services", "服务事项", "2", List.of(Channel.WINDOW), limit(tenDays), null, null),
                                offering("620402", "list", "services", "服务事项", "3", List.of(Channel.WINDOW), limit("15个工作日"), null, null))),
                        effective(refund, List.of(offering("620402", "list", "services", "服务事项", "4", List.of(Channel.ONLINE),
                                limit("自企业申请到审核通过，最长不得超过3个月"), null, null)))),
                List.of(), List.of(), List.of());
    }

    private static EffectiveItem effective(Item item, List<Offering> offerings) {
        List<Channel> channels = new ArrayList<>();
        offerings.forEach(o -> o.channels().stream().filter(c -> !channels.contains(c)).forEach(channels::add));
        return new EffectiveItem(item, List.of(HandlingLevel.DISTRICT), channels, List.of("社保中心"), offerings, OWN_BY);
    }

    private static Offering offering(String jurisdiction, String kind, String container, String title, String seq,
            List<Channel> channels, Limit limit, Limit before, Limit after) {
        return new Offering(jurisdiction, jurisdiction, kind, container, title, seq, title, List.of(), channels,
                List.of("信息中心"), limit, before, after);
    }

    // RDF helpers

    private static Model export(EffectiveCatalog catalog, String document) throws Exception {
        String json = new ObjectMapper().writeValueAsString(new CpsvExport(BASE, catalog).document());
        return CpsvShapes.parse(json, document);
    }

    private static Property dct(Model model, String name) {
        return model.getProperty(CpsvShapes.NAMESPACE_DCT + name);
    }

    private static Property cv(Model model, String name) {
        return model.getProperty(CpsvShapes.NAMESPACE_CV + name);
    }

    private static List<RDFNode> objects(Model model, Resource subject, Property property) {
        return model.listObjectsOfProperty(subject, property).toList();
    }

    private static RDFNode one(Model model, Resource subject, Property property) {
        List<RDFNode> values = objects(model, subject, property);
        assertEquals(1, values.size(), subject + " " + property + ": " + values);
        return values.get(0);
    }

    private static Set<String> strings(Model model, Resource subject, Property property) {
        return strings(model, objects(model, subject, property), null);
    }

    private static Set<String> strings(Model model, List<RDFNode> nodes, Property property) {
        Set<String> result = new TreeSet<>();
        for (RDFNode node : nodes) {
            if (property == null) {
                result.add(node.asLiteral().getString());
            } else {
                objects(model, node.asResource(), property).forEach(v -> result.add(v.asLiteral().getString()));
            }
        }
        return result;
    }

    private static Set<String> labels(Model model, Resource subject, Property link, String labelProperty) {
        return strings(model, objects(model, subject, link), model.getProperty(labelProperty));
    }

    @Test
    void aLocalItemIdIsEncodedInItsAddress() {
        assertEquals("%E7%A8%B3%E5%B2%97%E8%BF%94%E8%BF%98", CpsvExport.encode("稳岗返还"));
        assertNull(new CpsvExport(BASE, baiyin()).document().get("@base"));
    }
}
