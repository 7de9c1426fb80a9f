package io.renshe.catalog.rest.internal;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import io.renshe.catalog.api.limits.InputLimits;
import io.renshe.catalog.calendar.internal.WorkingDayCalendar;
import io.renshe.catalog.core.internal.ChineseTimeLimitParser;
import io.renshe.catalog.rest.Problem;

/**
 * Random query strings and path values thrown at the catalog and calendar resources: each is answered, or refused with
 * a 4xx problem, and every answer is written as JSON; nothing fails with a 5xx or any other exception.
 */
class QueryFuzzTest {

    private static final List<String> NAMES = List.of("level", "channel", "unit", "category", "applicant", "q", "a", "b",
            "from", "to", "limit", "levl", "");

    private final CatalogResourceTest.FixedCatalog fixed = new CatalogResourceTest.FixedCatalog();
    private final CatalogResource catalog = new CatalogResource(fixed, new OfficeAccess(fixed), InputLimits.defaults(),
            new JsonContext());
    private final CalendarResource calendar = new CalendarResource(new WorkingDayCalendar(), new ChineseTimeLimitParser());
    private final ObjectMapper json = JsonConvention.mapper();

    @Property(tries = 300)
    void itemQueries(@ForAll("parameters") List<Map.Entry<String, String>> parameters, @ForAll("values") String id) {
        List<String> flat = new ArrayList<>();
        parameters.forEach(p -> {
            flat.add(p.getKey());
            flat.add(p.getValue());
        });
        answered(() -> catalog.items(id, value(parameters, "level"), value(parameters, "channel"),
                value(parameters, "unit"), value(parameters, "category"), value(parameters, "applicant"),
                value(parameters, "q"), CatalogResourceTest.query(flat.toArray(new String[0]))));
        answered(() -> catalog.compare(value(parameters, "a"), value(parameters, "b"),
                CatalogResourceTest.query(flat.toArray(new String[0]))));
        answered(() -> catalog.jurisdiction(id));
        answered(() -> catalog.item(id));
    }

    @Property(tries = 300)
    void calendarQueries(@ForAll("values") String id, @ForAll("values") String a, @ForAll("values") String b) {
        answered(() -> calendar.due(id, a, b));
        answered(() -> calendar.due("341000", a, "2025-09-25"));
        answered(() -> calendar.workingDays("341000", a, b));
        answered(() -> calendar.day(id, a));
        answered(() -> calendar.year("341000", a));
    }

    private void answered(java.util.concurrent.Callable<?> call) {
        try {
            Object answer = call.call();
            assertNotNull(json.writeValueAsString(answer));
        } catch (Problem refused) {
            assertTrue(refused.status() >= 400 && refused.status() < 500, refused.status() + " " + refused.getMessage());
        } catch (Exception e) {
            throw new AssertionError("neither answered nor refused with a 4xx problem: " + e, e);
        }
    }

    private static String value(List<Map.Entry<String, String>> parameters, String name) {
        return parameters.stream().filter(p -> p.getKey().equals(name)).map(Map.Entry::getValue).findFirst().orElse(null);
    }

    @Provide
    Arbitrary<String> values() {
        return Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(40),
                Arbitraries.strings().withChars("0123456789-个工作日天小时即办月年自起内办结%&=?#/\\.").ofMaxLength(30),
                Arbitraries.of("341000", "990100", "2024-02-08", "2024-13-01", "15个工作日", "town", "bank", "个人", "",
                        " ", "9999-12-31", "0000-01-01", "99999999999999999999", "\u0000", "%00", "-1"));
    }

    @Provide
    Arbitrary<List<Map.Entry<String, String>>> parameters() {
        return Arbitraries.entries(Arbitraries.oneOf(Arbitraries.of(NAMES), Arbitraries.strings().ofMaxLength(8)), values())
                .list().ofMaxSize(6);
    }
}
