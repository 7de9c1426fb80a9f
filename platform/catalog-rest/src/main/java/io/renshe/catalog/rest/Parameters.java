package io.renshe.catalog.rest;

import java.util.List;
import java.util.Map;

import javax.ws.rs.core.UriInfo;

/** Checks of the query parameters of a request, as every endpoint of the API makes them (docs/api.md). */
public final class Parameters {

    private Parameters() {
    }

    /**
     * Refuses a query parameter the endpoint does not know, and one given twice: a misspelt filter is an error, never
     * silently a filter of nothing.
     *
     * @param uri the request's URI
     * @param names the parameters the endpoint takes
     * @throws Problem 400 naming the parameter
     */
    public static void allowOnly(UriInfo uri, String... names) {
        List<String> allowed = List.of(names);
        for (Map.Entry<String, List<String>> parameter : uri.getQueryParameters().entrySet()) {
            if (!allowed.contains(parameter.getKey())) {
                throw Problem.badRequest(parameter.getKey(), "Unknown parameter '" + parameter.getKey() + "' (this "
                        + "endpoint takes " + (allowed.isEmpty() ? "none" : String.join(", ", allowed)) + ")");
            }
            if (parameter.getValue().size() > 1) {
                throw Problem.badRequest(parameter.getKey(), "Parameter " + parameter.getKey() + " is given "
                        + parameter.getValue().size() + " times; give it once");
            }
        }
    }
}
