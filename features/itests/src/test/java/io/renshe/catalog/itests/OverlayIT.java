package io.renshe.catalog.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.apache.karaf.features.FeaturesService;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A local office changes its own lists over HTTP, on the real distribution: 叶集区's office changes an entry, every read
 * shows it with its provenance, it is kept across a restart of the bundles that hold state (catalog core, overlay
 * store, database) and across an uninstall and reinstall of 叶集区's bundle; it cannot change 黄山市; anonymous writes are
 * 401; a stale version is 409, a missing one 428, a locked field 403; a bundle that loses an entry leaves the change
 * orphaned, not dropped; the console commands list and revert changes; the event log shows them.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class OverlayIT extends PlatformTestSupport {

    static final String YEJI_ID = "341504";
    static final String LIST = "/api/jurisdictions/341504/lists/village-platform";
    private final ObjectMapper mapper = new ObjectMapper();

    @Before
    public void jurisdictions() throws Exception {
        if (get("/api/jurisdictions/341504").status() != 200 || get("/api/jurisdictions/341000").status() != 200) {
            installFeature("renshe-yeji-district");
            installFeature("renshe-huangshan");
        }
        await("叶集区 and 黄山市 active", () -> "active".equals(json(get("/api/jurisdictions/341504")).path("status").asText())
                && "active".equals(json(get("/api/jurisdictions/341000")).path("status").asText()));
        await("the overlay endpoints", () -> get("/api/jurisdictions/341504/changes").status() == 200);
    }

    private static Map<String, String> as(String user, String password) {
        return Map.of("Authorization", basic(user, password));
    }

    private static Map<String, String> with(Map<String, String> headers, String name, String value) {
        Map<String, String> all = new HashMap<>(headers);
        all.put(name, value);
        return all;
    }

    private Answer send(String method, String path, Object body, Map<String, String> headers) throws IOException {
        return request(method, path, body == null ? null : "application/json",
                body == null ? null : mapper.writeValueAsBytes(body), "application/json", headers);
    }

    private String etag(String path) throws IOException {
        Answer list = get(path);
        assertEquals(list.body(), 200, list.status());
        return list.header("ETag");
    }

    private JsonNode entry(String listPath, String seq) throws IOException {
        for (JsonNode entry : getJson(listPath).path("entries")) {
            if (entry.path("seq").asText().equals(seq)) {
                return entry;
            }
        }
        return null;
    }

    /** An entry as served, in the shape of a catalog file, with some fields changed, and a reason. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> edited(String listPath, String seq, String reason, Object... fieldsAndValues)
            throws IOException {
        Map<String, Object> entry = mapper.convertValue(entry(listPath, seq), LinkedHashMap.class);
        entry.remove("provenance");
        if (Boolean.TRUE.equals(entry.remove("local"))) {
            entry.remove("item");
        }
        if (entry.get("levels") instanceof List<?> duties) {
            Map<String, Object> levels = new LinkedHashMap<>();
            for (Object duty : duties) {
                Map<String, Object> d = new LinkedHashMap<>((Map<String, Object>) duty);
                levels.put((String) d.remove("level"), d);
            }
            entry.put("levels", levels);
        }
        for (String limit : List.of("limit", "limitBefore", "limitAfter")) {
            if (entry.get(limit) instanceof Map<?, ?> written) {
                entry.put(limit, written.get("text"));
            }
        }
        if (entry.get("online") instanceof Map<?, ?> online) {
            Map<String, Object> details = new LinkedHashMap<>((Map<String, Object>) online);
            details.put("url", details.remove("urls"));
            entry.put("online", details);
        }
        // the answer writes empty lists and mappings; a catalog file leaves them out
        entry.values().removeIf(v -> v instanceof List<?> l && l.isEmpty() || v instanceof Map<?, ?> m && m.isEmpty());
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            entry.put((String) fieldsAndValues[i], fieldsAndValues[i + 1]);
        }
        entry.put("reason", reason);
        return entry;
    }

    @Test
    public void anOfficeChangesAnEntryAndKeepsItAcrossRestartsAndReinstalls() throws Exception {
        Map<String, String> yeji = as(YEJI, YEJI_PASSWORD);
        String path = LIST + "/entries/15";
        Map<String, Object> change = edited(LIST, "15", "村级平台开通线上办理，三日内激活", "channels",
                List.of("village", "online"), "limit", "3个工作日");
        String before = etag(LIST);

        Answer anonymous = send("PUT", path, change, with(Map.of(), "If-Match", before));
        assertEquals(401, anonymous.status());
        assertEquals("Basic realm=\"karaf\"", anonymous.header("WWW-Authenticate"));
        Answer withoutVersion = send("PUT", path, change, yeji);
        assertEquals(withoutVersion.body(), 428, withoutVersion.status());

        Answer written = send("PUT", path, change, with(yeji, "If-Match", before));
        assertEquals(written.body(), 200, written.status());
        JsonNode answer = json(written);
        long id = answer.path("changes").get(0).path("id").asLong();
        assertEquals("put-entry", answer.path("changes").get(0).path("action").asText());
        assertEquals("[\"village\"]", answer.path("changes").get(0).path("before").path("channels").toString());
        assertEquals("3个工作日", answer.path("entry").path("limit").path("text").asText());
        String after = written.header("ETag");
        assertNotEquals(before, after);
        assertEquals(after, etag(LIST));
        assertEquals("\"" + answer.path("version").asText() + "\"", after);

        // every read shows it with its provenance
        JsonNode served = entry(LIST, "15");
        assertProvenance(served.path("provenance"), id);
        JsonNode online = getJson("/api/jurisdictions/341504/items?channel=online");
        JsonNode card = null;
        for (JsonNode item : online) {
            if (item.path("item").path("id").asText().equals("1.10.2")) {
                card = item;
            }
        }
        assertTrue("1.10.2 is offered online in 叶集区 now: " + online, card != null);
        boolean provenanced = false;
        for (JsonNode offering : card.path("offerings")) {
            provenanced |= offering.path("provenance").path("overlay").asLong() == id;
        }
        assertTrue(card.toString(), provenanced);
        assertTrue(getJson("/api/items/1.10.2/jurisdictions").toString().contains("3个工作日"));
        assertTrue(getJson("/api/compare?a=341504&b=341000").toString().contains("3个工作日"));
        assertTrue(get("/api/jurisdictions/341504/cpsv").body().contains("3个工作日"));
        assertTrue(getJson("/api/jurisdictions/341504/catalog").toString().contains("村级平台开通线上办理"));

        // a stale version: 409 with the current one, nothing written
        Answer stale = send("PUT", path, edited(LIST, "15", "基于旧版本", "remarks", "不应写入"), with(yeji, "If-Match", before));
        assertEquals(stale.body(), 409, stale.status());
        assertEquals(after, stale.header("ETag"));
        assertTrue(json(stale).path("detail").asText().contains(after.replace("\"", "")));
        assertFalse(entry(LIST, "15").has("remarks"));

        // 叶集区's office cannot change 黄山市
        String huangshan = "/api/jurisdictions/341000/lists/nearby";
        Answer other = send("PUT", huangshan + "/entries/1", edited(huangshan, "1", "越权"),
                with(yeji, "If-Match", etag(huangshan)));
        assertEquals(other.body(), 403, other.status());
        assertTrue(json(other).path("detail").asText().contains("341000"));

        // the history, newest first, with who, when, what, why, before and after
        JsonNode history = getJson("/api/jurisdictions/341504/changes");
        JsonNode latest = history.get(0);
        assertEquals(id, latest.path("id").asLong());
        assertEquals(YEJI, latest.path("by").asText());
        assertEquals("村级平台开通线上办理，三日内激活", latest.path("reason").asText());
        assertEquals("3个工作日", latest.path("after").path("limit").asText());
        assertEquals(id, getJson("/api/jurisdictions/341504/changes/" + id).path("id").asLong());

        // the bundles holding state restart: the database, the store, the catalog core and the overlay store
        List<Bundle> holders = new ArrayList<>();
        for (String name : List.of("io.renshe.catalog-overlay", "io.renshe.catalog-core", "io.renshe.catalog-store",
                "io.renshe.derby")) {
            Bundle bundle = bundle(name);
            holders.add(bundle);
            bundle.stop();
        }
        await("the catalog gone with its core", () -> get(LIST).status() != 200);
        Collections.reverse(holders);
        for (Bundle bundle : holders) {
            bundle.start();
        }
        await("the change served again after the restart", () -> get(LIST).status() == 200
                && entry(LIST, "15").path("provenance").path("overlay").asLong() == id);
        assertProvenance(entry(LIST, "15").path("provenance"), id);
        assertEquals(after, etag(LIST));

        // 叶集区's bundle uninstalled and installed again: the change is there
        featuresService.uninstallFeature("renshe-yeji-district", EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
        await("叶集区 gone", () -> get("/api/jurisdictions/341504").status() == 404);
        await("its history kept", () -> get("/api/jurisdictions/341504/changes").status() == 200);
        assertEquals(id, getJson("/api/jurisdictions/341504/changes").get(0).path("id").asLong());
        installFeature("renshe-yeji-district");
        await("叶集区 back with the change", () -> get(LIST).status() == 200
                && entry(LIST, "15").path("provenance").path("overlay").asLong() == id);
        assertEquals("3个工作日", entry(LIST, "15").path("limit").path("text").asText());
    }

    private static void assertProvenance(JsonNode provenance, long id) {
        assertEquals(provenance.toString(), id, provenance.path("overlay").asLong());
        assertEquals(YEJI, provenance.path("by").asText());
        assertEquals("村级平台开通线上办理，三日内激活", provenance.path("reason").asText());
        assertTrue(provenance.toString(), provenance.path("at").asText().endsWith("Z"));
        assertEquals(YEJI_ID, provenance.path("jurisdiction").asText());
    }

    @Test
    public void anonymousGets401OnEveryWrite() throws Exception {
        String etag = etag(LIST);
        Map<String, String> none = with(Map.of(), "If-Match", etag);
        List<Answer> answers = List.of(
                send("PUT", LIST + "/entries/16", edited(LIST, "16", "匿名"), none),
                send("DELETE", LIST + "/entries/16?reason=x", null, none),
                send("POST", "/api/jurisdictions/341504/changes/1/revert?reason=x", null, none),
                send("PUT", "/api/jurisdictions/341500/locks/1.10.2/limit?reason=x", null, Map.of()),
                send("DELETE", "/api/jurisdictions/341500/locks/1.10.2/limit?reason=x", null, Map.of()),
                send("PUT", "/api/jurisdictions/341504/units/" + encode("监察大队"),
                        Map.of("type", "section", "reason", "x"), Map.of()),
                request("POST", "/api/validate", "application/java-archive", new byte[] {'P', 'K', 3, 4},
                        "application/json"));
        for (Answer answer : answers) {
            assertEquals(answer.body(), 401, answer.status());
            assertEquals("Basic realm=\"karaf\"", answer.header("WWW-Authenticate"));
            assertEquals(401, json(answer).path("status").asInt());
        }
    }

    @Test
    public void aLockedFieldIs403NamingTheLockAndWhoSetIt() throws Exception {
        Map<String, String> luan = as(LU_AN, LU_AN_PASSWORD);
        Map<String, String> yeji = as(YEJI, YEJI_PASSWORD);
        Answer notTheirs = send("PUT", "/api/jurisdictions/341500/locks/1.10.6/channels",
                Map.of("reason", "统一渠道"), yeji);
        assertEquals("叶集区's office cannot lock for 六安市: " + notTheirs.body(), 403, notTheirs.status());
        Answer lock = send("PUT", "/api/jurisdictions/341500/locks/1.10.6/channels", Map.of("reason", "市级统一渠道"), luan);
        assertEquals(lock.body(), 200, lock.status());
        assertEquals("lock", json(lock).path("action").asText());
        JsonNode locks = getJson("/api/jurisdictions/341504/locks");
        assertEquals("341500", locks.path("binding").get(0).path("jurisdiction").asText());

        Answer locked = send("PUT", LIST + "/entries/16", edited(LIST, "16", "加线上", "channels",
                List.of("village", "online")), with(yeji, "If-Match", etag(LIST)));
        assertEquals(locked.body(), 403, locked.status());
        String detail = json(locked).path("detail").asText();
        assertTrue(detail, detail.contains("locked by jurisdiction 341500") && detail.contains("set by " + LU_AN)
                && detail.contains("市级统一渠道"));
        Answer otherField = send("PUT", LIST + "/entries/16", edited(LIST, "16", "补充备注", "remarks", "携带社保卡"),
                with(yeji, "If-Match", etag(LIST)));
        assertEquals(otherField.body(), 200, otherField.status());

        Answer unlock = send("DELETE", "/api/jurisdictions/341500/locks/1.10.6/channels?reason=" + encode("放开"), null,
                luan);
        assertEquals(unlock.body(), 200, unlock.status());
        assertEquals(0, getJson("/api/jurisdictions/341504/locks").path("binding").size());
    }

    @Test
    public void anInvalidEntryIs422WithEveryErrorAndNothingWritten() throws Exception {
        Map<String, String> yeji = with(as(YEJI, YEJI_PASSWORD), "If-Match", etag(LIST));
        Answer invalid = send("PUT", LIST + "/entries/17", edited(LIST, "17", "错误的修改", "channels", List.of("fax"),
                "limit", "尽快", "units", List.of("信息中心", "没有的中心"), "colour", "red"), yeji);
        assertEquals(invalid.body(), 422, invalid.status());
        List<String> pointers = new ArrayList<>();
        json(invalid).path("errors").forEach(e -> pointers.add(e.path("pointer").asText()));
        Collections.sort(pointers);
        assertEquals(List.of("/channels/0", "/colour", "/limit", "/units/1"), pointers);
        Answer noReason = send("PUT", LIST + "/entries/17", edited(LIST, "17", " "), yeji);
        assertEquals(422, noReason.status());
        assertEquals("/reason", json(noReason).path("errors").get(0).path("pointer").asText());
        assertFalse(entry(LIST, "17").has("provenance"));
    }

    @Test
    public void aRevertIsAChangeAndCanItselfBeReverted() throws Exception {
        Map<String, String> yeji = as(YEJI, YEJI_PASSWORD);
        Answer hidden = send("DELETE", LIST + "/entries/17?reason=" + encode("暂停村级办理"), null,
                with(yeji, "If-Match", etag(LIST)));
        assertEquals(hidden.body(), 200, hidden.status());
        long hide = json(hidden).path("changes").get(0).path("id").asLong();
        assertNull(entry(LIST, "17"));

        Answer revert = send("POST", "/api/jurisdictions/341504/changes/" + hide + "/revert", Map.of("reason", "恢复办理"),
                with(yeji, "If-Match", etag(LIST)));
        assertEquals(revert.body(), 200, revert.status());
        JsonNode restore = json(revert).path("changes").get(0);
        assertEquals("restore-entry", restore.path("action").asText());
        assertEquals(hide, restore.path("reverts").asLong());
        assertEquals("社会保障卡密码修改", entry(LIST, "17").path("name").asText());

        Answer again = send("POST", "/api/jurisdictions/341504/changes/" + restore.path("id").asLong()
                + "/revert?reason=" + encode("还是暂停"), null, with(yeji, "If-Match", etag(LIST)));
        assertEquals(again.body(), 200, again.status());
        assertEquals("hide-entry", json(again).path("changes").get(0).path("action").asText());
        assertNull(entry(LIST, "17"));

        Answer followed = send("POST", "/api/jurisdictions/341504/changes/" + hide + "/revert?reason=x", null,
                with(yeji, "If-Match", etag(LIST)));
        assertEquals(followed.body(), 409, followed.status());
        // the console reverts too, and lists the changes
        String out = executeCommand("catalog:revert --reason 控制台恢复 341504 "
                + json(again).path("changes").get(0).path("id").asLong());
        assertTrue(out, out.contains("restore-entry"));
        assertEquals("社会保障卡密码修改", entry(LIST, "17").path("name").asText());
        String listed = executeCommand("catalog:changes 341504");
        assertTrue(listed, listed.contains("控制台恢复") && listed.contains("hide-entry") && listed.contains(YEJI));
    }

    @Test
    public void aChangeWhoseEntryANewBundleVersionLacksIsReportedOrphaned() throws Exception {
        Map<String, String> yeji = as(YEJI, YEJI_PASSWORD);
        Answer written = send("PUT", LIST + "/entries/18", edited(LIST, "18", "信息变更当场办结", "limit", "即办"),
                with(yeji, "If-Match", etag(LIST)));
        assertEquals(written.body(), 200, written.status());
        long id = json(written).path("changes").get(0).path("id").asLong();

        Bundle bundle = bundle("io.renshe.jurisdiction.yeji-district");
        String version = bundle.getVersion().toString();
        bundle.update(new ByteArrayInputStream(withoutEntry18(bundle)));
        await("叶集区 without entry 18", () -> entry(LIST, "18") == null);
        JsonNode status = getJson("/api/jurisdictions/341504");
        assertEquals("active", status.path("status").asText());
        assertEquals(status.toString(), id, status.path("orphans").get(0).path("change").asLong());
        assertTrue(status.toString(), status.path("orphans").get(0).path("reason").asText().contains("18"));
        assertTrue(getJson("/api/jurisdictions/341504/changes").get(0).path("orphaned").asBoolean());
        await("the orphan in the event log", () -> getJson("/api/events?subject=341504").toString()
                .contains("overlay-orphaned"));
        assertTrue(executeCommand("catalog:errors 341504").contains("overlay change " + id));

        bundle.update();
        await("叶集区 " + version + " with its entry 18 and the change", () -> entry(LIST, "18") != null
                && entry(LIST, "18").path("provenance").path("overlay").asLong() == id);
        assertEquals(0, getJson("/api/jurisdictions/341504").path("orphans").size());
        assertTrue(getJson("/api/events?subject=341504").toString().contains("overlay-changed"));
    }

    /** 叶集区's bundle as installed, with entry 18 of its village-platform list taken out and a higher version. */
    private static byte[] withoutEntry18(Bundle bundle) throws IOException {
        Manifest manifest = new Manifest();
        try (InputStream in = bundle.getEntry("META-INF/MANIFEST.MF").openStream()) {
            manifest.read(in);
        }
        manifest.getMainAttributes().putValue("Bundle-Version", "9.0.0");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarOutputStream jar = new JarOutputStream(bytes, manifest)) {
            Enumeration<URL> files = bundle.findEntries("CATALOG-INF", "*.yaml", false);
            while (files.hasMoreElements()) {
                URL file = files.nextElement();
                String name = file.getPath().substring(file.getPath().lastIndexOf('/') + 1);
                String text;
                try (InputStream in = file.openStream()) {
                    text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
                if (name.equals("village-platform.yaml")) {
                    text = text.substring(0, text.indexOf("  - seq: 18"));
                }
                jar.putNextEntry(new JarEntry("CATALOG-INF/" + name));
                jar.write(text.getBytes(StandardCharsets.UTF_8));
                jar.closeEntry();
            }
        }
        try (JarInputStream check = new JarInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertEquals("9.0.0", check.getManifest().getMainAttributes().getValue("Bundle-Version"));
        }
        return bytes.toByteArray();
    }

    @Test
    public void anOfficeAddsAUnitAndNamesItInAnEntry() throws Exception {
        Map<String, String> yeji = as(YEJI, YEJI_PASSWORD);
        Answer unit = send("PUT", "/api/jurisdictions/341504/units/" + encode("劳动保障监察大队"),
                Map.of("type", "section", "aliases", List.of("监察大队"), "reason", "新设机构"), yeji);
        assertEquals(unit.body(), 200, unit.status());
        assertEquals("add-unit", json(unit).path("action").asText());
        Answer twice = send("PUT", "/api/jurisdictions/341504/units/" + encode("劳动保障监察大队"),
                Map.of("type", "section", "reason", "重复"), yeji);
        assertEquals(twice.body(), 409, twice.status());
        Answer entry = send("PUT", LIST + "/entries/20", Map.of("name", "劳动保障监察投诉", "units", List.of("监察大队"),
                "channels", List.of("village"), "reason", "村级受理投诉"), with(yeji, "If-Match", etag(LIST)));
        assertEquals(entry.body(), 200, entry.status());
        assertTrue(getJson("/api/jurisdictions/341504/items?unit=" + encode("劳动保障监察大队")).toString()
                .contains("劳动保障监察投诉"));
    }
}
