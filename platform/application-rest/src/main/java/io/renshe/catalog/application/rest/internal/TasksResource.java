package io.renshe.catalog.application.rest.internal;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.renshe.catalog.application.ApplicationService;
import io.renshe.catalog.application.DueFilter;
import io.renshe.catalog.application.Task;
import io.renshe.catalog.application.TaskQuery;
import io.renshe.catalog.application.TaskState;
import io.renshe.catalog.rest.Access;
import io.renshe.catalog.rest.ApiResource;
import io.renshe.catalog.rest.Problem;

/**
 * The units' queues and the integrated window's actions, under {@code /api/tasks}, for the offices of the task's
 * jurisdiction (and of its ancestors, and the administrator): the front desk accepts (受理), returns for missing
 * materials (补正) or refuses; the unit approves, returns or refuses; the window delivers (出件).
 */
@Component(service = TasksResource.class)
@ApiResource
@Path("api/tasks")
@Produces(ApiResource.JSON_UTF8)
public final class TasksResource {

    private static final long BODY_LIMIT = 256 * 1024;

    private final ApplicationService applications;
    private final Access access;

    @Activate
    public TasksResource(@Reference ApplicationService applications, @Reference Access access) {
        this.applications = applications;
        this.access = access;
    }

    @GET
    public List<Task> queue(@QueryParam("jurisdiction") String jurisdiction, @QueryParam("unit") String unit,
            @QueryParam("state") String state, @QueryParam("due") String due, @QueryParam("limit") String limit,
            @Context SecurityContext user, @Context UriInfo uri) {
        Parameters.allowOnly(uri, "jurisdiction", "unit", "state", "due", "limit");
        String id = Parameters.jurisdiction("jurisdiction", jurisdiction);
        TaskState wanted = Parameters.key("state", state, TaskState.class);
        if (wanted != null && wanted.finished()) {
            throw Problem.badRequest("state", "A queue holds open tasks: state must be submitted, accepted, returned "
                    + "or approved; got '" + state + "'");
        }
        if (unit != null && unit.isBlank()) {
            throw Problem.badRequest("unit", "Parameter unit must not be empty: a unit's name, or "
                    + TaskQuery.FRONT_DESK + " for the tasks no unit is named for");
        }
        DueFilter filter = Parameters.key("due", due, DueFilter.class);
        int max = Parameters.limit(limit, 200, 1000);
        access.requireWrite(user, id);
        return Failures.call(() -> applications.queue(new TaskQuery(id, unit, wanted, filter, max)));
    }

    /**
     * The body of a return for materials.
     *
     * @param missing the names of the materials to send again
     * @param note what the applicant is told
     */
    record ReturnRequest(List<String> missing, String note) {
    }

    /**
     * The body of an approval, which may be left out.
     *
     * @param note a note of the decision
     */
    record ApproveRequest(String note) {
    }

    /**
     * The body of a refusal.
     *
     * @param reason why the application is refused, which the applicant is told
     */
    record RefuseRequest(String reason) {
    }

    @POST
    @Path("{id}/accept")
    public Task accept(@PathParam("id") long id, InputStream body, @Context SecurityContext user,
            @Context UriInfo uri) {
        String actor = actor(id, user, uri, body, Set.of());
        return Failures.call(() -> applications.accept(id, actor));
    }

    @POST
    @Path("{id}/return")
    public Task returnForMaterials(@PathParam("id") long id, InputStream body, @Context SecurityContext user,
            @Context UriInfo uri) {
        Parameters.allowOnly(uri);
        Map<String, Object> object = Bodies.object(body, BODY_LIMIT);
        Bodies.Reader reader = reader(object, Bodies.members(ReturnRequest.class));
        List<String> missing = reader.texts(object, "missing", "");
        String note = reader.text(object, "note", "");
        String actor = actor(id, user, reader);
        return Failures.call(() -> applications.returnForMaterials(id, missing, note, actor));
    }

    @POST
    @Path("{id}/approve")
    public Task approve(@PathParam("id") long id, InputStream body, @Context SecurityContext user,
            @Context UriInfo uri) {
        Parameters.allowOnly(uri);
        Map<String, Object> object = Bodies.object(body, BODY_LIMIT);
        Bodies.Reader reader = reader(object, Bodies.members(ApproveRequest.class));
        String note = reader.text(object, "note", "");
        String actor = actor(id, user, reader);
        return Failures.call(() -> applications.approve(id, note, actor));
    }

    @POST
    @Path("{id}/refuse")
    public Task refuse(@PathParam("id") long id, InputStream body, @Context SecurityContext user,
            @Context UriInfo uri) {
        Parameters.allowOnly(uri);
        Map<String, Object> object = Bodies.object(body, BODY_LIMIT);
        Bodies.Reader reader = reader(object, Bodies.members(RefuseRequest.class));
        String reason = reader.text(object, "reason", "");
        String actor = actor(id, user, reader);
        return Failures.call(() -> applications.refuse(id, reason, actor));
    }

    @POST
    @Path("{id}/deliver")
    public Task deliver(@PathParam("id") long id, InputStream body, @Context SecurityContext user,
            @Context UriInfo uri) {
        String actor = actor(id, user, uri, body, Set.of());
        return Failures.call(() -> applications.deliver(id, actor));
    }

    private static Bodies.Reader reader(Map<String, Object> object, Set<String> members) {
        Bodies.Reader reader = new Bodies.Reader();
        reader.only(object, "", members);
        return reader;
    }

    private String actor(long id, SecurityContext user, UriInfo uri, InputStream body, Set<String> members) {
        Parameters.allowOnly(uri);
        return actor(id, user, reader(Bodies.object(body, BODY_LIMIT), members));
    }

    /** The signed-in user who may act on the task (401, 403, 404 for an unknown task); 422 for a malformed body. */
    private String actor(long id, SecurityContext user, Bodies.Reader reader) {
        access.requireUser(user);
        Task task = applications.task(id).orElseThrow(() -> Problem.notFound("No task " + id));
        String name = access.requireWrite(user, task.jurisdiction()).getName();
        if (!reader.errors.isEmpty()) {
            throw Problem.unprocessable("The request body has " + reader.errors.size() + " problems", reader.errors);
        }
        return name;
    }
}
