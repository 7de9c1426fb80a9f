package io.renshe.catalog.rest.internal;

import java.util.UUID;

import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.renshe.catalog.api.ServiceUnavailableException;
import io.renshe.catalog.api.limits.LimitExceededException;
import io.renshe.catalog.rest.ApiResource;
import io.renshe.catalog.rest.Problem;
import io.renshe.catalog.rest.ProblemDetail;

/**
 * Answers every error of the default application with a problem body: a {@link Problem} thrown by a resource, the
 * JAX-RS runtime's own errors (unknown path 404, wrong method 405, 406, 415), a {@link ServiceUnavailableException}
 * (503), a {@link LimitExceededException} (413 or 422, naming the limit) and anything else (500, logged with a reference that the answer carries).
 */
@Component(service = ExceptionMapper.class)
@JaxrsExtension
@JaxrsName(ApiResource.PROBLEMS)
public final class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemMapper.class);

    static final String PROBLEM_UTF8 = Problem.MEDIA_TYPE + ";charset=UTF-8";

    @Override
    public Response toResponse(Throwable exception) {
        if (exception instanceof Problem problem) {
            return respond(problem);
        }
        if (exception instanceof ServiceUnavailableException down) {
            return respond(Problem.unavailable(down.getMessage()));
        }
        if (exception instanceof LimitExceededException limit) {
            return respond(Problem.of(limit.status(), limit.getMessage()));
        }
        if (exception instanceof WebApplicationException web) {
            return fromRuntime(web);
        }
        if (ClientGone.is(exception)) {
            LOG.debug("The client went away before its answer was written: {}", exception.toString());
            return Response.status(500).build();
        }
        String reference = UUID.randomUUID().toString();
        LOG.error("Request failed ({})", reference, exception);
        return respond(Problem.of(500, "Internal error, logged as " + reference));
    }

    static Response respond(Problem problem) {
        Response.ResponseBuilder answer = Response.status(problem.status()).type(PROBLEM_UTF8).entity(problem.body());
        problem.headers().forEach(answer::header);
        return answer.build();
    }

    /** An error of the JAX-RS runtime: its status and headers ({@code Allow}), with a problem body. */
    private static Response fromRuntime(WebApplicationException web) {
        Response response = web.getResponse();
        int status = response.getStatus();
        if (status < 400) {
            return response;
        }
        if (response.hasEntity() && response.getEntity() instanceof ProblemDetail) {
            return response;
        }
        String detail = switch (status) {
            case 404 -> "There is nothing at this path: see docs/api.md for the endpoints";
            case 405 -> "This path does not take this method" + allowed(response);
            case 406 -> "This endpoint answers " + ApiResource.JSON_UTF8 + " (errors " + Problem.MEDIA_TYPE
                    + "); the request's Accept header allows neither";
            case 415 -> "This endpoint does not take a request body of this content type";
            default -> web.getMessage() == null ? Problem.reason(status) : web.getMessage();
        };
        Response.ResponseBuilder answer = Response.status(status).type(PROBLEM_UTF8)
                .entity(new ProblemDetail(ProblemDetail.ABOUT_BLANK, Problem.reason(status), status, detail, null, null));
        if (status == 405 && response.getHeaderString(HttpHeaders.ALLOW) != null) {
            answer.header(HttpHeaders.ALLOW, response.getHeaderString(HttpHeaders.ALLOW));
        }
        return answer.build();
    }

    private static String allowed(Response response) {
        String allow = response.getHeaderString(HttpHeaders.ALLOW);
        return allow == null || allow.isBlank() ? "" : "; it takes " + allow;
    }
}
