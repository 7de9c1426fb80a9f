package io.renshe.catalog.rest.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.renshe.catalog.api.Channel;
import io.renshe.catalog.api.EffectiveCatalog.Sourced;
import io.renshe.catalog.api.ItemList;
import io.renshe.catalog.api.Limit;
import io.renshe.catalog.api.ListEntry;
import io.renshe.catalog.api.OnlineAccess;
import io.renshe.catalog.api.Provenance;
import io.renshe.catalog.api.time.TimeLimit;

class JsonTest {

    @Test
    void anInheritedListReadsLikeTheFilePlusProvenance() throws Exception {
        ListEntry entry = new ListEntry("1", "社会保障卡挂失和解挂", "1.10.6", false, null, List.of("信息中心"),
                List.of(Channel.BANK, Channel.ONLINE), null, new Limit("即时办结", new TimeLimit("即时办结", TimeLimit.Kind.IMMEDIATE, 0, null)), null, null, List.of(), null, List.of(),
                null, null);
        ItemList list = new ItemList("nearby", "“就近办”清单", "就近办", null, List.of(), List.of(entry), "341000", "nearby.yaml");
        String json = JsonConvention.mapper().writeValueAsString(new Sourced<>(list, new Provenance("341000", true, false)));
        assertTrue(json.startsWith("{\"id\":\"nearby\",\"title\":\"“就近办”清单\""), json);
        assertTrue(json.contains("\"channels\":[\"bank\",\"online\"]"), json);
        assertTrue(json.contains("\"limit\":{\"text\":\"即时办结\",\"meaning\":{\"text\":\"即时办结\",\"kind\":\"immediate\",\"amount\":0}}"), json);
        assertTrue(json.contains("\"provenance\":{\"jurisdiction\":\"341000\",\"inherited\":true,\"overridden\":false}"), json);
        assertFalse(json.contains("\"value\""), json);
        assertFalse(json.contains("null"), "no nulls: " + json);
    }

    @Test
    void aRowKeepsEveryAddressAndSaysWhatIsInferred() throws Exception {
        ListEntry entry = new ListEntry("49", "失业保险金申领", "1.8.1", false, null, List.of("人才发展服务局"),
                List.of(Channel.ONLINE), new OnlineAccess(List.of("http://si.12333.gov.cn", "http://hrss.ah.gov.cn/ggfwwt/"),
                        null, List.of("微信", "支付宝")), null, null, null, List.of("个人"), null, List.of(), null, null,
                Map.of("units", "blank cell"));
        String json = JsonConvention.mapper().writeValueAsString(entry);
        assertTrue(json.contains("\"online\":{\"urls\":[\"http://si.12333.gov.cn\",\"http://hrss.ah.gov.cn/ggfwwt/\"],"
                + "\"apps\":[\"微信\",\"支付宝\"]}"), json);
        assertFalse(json.contains("\"url\""), "the addresses are written once, as urls: " + json);
        assertTrue(json.contains("\"inferred\":{\"units\":\"blank cell\"}"), json);
    }
}
