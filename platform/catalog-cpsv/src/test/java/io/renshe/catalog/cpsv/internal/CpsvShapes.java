package io.renshe.catalog.cpsv.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.ByteArrayOutputStream;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;

/**
 * SEMIC's CPSV-AP 3.2.0 SHACL shapes (src/test/resources/cpsv-ap, with their licence) and Apache Jena: parses a
 * JSON-LD document as the platform writes it and validates it. Shared with the browser-tests module (test-jar), which
 * checks the live export of every shipped jurisdiction.
 */
public final class CpsvShapes {

    public static final String NAMESPACE_CV = "http://data.europa.eu/m8g/";
    public static final String NAMESPACE_CPSV = "http://purl.org/vocab/cpsv#";
    public static final String NAMESPACE_DCT = "http://purl.org/dc/terms/";
    public static final String NAMESPACE_SKOS = "http://www.w3.org/2004/02/skos/core#";
    public static final String NAMESPACE_TIME = "http://www.w3.org/2006/time#";

    private static final Shapes SHAPES = load();

    private CpsvShapes() {
    }

    private static Shapes load() {
        try (InputStream in = CpsvShapes.class.getResourceAsStream("/cpsv-ap/cpsv-ap-SHACL.ttl")) {
            if (in == null) {
                throw new IllegalStateException("cpsv-ap/cpsv-ap-SHACL.ttl is not on the class path");
            }
            return Shapes.parse(RDFParser.source(in).lang(Lang.TTL).toGraph());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The number of shapes read: the file holds 32 node shapes. */
    public static int shapeCount() {
        return SHAPES.numRootShapes();
    }

    /** Parses a JSON-LD document (its context inline: nothing is fetched). */
    public static Model parse(String jsonLd, String base) {
        Model model = ModelFactory.createDefaultModel();
        RDFParser.fromString(jsonLd, Lang.JSONLD).base(base).parse(model.getGraph());
        return model;
    }

    public static ValidationReport validate(Model data) {
        return ShaclValidator.get().validate(SHAPES, data.getGraph());
    }

    /** The report in words, for an assertion message. */
    public static String describe(ValidationReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ShLib.printReport(out, report);
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }
}
