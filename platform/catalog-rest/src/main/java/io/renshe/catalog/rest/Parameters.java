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

    /**
     * Reads a whole-number query parameter within its bounds.
     *
     * @param name the parameter's name, for the error
     * @param value its value as given, or {@code null} when absent
     * @param absent the value when the parameter is absent
     * @param min the least value allowed
     * @param max the greatest value allowed
     * @return the value
     * @throws Problem 400 naming the parameter and its bounds when the value is not a whole number within them
     * @since 1.4.0
     */
    public static int wholeNumber(String name, String value, int absent, int min, int max) {
        if (value == null) {
            return absent;
        }
        try {
            int number = Integer.parseInt(value);
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw Problem.badRequest(name, "Parameter " + name + " must be a whole number from " + min + " to " + max
                + "; got '" + value + "'");
    }
}
