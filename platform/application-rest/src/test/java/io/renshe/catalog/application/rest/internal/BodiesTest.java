package io.renshe.catalog.application.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.renshe.catalog.rest.Problem;

/** The request bodies of the application endpoints: read within their limit, the 413 naming its setting. */
class BodiesTest {

    @Test
    void aBodyPastTheLimitIsA413NamingItsSetting() {
        Problem refused = assertThrows(Problem.class, () -> Bodies.object(
                new ByteArrayInputStream("{\"materials\":[]}".getBytes(StandardCharsets.UTF_8)), 10, Bodies.BODY_LIMIT));
        assertEquals(413, refused.status());
        assertEquals("The request body is larger than 10 bytes (body.max.bytes in etc/io.renshe.application.rest.cfg)",
                refused.body().detail());
        Problem fixed = assertThrows(Problem.class, () -> Bodies.object(new ByteArrayInputStream(new byte[11]), 10));
        assertEquals("The request body is larger than 10 bytes", fixed.body().detail());
    }

    @Test
    void aBodyAtTheLimitIsRead() {
        assertEquals(Map.of("a", 1), Bodies.object(new ByteArrayInputStream("{\"a\":1}".getBytes(StandardCharsets.UTF_8)),
                7, Bodies.BODY_LIMIT));
    }
}
