package io.renshe.catalog.application.rest.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import javax.ws.rs.core.MultivaluedMap;
import javax.ws.rs.core.UriInfo;

import io.renshe.catalog.rest.Problem;

/** Query parameters by the API's convention: known names only, each once; 400 naming the parameter otherwise. */
final class Parameters {

    private static final Pattern JURISDICTION = Pattern.compile("\\d{6}");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private Parameters() {
    }

    static void allowOnly(UriInfo uri, String... names) {
        Set<String> allowed = Set.of(names);
        MultivaluedMap<String, String> given = uri.getQueryParameters();
        for (String name : given.keySet()) {
            if (!allowed.contains(name)) {
                throw Problem.badRequest(name, "Unknown parameter " + name + " (this endpoint takes "
                        + String.join(", ", Arrays.stream(names).sorted().toList()) + ")");
            }
            if (given.get(name).size() > 1) {
                throw Problem.badRequest(name, "Parameter " + name + " is given " + given.get(name).size()
                        + " times; give it once");
            }
        }
    }

    static String jurisdiction(String name, String value) {
        if (value == null || !JURISDICTION.matcher(value).matches()) {
            throw Problem.badRequest(name, name + " must be an administrative division code of six digits "
                    + "(e.g. 341000), got " + (value == null ? "none" : "'" + value + "'"));
        }
        return value;
    }

    static LocalDate date(String name, String value, LocalDate otherwise) {
        if (value == null) {
            if (otherwise == null) {
                throw Problem.badRequest(name, name + " is required: a date yyyy-MM-dd");
            }
            return otherwise;
        }
        try {
            if (!DATE.matcher(value).matches()) {
                throw new DateTimeException(value);
            }
            return LocalDate.parse(value);
        } catch (DateTimeException e) {
            throw Problem.badRequest(name, name + " must be a date yyyy-MM-dd, got '" + value + "'");
        }
    }

    /** An enum by its lower-case key ({@code one-thing} for {@code ONE_THING}). */
    static <E extends Enum<E>> E key(String name, String value, Class<E> type) {
        if (value == null) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (key(constant).equals(value)) {
                return constant;
            }
        }
        throw Problem.badRequest(name, "Parameter " + name + " must be one of " + String.join(", ",
                Arrays.stream(type.getEnumConstants()).map(Parameters::key).toList()) + "; got '" + value + "'");
    }

    static String key(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static int limit(String value, int otherwise, int max) {
        return io.renshe.catalog.rest.Parameters.wholeNumber("limit", value, otherwise, 1, max);
    }

    /** A list given as one parameter, its values separated by commas. */
    static List<String> list(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
