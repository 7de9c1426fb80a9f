package io.renshe.catalog.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.renshe.catalog.cpsv.internal.CpsvShapes;

/**
 * GET /api/jurisdictions/{id}/cpsv of every shipped jurisdiction conforms to SEMIC's CPSV-AP 3.2.0 shapes, and says
 * what the documents say of 社会保障卡申领 in Huangshan.
 */
@ExtendWith(PlatformExtension.class)
class CpsvExportIT {

    /** The provinces and cities ship no lists of their own: only the three localities have services. */
    @ParameterizedTest
    @ValueSource(strings = {"340000", "341000", "341500", "341504", "620000", "620400", "620402"})
    void everyShippedJurisdictionConforms(String id, Platform platform) throws Exception {
        HttpResponse<String> answer = platform.get("/api/jurisdictions/" + id + "/cpsv", "Accept", "application/ld+json");
        assertEquals(200, answer.statusCode(), answer.body());
        assertEquals("application/ld+json;charset=utf-8", answer.headers().firstValue("Content-Type").orElse("").toLowerCase());
        Model model = CpsvShapes.parse(answer.body(), platform.baseUrl() + "/api/jurisdictions/" + id + "/cpsv");
        int services = model.listSubjectsWithProperty(RDF.type, model.getResource(CpsvShapes.NAMESPACE_CPSV + "PublicService"))
                .toList().size();
        assertEquals(Set.of("341000", "341504", "620402").contains(id), services > 0, services + " services in " + id);
        ValidationReport report = CpsvShapes.validate(model);
        assertTrue(report.conforms(), CpsvShapes.describe(report));
    }

    @Test
    void huangshanOffersTheCardThroughBankOutletsAndOnline(Platform platform) throws Exception {
        String document = platform.baseUrl() + "/api/jurisdictions/341000/cpsv";
        Model model = CpsvShapes.parse(platform.get("/api/jurisdictions/341000/cpsv").body(), document);
        Resource card = model.getResource(document + "#service/1.10.1");
        assertEquals("社会保障卡申领", card.getProperty(model.getProperty(CpsvShapes.NAMESPACE_DCT + "title")).getString());
        Set<String> channels = new TreeSet<>();
        card.listProperties(model.getProperty(CpsvShapes.NAMESPACE_CV + "hasChannel")).forEachRemaining(s ->
                channels.add(s.getResource().getProperty(model.getProperty(CpsvShapes.NAMESPACE_DCT + "identifier")).getString()));
        assertTrue(channels.containsAll(Set.of("bank", "online")), channels.toString());
        Set<String> authorities = new TreeSet<>();
        card.listProperties(model.getProperty(CpsvShapes.NAMESPACE_CV + "hasCompetentAuthority")).forEachRemaining(s ->
                authorities.add(s.getResource().getProperty(model.getProperty(CpsvShapes.NAMESPACE_SKOS + "prefLabel")).getString()));
        assertTrue(authorities.contains("信息中心"), authorities.toString());
        Resource event = model.getResource(document + "#life-event/card-one-thing-1");
        assertEquals("我要办理社会保障卡", event.getProperty(model.getProperty(CpsvShapes.NAMESPACE_DCT + "title")).getString());
        assertTrue(model.contains(event, model.getProperty(CpsvShapes.NAMESPACE_CV + "hasRelatedService"), card));
    }

    @Test
    void anUnknownJurisdictionIsNotFound(Platform platform) throws Exception {
        assertEquals(404, platform.get("/api/jurisdictions/999999/cpsv").statusCode());
    }
}
