package io.renshe.catalog.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The three localities installed one after another into the running platform as Karaf features, each queried
 * over HTTP for the questions their users ask.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class JurisdictionsIT extends PlatformTestSupport {

    @Test
    public void theThreeLocalitiesAnswerTheirUsersQuestions() throws Exception {
        await("the API", () -> get("/api/jurisdictions").status() == 200);

        installFeature("renshe-huangshan");
        await("黄山市 active", () -> "active".equals(json(get("/api/jurisdictions/341000")).path("status").asText()));
        JsonNode bank = getJson("/api/jurisdictions/341000/items?channel=bank");
        List<String> bankNames = names(bank);
        assertTrue(bankNames.toString(), bankNames.contains("城乡居民养老保险参保信息查询"));
        assertTrue(bankNames.contains("社会保障卡挂失与解挂"));
        assertFalse(bankNames.contains("城乡居民养老保险补缴"));
        JsonNode lists = getJson("/api/jurisdictions/341000/lists");
        assertEquals(4, lists.size());
        JsonNode online = getJson("/api/jurisdictions/341000/lists/online");
        assertEquals(67, online.path("entries").size());
        assertEquals("皖事通", online.path("entries").get(0).path("online").path("apps").get(0).asText());
        assertEquals("340000", getJson("/api/jurisdictions/341000/catalog").path("ancestors").get(0).asText());

        installFeature("renshe-yeji-district");
        await("叶集区 active", () -> "active".equals(json(get("/api/jurisdictions/341504")).path("status").asText()));
        JsonNode village = getJson("/api/jurisdictions/341504/items?level=village&q=" + encode("启用"));
        assertEquals(1, village.size());
        JsonNode duties = village.get(0).path("offerings").get(0);
        assertEquals("village-platform", duties.path("container").asText());
        JsonNode platform = getJson("/api/jurisdictions/341504/lists/village-platform");
        JsonNode activation = null;
        for (JsonNode entry : platform.path("entries")) {
            if (entry.path("name").asText().equals("社会保障卡启用")) {
                activation = entry;
            }
        }
        assertTrue("社会保障卡启用 is in the village list", activation != null);
        String villageDuty = null;
        for (JsonNode duty : activation.path("levels")) {
            if (duty.path("level").asText().equals("village")) {
                villageDuty = duty.path("duty").asText();
            }
        }
        assertEquals("受理持卡人启用申请，信息无误，在系统及时为其发卡激活。", villageDuty);

        installFeature("renshe-baiyin-district");
        await("白银区 active", () -> "active".equals(json(get("/api/jurisdictions/620402")).path("status").asText()));
        String chuangye = null;
        for (JsonNode bundle : getJson("/api/jurisdictions/620402/bundles")) {
            if (bundle.path("name").asText().equals("创业")) {
                chuangye = bundle.path("id").asText();
            }
        }
        JsonNode bundle = getJson("/api/jurisdictions/620402/bundles/" + chuangye).path("bundle");
        assertEquals(15, bundle.path("items").size());
        assertEquals("创业开业指导", bundle.path("items").get(0).path("name").asText());
        assertEquals(20, bundle.path("limit").path("meaning").path("amount").asInt());
        JsonNode accelerated = getJson("/api/jurisdictions/620402/lists/accelerated").path("entries");
        assertEquals(25, accelerated.size());
        assertEquals("45个工作日", accelerated.get(1).path("limitBefore").path("text").asText());
        assertEquals("15个工作日", accelerated.get(1).path("limitAfter").path("text").asText());

        JsonNode card = getJson("/api/items/" + encode("社会保障卡申领") + "/jurisdictions");
        assertEquals("1.10.1", card.path("item").path("code").asText());
        List<String> where = new ArrayList<>();
        card.path("jurisdictions").forEach(j -> where.add(j.path("id").asText()));
        // 黄山 (annexes 3, 5, 8 and the card one-thing), 叶集 (second batch row 24), 白银 (one-things and 提速办 row 9)
        assertEquals(List.of("341000", "341504", "620402"), where);
        assertEquals(3, card.path("total").asInt());
        assertEquals(0, card.path("offset").asInt());
        // a page at a time: the next page's address in the Link header
        Answer first = get("/api/items/1.10.1/jurisdictions?limit=2");
        assertEquals(200, first.status());
        JsonNode page = json(first);
        assertEquals(3, page.path("total").asInt());
        assertEquals(2, page.path("limit").asInt());
        assertEquals(List.of("341000", "341504"), ids(page.path("jurisdictions")));
        String next = first.header("Link");
        assertTrue(next, next.contains("offset=2") && next.contains("rel=\"next\""));
        JsonNode last = getJson("/api/items/1.10.1/jurisdictions?limit=2&offset=2");
        assertEquals(List.of("620402"), ids(last.path("jurisdictions")));
        assertEquals(0, getJson("/api/items/1.10.1/jurisdictions?offset=3").path("jurisdictions").size());

        JsonNode compare = getJson("/api/compare?a=341000&b=620402");
        assertTrue(compare.path("both").size() > 5);
        assertTrue(compare.path("onlyA").size() > 10);
        assertTrue(compare.path("onlyB").size() > 5);

        JsonNode all = getJson("/api/jurisdictions");
        List<String> ids = new ArrayList<>();
        all.forEach(j -> ids.add(j.path("id").asText() + ":" + j.path("status").asText()));
        assertEquals(List.of("340000:active", "341000:active", "341500:active", "341504:active", "620000:active",
                "620400:active", "620402:active"), ids);
    }

    private static List<String> ids(JsonNode jurisdictions) {
        List<String> ids = new ArrayList<>();
        jurisdictions.forEach(j -> ids.add(j.path("id").asText()));
        return ids;
    }

    private static List<String> names(JsonNode items) {
        List<String> names = new ArrayList<>();
        items.forEach(i -> names.add(i.path("item").path("name").asText()));
        return names;
    }
}
