package io.renshe.catalog.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import javax.ws.rs.NotAcceptableException;
import javax.ws.rs.NotAllowedException;
import javax.ws.rs.NotFoundException;
import javax.ws.rs.NotSupportedException;
import javax.ws.rs.core.Response;

import org.junit.jupiter.api.Test;

import io.renshe.catalog.api.ServiceUnavailableException;
import io.renshe.catalog.rest.Problem;
import io.renshe.catalog.rest.ProblemDetail;
import io.renshe.catalog.rest.ProblemError;

/** Every error becomes a problem answer; the runtime here is CXF's, as in the platform. */
class ProblemMapperTest {

    private final ProblemMapper mapper = new ProblemMapper();

    private static ProblemDetail body(Response response) {
        assertEquals("application/problem+json;charset=UTF-8", response.getMediaType().toString());
        ProblemDetail body = (ProblemDetail) response.getEntity();
        assertEquals(response.getStatus(), body.status());
        return body;
    }

    @Test
    void aProblemIsAnsweredAsThrown() {
        Response unauthorized = mapper.toResponse(Problem.unauthorized("Sign in to change a list")
                .withHeader("WWW-Authenticate", "Basic realm=\"karaf\""));
        assertEquals(401, unauthorized.getStatus());
        assertEquals(new ProblemDetail("about:blank", "Unauthorized", 401, "Sign in to change a list", null, null),
                body(unauthorized));
        assertEquals("Basic realm=\"karaf\"", unauthorized.getHeaderString("WWW-Authenticate"));

        List<ProblemError> errors = List.of(ProblemError.atPointer("/entries/3/limit", "unparseable time limit '尽快'"));
        ProblemDetail unprocessable = body(mapper.toResponse(Problem.unprocessable("The list has 1 error", errors)));
        assertEquals("Unprocessable Content", unprocessable.title());
        assertEquals(errors, unprocessable.errors());
        assertEquals("Conflict", body(mapper.toResponse(Problem.conflict("changed meanwhile"))).title());
        assertEquals("Precondition Required", body(mapper.toResponse(Problem.preconditionRequired("If-Match"))).title());
        assertEquals("Content Too Large", body(mapper.toResponse(Problem.contentTooLarge("10 MB at most"))).title());
    }

    @Test
    void aServiceThatIsDownIs503() {
        ProblemDetail down = body(mapper.toResponse(new ServiceUnavailableException("The database is down: setting jdbc.url")));
        assertEquals(503, down.status());
        assertEquals("Service Unavailable", down.title());
        assertEquals("The database is down: setting jdbc.url", down.detail());
    }

    @Test
    void aPassedLimitIsAnsweredWithItsStatusAndName() {
        ProblemDetail large = body(mapper.toResponse(new io.renshe.catalog.api.limits.LimitExceededException(
                "jar.maxInflatedBytes", 67108864, 413, "The archive inflates to more than 64 MiB (limit jar.maxInflatedBytes"
                        + " = 67108864 in etc/io.renshe.limits.cfg)")));
        assertEquals(413, large.status());
        assertEquals("Content Too Large", large.title());
        assertTrue(large.detail().contains("limit jar.maxInflatedBytes = 67108864"), large.detail());
        ProblemDetail deep = body(mapper.toResponse(io.renshe.catalog.api.limits.YamlLimits.exceeded("maxDepth", 32,
                "lists and maps are nested more than 32 deep")));
        assertEquals(422, deep.status());
        assertEquals("lists and maps are nested more than 32 deep (limit yaml.maxDepth = 32 in etc/io.renshe.limits.cfg)",
                deep.detail());
    }

    @Test
    void theRuntimesOwnErrorsAreProblems() {
        assertEquals(404, body(mapper.toResponse(new NotFoundException())).status());
        Response notAllowed = mapper.toResponse(new NotAllowedException(Response.status(405).allow("GET", "HEAD").build()));
        assertEquals(405, notAllowed.getStatus());
        assertTrue(body(notAllowed).detail().startsWith("This path does not take this method; it takes "), body(notAllowed).detail());
        assertTrue(notAllowed.getHeaderString("Allow").contains("GET"));
        assertEquals(406, body(mapper.toResponse(new NotAcceptableException())).status());
        assertEquals("Unsupported Media Type", body(mapper.toResponse(new NotSupportedException())).title());
        assertNull(body(mapper.toResponse(new NotFoundException())).parameter());
    }

    @Test
    void anythingElseIs500WithAReferenceAndNoInternals() {
        ProblemDetail failed = body(mapper.toResponse(new IllegalStateException("secret internal state")));
        assertEquals(500, failed.status());
        assertTrue(failed.detail().matches("Internal error, logged as [0-9a-f-]{36}"), failed.detail());
        assertFalse(failed.detail().contains("secret"));
    }

    @Test
    void aClientGoneIsNoError() {
        Response gone = mapper.toResponse(new IOException("Broken pipe"));
        assertFalse(gone.hasEntity());
        assertTrue(ClientGone.is(new RuntimeException(new IOException("Connection reset by peer"))));
        assertFalse(ClientGone.is(new IOException("disk full")));
    }
}
