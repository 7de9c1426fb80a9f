package io.renshe.catalog.application.rest.internal;

import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Map;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.annotations.Designate;

import io.renshe.catalog.application.Application;
import io.renshe.catalog.application.ApplicationError;
import io.renshe.catalog.application.ApplicationForm;
import io.renshe.catalog.application.ApplicationRequest;
import io.renshe.catalog.application.MaterialUpload;
import io.renshe.catalog.application.ApplicationService;
import io.renshe.catalog.application.MaterialContent;
import io.renshe.catalog.application.RejectedException;
import io.renshe.catalog.rest.Access;
import io.renshe.catalog.rest.ApiResource;
import io.renshe.catalog.rest.Problem;
import io.renshe.catalog.rest.ProblemError;

/**
 * Applications over HTTP, under {@code /api/applications} (docs/applications.md). Applying, checking and reading the
 * form need no sign-in; the applicant reads and acts on an application with its number and the last six characters of
 * the ID number in the header {@value #ID_SUFFIX}; the handling office signs in.
 */
@Component(service = ApplicationsResource.class, configurationPid = ApplicationsResource.PID)
@Designate(ocd = RestConfiguration.class)
@ApiResource
@Path("api/applications")
@Produces(ApiResource.JSON_UTF8)
public final class ApplicationsResource {

    static final String PID = "io.renshe.application.rest";
    /** The header with which the applicant proves who they are: the last six characters of the ID number. */
    static final String ID_SUFFIX = "X-Id-Suffix";

    /** The answer of {@code POST /api/applications/check}. */
    public record Check(boolean eligible, List<ProblemError> errors) {
    }

    private final ApplicationService applications;
    private volatile long maxBytes;

    /** Sign-in and roles; without it only the applicant's own calls work. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile Access access;

    @Activate
    public ApplicationsResource(@Reference ApplicationService applications, RestConfiguration configuration) {
        this.applications = applications;
        modified(configuration);
    }

    @Modified
    void modified(RestConfiguration configuration) {
        maxBytes = configuration.body_max_bytes();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response submit(InputStream body, @Context UriInfo uri) {
        Parameters.allowOnly(uri);
        ApplicationRequest request = read(body);
        Application application = Failures.call(() -> applications.submit(request));
        return Response.created(URI.create("/api/applications/" + application.number()))
                .type(ApiResource.JSON_UTF8).entity(application).build();
    }

    @POST
    @Path("check")
    @Consumes(MediaType.APPLICATION_JSON)
    public Check check(InputStream body, @Context UriInfo uri) {
        Parameters.allowOnly(uri);
        Bodies.Reader reader = new Bodies.Reader();
        ApplicationRequest request = Bodies.application(Bodies.object(body, maxBytes, Bodies.BODY_LIMIT), reader);
        List<ProblemError> errors = new java.util.ArrayList<>(reader.errors);
        errors.addAll(Failures.call(() -> Failures.errors(checked(request))));
        return new Check(errors.isEmpty(), errors);
    }

    /** The body as a request; 422 with every problem of its shape and of its content when it has a shape problem. */
    private ApplicationRequest read(InputStream body) {
        Bodies.Reader reader = new Bodies.Reader();
        ApplicationRequest request = Bodies.application(Bodies.object(body, maxBytes, Bodies.BODY_LIMIT), reader);
        if (!reader.errors.isEmpty()) {
            List<ProblemError> errors = new java.util.ArrayList<>(reader.errors);
            errors.addAll(Failures.call(() -> Failures.errors(checked(request))));
            throw Problem.unprocessable("The application cannot be accepted: " + errors.size() + " problems", errors);
        }
        return request;
    }

    private List<ApplicationError> checked(ApplicationRequest request) {
        try {
            return applications.check(request);
        } catch (RejectedException e) {
            return e.errors();
        }
    }

    @GET
    @Path("form")
    public ApplicationForm form(@QueryParam("jurisdiction") String jurisdiction, @QueryParam("oneThing") String oneThing,
            @QueryParam("items") String items, @Context UriInfo uri) {
        Parameters.allowOnly(uri, "jurisdiction", "oneThing", "items");
        String id = Parameters.jurisdiction("jurisdiction", jurisdiction);
        if (oneThing == null && (items == null || items.isBlank())) {
            throw Problem.badRequest("items", "Give a oneThing, or items (codes or names separated by commas)");
        }
        return Failures.call(() -> applications.form(id, oneThing, Parameters.list(items)));
    }

    @GET
    @Path("{number}")
    public Application application(@PathParam("number") String number, @HeaderParam(ID_SUFFIX) String suffix,
            @Context SecurityContext user, @Context UriInfo uri) {
        Parameters.allowOnly(uri);
        if (suffix != null) {
            return Failures.call(() -> applications.application(number, suffix));
        }
        Access rights = signedIn(user);
        Application application = applications.application(number)
                .orElseThrow(() -> Problem.notFound("No application " + number));
        return forOffice(rights, user, application);
    }

    @GET
    @Path("{number}/materials/{material}")
    public MaterialContent material(@PathParam("number") String number, @PathParam("material") long material,
            @HeaderParam(ID_SUFFIX) String suffix, @Context SecurityContext user, @Context UriInfo uri) {
        Parameters.allowOnly(uri);
        if (suffix != null) {
            Failures.call(() -> applications.application(number, suffix));
        } else {
            Access rights = signedIn(user);
            Application application = applications.application(number)
                    .orElseThrow(() -> Problem.notFound("No application " + number));
            rights.requireWrite(user, application.jurisdiction());
        }
        return applications.material(number, material)
                .orElseThrow(() -> Problem.notFound("Application " + number + " has no material " + material));
    }

    /**
     * The body of a resubmission of materials.
     *
     * @param materials the materials sent again, each a name and a data URL
     */
    record ResubmitRequest(List<MaterialUpload> materials) {
    }

    /**
     * The body of a rating.
     *
     * @param score 5 非常满意, 4 满意, 3 基本满意, 2 不满意, 1 非常不满意
     * @param comment what the applicant says, optional
     */
    record RatingRequest(int score, String comment) {
    }

    @POST
    @Path("{number}/materials")
    @Consumes(MediaType.APPLICATION_JSON)
    public Application resubmit(@PathParam("number") String number, @HeaderParam(ID_SUFFIX) String suffix,
            InputStream body, @Context UriInfo uri) {
        Parameters.allowOnly(uri);
        String proof = applicant(suffix);
        Bodies.Reader reader = new Bodies.Reader();
        Map<String, Object> object = Bodies.object(body, maxBytes, Bodies.BODY_LIMIT);
        reader.only(object, "", Bodies.members(ResubmitRequest.class));
        var materials = reader.materials(object, "");
        if (!reader.errors.isEmpty()) {
            throw Problem.unprocessable("The resubmission has " + reader.errors.size() + " problems", reader.errors);
        }
        return Failures.call(() -> applications.resubmit(number, proof, materials));
    }

    @POST
    @Path("{number}/rating")
    @Consumes(MediaType.APPLICATION_JSON)
    public Application rate(@PathParam("number") String number, @HeaderParam(ID_SUFFIX) String suffix,
            InputStream body, @Context UriInfo uri) {
        Parameters.allowOnly(uri);
        String proof = applicant(suffix);
        Bodies.Reader reader = new Bodies.Reader();
        Map<String, Object> object = Bodies.object(body, 64 * 1024);
        reader.only(object, "", Bodies.members(RatingRequest.class));
        Integer score = reader.number(object, "score", "");
        String comment = reader.text(object, "comment", "");
        if (score == null && reader.errors.isEmpty()) {
            reader.errors.add(ProblemError.ofItem(null, "missing-value", "/score",
                    "score is required: 5 非常满意, 4 满意, 3 基本满意, 2 不满意, 1 非常不满意"));
        }
        if (!reader.errors.isEmpty()) {
            throw Problem.unprocessable("The rating has " + reader.errors.size() + " problems", reader.errors);
        }
        return Failures.call(() -> applications.rate(number, proof, score, comment));
    }

    private static String applicant(String suffix) {
        if (suffix == null || suffix.isBlank()) {
            throw Problem.unauthorized("Only the applicant may do this: send the last six characters of the ID number "
                    + "in the header " + ID_SUFFIX).withHeader("WWW-Authenticate", ID_SUFFIX + " realm=\"applicant\"");
        }
        return suffix;
    }

    /** The access service of a signed-in user, or the 401 that asks the applicant or the office to prove who they are. */
    private Access signedIn(SecurityContext user) {
        Access rights = access;
        if (rights == null || user == null || user.getUserPrincipal() == null) {
            throw Problem.unauthorized("Send the last six characters of the applicant's ID number in the header "
                    + ID_SUFFIX + ", or sign in as the handling office")
                    .withHeader("WWW-Authenticate", ID_SUFFIX + " realm=\"applicant\"");
        }
        return rights;
    }

    /**
     * An application for a signed-in user: whole for the office of its jurisdiction (the handling office), masked for
     * the administrator and the offices above it, refused (403) to anybody else.
     */
    static Application forOffice(Access rights, SecurityContext user, Application application) {
        rights.requireWrite(user, application.jurisdiction());
        return user.isUserInRole(Access.OFFICE_PREFIX + application.jurisdiction()) ? application
                : application.maskedView();
    }
}
