package io.renshe.catalog.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import javax.ws.rs.core.MultivaluedHashMap;
import javax.ws.rs.core.UriInfo;
import javax.ws.rs.ext.ContextResolver;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.renshe.catalog.api.CatalogError;
import io.renshe.catalog.api.ApplicantType;
import io.renshe.catalog.api.CatalogService;
import io.renshe.catalog.api.Category;
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
import io.renshe.catalog.api.Provenance;
import io.renshe.catalog.api.Unit;
import io.renshe.catalog.api.overlay.ListVersions;
import io.renshe.catalog.rest.Problem;
import io.renshe.catalog.rest.ProblemDetail;
import io.renshe.catalog.rest.ProblemError;

/**
 * The catalog resource's own logic — reading the query, the 400 and 404 answers, what validation answers — over a
 * catalog service that holds one active jurisdiction (黄山市, 341000) and one rejected one (990100). The same
 * endpoints over the real catalog core are walked in the Pax Exam tests.
 */
class CatalogResourceTest {

    static final Unit INFO = new Unit("信息中心", List.of("市信息中心"), "center", null);
    static final Provenance OWN = new Provenance("341000", false, false);
    static final EffectiveCatalog HUANGSHAN = new EffectiveCatalog(
            new Jurisdiction("341000", "黄山市", Level.CITY, "340000", List.of(INFO), List.of(), List.of(), List.of()),
            "1.0.0", List.of("340000"), List.of(new Sourced<>(INFO, OWN)), List.of(),
            List.of(new Sourced<>(new ItemList("nearby", "“就近办”清单", "就近办", null, List.of(), List.of(), "341000",
                    "nearby.yaml"), OWN)),
            List.of(), List.of());
    static final JurisdictionStatus ACTIVE = new JurisdictionStatus("341000", "黄山市", Level.CITY, "340000",
            "io.renshe.jurisdiction.huangshan", "1.0.0", "active", List.of());
    static final JurisdictionStatus REJECTED = new JurisdictionStatus("990100", "测试市", Level.CITY, "990000",
            "test.broken", "0.0.1", "rejected", List.of(new CatalogError("list.yaml", 7, "unknown field 'colour'")));

    /** A catalog service with fixed answers; it records the item queries it is asked. */
    static final class FixedCatalog implements CatalogService {
        final List<ItemQuery> queries = new ArrayList<>();
        JurisdictionStatus validated = ACTIVE;

        @Override
        public List<JurisdictionStatus> jurisdictions() {
            return List.of(ACTIVE, REJECTED);
        }

        @Override
        public Optional<JurisdictionStatus> jurisdiction(String id) {
            return jurisdictions().stream().filter(j -> j.id().equals(id)).findFirst();
        }

        @Override
        public Optional<EffectiveCatalog> catalog(String id) {
            return "341000".equals(id) ? Optional.of(HUANGSHAN) : Optional.empty();
        }

        @Override
        public Optional<List<EffectiveItem>> items(String jurisdictionId, ItemQuery query) {
            queries.add(query);
            return catalog(jurisdictionId).map(c -> List.of());
        }

        @Override
        public List<Item> catalogue() {
            return List.of();
        }

        @Override
        public Optional<Item> item(String codeOrName) {
            return Optional.empty();
        }

        @Override
        public Optional<ItemJurisdictions> offerings(String codeOrName) {
            return Optional.empty();
        }

        @Override
        public Optional<Comparison> compare(String a, String b) {
            return Optional.of(new Comparison(a, b, List.of(), List.of(), List.of()));
        }

        @Override
        public Optional<String> unit(String jurisdictionId, String nameOrAlias) {
            return "341000".equals(jurisdictionId) && (INFO.name().equals(nameOrAlias) || INFO.aliases().contains(nameOrAlias))
                    ? Optional.of(INFO.name()) : Optional.empty();
        }

        @Override
        public String formatSchema() {
            return "{}";
        }

        @Override
        public JurisdictionStatus validate(InputStream bundleJar) throws IOException {
            bundleJar.readAllBytes();
            if (validated == null) {
                throw new IOException("the manifest has no Renshe-Catalog header: not a jurisdiction bundle");
            }
            return validated;
        }
    }

    private final FixedCatalog catalog = new FixedCatalog();
    private final ObjectMapper mapper = JsonConvention.mapper();
    private final CatalogResource resource = new CatalogResource(catalog, new OfficeAccess(catalog),
            io.renshe.catalog.api.limits.InputLimits.defaults(), jsonContext());
    /** The administrator, who may validate. */
    private static final SignedIn ADMIN = new SignedIn("admin", Set.of("renshe-admin"), false);

    private static ContextResolver<ObjectMapper> jsonContext() {
        return new JsonContext();
    }

    /** The query parameters of a request, as the JAX-RS runtime hands them over. */
    static UriInfo query(String... namesAndValues) {
        MultivaluedHashMap<String, String> parameters = new MultivaluedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            parameters.add(namesAndValues[i], namesAndValues[i + 1]);
        }
        return (UriInfo) Proxy.newProxyInstance(UriInfo.class.getClassLoader(), new Class<?>[] {UriInfo.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getQueryParameters")) {
                        return parameters;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    private static ProblemDetail problem(int status, Executable call) {
        Problem problem = assertThrows(Problem.class, call);
        assertEquals(status, problem.status());
        assertEquals("about:blank", problem.body().type());
        assertEquals(Problem.reason(status), problem.body().title());
        return problem.body();
    }

    private static void assertBadParameter(String parameter, String detail, Executable call) {
        ProblemDetail body = problem(400, call);
        assertEquals(parameter, body.parameter());
        assertEquals(detail, body.detail());
    }

    private void items(String level, String channel, String unit, String category, String applicant, String q) {
        resource.items("341000", level, channel, unit, category, applicant, q, query());
    }

    @Test
    void readsEveryFilterOfTheItemQuery() {
        resource.items("341000", "town", "bank", "市信息中心", "查询、打印类", "单位", "  养老 ", query("level", "town"));
        assertEquals(new ItemQuery(HandlingLevel.TOWN, Channel.BANK, "信息中心", Category.QUERY, ApplicantType.EMPLOYER, "养老"),
                catalog.queries.get(0));
        resource.items("341000", null, null, null, null, null, null, query());
        assertEquals(ItemQuery.ALL, catalog.queries.get(1));
    }

    @Test
    void everyBadFilterIsA400NamingItsParameter() {
        assertBadParameter("level", "Parameter level must be one of district, town, village; got 'county'",
                () -> items("county", null, null, null, null, null));
        assertBadParameter("level", "Parameter level must be one of district, town, village; got 'TOWN'",
                () -> items("TOWN", null, null, null, null, null));
        assertBadParameter("channel",
                "Parameter channel must be one of window, bank, community, village, online, onsite; got 'fax'",
                () -> items(null, "fax", null, null, null, null));
        assertBadParameter("unit", "Parameter unit: jurisdiction 341000 has no unit '无此科室'",
                () -> items(null, null, "无此科室", null, null, null));
        assertBadParameter("category", "Parameter category must be one of 业务办理类, 查询、打印类; got '办理类'",
                () -> items(null, null, null, "办理类", null, null));
        assertBadParameter("applicant", "Parameter applicant must be one of 个人, 法人, 单位; got '企业'",
                () -> items(null, null, null, null, "企业", null));
        assertBadParameter("q", "Parameter q must be 1 to 100 characters of an item name",
                () -> items(null, null, null, null, null, "  "));
        assertBadParameter("q", "Parameter q must be 1 to 100 characters of an item name",
                () -> items(null, null, null, null, null, "养".repeat(101)));
        assertTrue(catalog.queries.isEmpty(), "no bad query reaches the catalog");
    }

    @Test
    void anUnknownOrRepeatedParameterIsA400() {
        assertBadParameter("levl", "Unknown parameter 'levl' (this endpoint takes level, channel, unit, category, "
                + "applicant, q)", () -> resource.items("341000", null, null, null, null, null, null, query("levl", "town")));
        assertBadParameter("level", "Parameter level is given 2 times; give it once",
                () -> resource.items("341000", "town", null, null, null, null, null,
                        query("level", "town", "level", "village")));
        assertBadParameter("c", "Unknown parameter 'c' (this endpoint takes a, b)",
                () -> resource.compare("341000", "341000", query("a", "341000", "b", "341000", "c", "1")));
    }

    @Test
    void compareNeedsTwoActiveJurisdictions() throws Exception {
        assertBadParameter("a", "Parameter a is required: a jurisdiction id such as 341000",
                () -> resource.compare(null, "341000", query("b", "341000")));
        assertBadParameter("b", "Parameter b is required: a jurisdiction id such as 341000",
                () -> resource.compare("341000", " ", query("a", "341000", "b", " ")));
        assertEquals("No jurisdiction 123456 (parameter b)",
                problem(404, () -> resource.compare("341000", "123456", query("a", "341000", "b", "123456"))).detail());
        assertEquals("Jurisdiction 990100 (parameter a) was rejected: see /api/jurisdictions/990100",
                problem(404, () -> resource.compare("990100", "341000", query("a", "990100", "b", "341000"))).detail());
        JsonNode both = mapper.readTree(resource.compare("341000", "341000", query("a", "341000", "b", "341000")).toString());
        assertEquals("341000", both.path("a").asText());
    }

    @Test
    void unknownThingsAre404() {
        assertEquals("No jurisdiction 123456", problem(404, () -> resource.jurisdiction("123456")).detail());
        assertEquals("No jurisdiction 123456", problem(404, () -> resource.catalog("123456")).detail());
        assertEquals("Jurisdiction 990100 was rejected with 1 errors: see /api/jurisdictions/990100",
                problem(404, () -> resource.lists("990100")).detail());
        assertEquals("No jurisdiction 123456", problem(404, () -> items("123456")).detail());
        assertEquals("Jurisdiction 341000 has no list nope", problem(404, () -> resource.list("341000", "nope")).detail());
        assertEquals("Jurisdiction 341000 has no bundle nope",
                problem(404, () -> resource.bundle("341000", "nope")).detail());
        assertEquals("No catalogue item 9.9.9", problem(404, () -> resource.item("9.9.9")).detail());
        assertEquals("No item 9.9.9", problem(404, () -> resource.itemJurisdictions("9.9.9", null, null, query())).detail());
    }

    private void items(String id) {
        resource.items(id, null, null, null, null, null, null, query());
    }

    @Test
    void answersAreWrittenWithTheApiMapper() throws Exception {
        JsonNode list = mapper.readTree(resource.list("341000", "nearby").getEntity().toString());
        assertEquals("nearby", list.path("id").asText());
        assertEquals("341000", list.path("provenance").path("jurisdiction").asText());
        assertFalse(list.has("document"), "an absent value is left out");
        assertEquals("city", mapper.valueToTree(resource.jurisdiction("341000")).path("level").asText());
        assertTrue(resource.list("341000", "nearby").getEntity() == resource.list("341000", "nearby").getEntity(),
                "written once per snapshot");
    }

    @Test
    void everyListAnswerCarriesItsVersionAsETag() {
        Sourced<ItemList> nearby = HUANGSHAN.lists().get(0);
        assertEquals(ListVersions.of(nearby), resource.list("341000", "nearby").getEntityTag().getValue());
        String all = resource.lists("341000").getEntityTag().getValue();
        assertTrue(all.matches("[0-9a-f]{20}"), all);
        assertFalse(all.equals(ListVersions.of(nearby)), "the tag of all lists is a digest of their versions");
    }

    private static InputStream bytes(byte[] bytes) {
        return new ByteArrayInputStream(bytes);
    }

    @Test
    void validateAnswersByWhatTheBundleWouldBe() {
        byte[] zip = {'P', 'K', 3, 4, 0, 0};
        assertEquals("The request body is empty: send the bundle's jar",
                problem(400, () -> resource.validate(bytes(new byte[0]), null, ADMIN)).detail());
        assertEquals("The request body is not a jar (zip) file",
                problem(400, () -> resource.validate(bytes("not a jar".getBytes(StandardCharsets.UTF_8)), null, ADMIN)).detail());
        assertEquals(ACTIVE, resource.validate(bytes(zip), null, ADMIN));

        catalog.validated = null;
        ProblemDetail notABundle = problem(400, () -> resource.validate(bytes(zip), null, ADMIN));
        assertEquals("The request body is not a jurisdiction bundle jar: the manifest has no Renshe-Catalog header: "
                + "not a jurisdiction bundle", notABundle.detail());
        assertNull(notABundle.errors());

        catalog.validated = new JurisdictionStatus("990100", null, null, null, "test.broken", "0.0.1", "rejected",
                List.of(new CatalogError("list.yaml", 7, "unknown field 'colour'"),
                        new CatalogError("jurisdiction.yaml", 0, "no such parent 990000")));
        ProblemDetail rejected = problem(422, () -> resource.validate(bytes(zip), null, ADMIN));
        assertEquals("Bundle test.broken 0.0.1 would be rejected with 2 errors", rejected.detail());
        assertEquals(List.of(ProblemError.inFile("list.yaml", 7, "unknown field 'colour'"),
                new ProblemError("no such parent 990000", null, null, "jurisdiction.yaml", null)), rejected.errors());
    }

    @Test
    void aBodyDeclaredLargerThanTheLimitIsRefusedBeforeItIsRead() {
        InputStream unread = new InputStream() {
            @Override
            public int read() {
                throw new AssertionError("the body is read");
            }
        };
        io.renshe.catalog.api.limits.LimitExceededException refused = assertThrows(
                io.renshe.catalog.api.limits.LimitExceededException.class,
                () -> resource.validate(unread, Long.toString(20L * 1024 * 1024 + 1), ADMIN));
        assertEquals(413, refused.status());
        assertEquals("jar.maxBodyBytes", refused.limit());
        assertEquals("The upload is larger than 20 MiB (limit jar.maxBodyBytes = 20971520 in etc/io.renshe.limits.cfg)",
                refused.getMessage());
    }
}
