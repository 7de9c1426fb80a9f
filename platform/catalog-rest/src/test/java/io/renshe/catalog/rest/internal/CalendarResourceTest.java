package io.renshe.catalog.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.renshe.catalog.api.time.DayType;
import io.renshe.catalog.api.time.DueDate;
import io.renshe.catalog.api.time.TimeLimit;
import io.renshe.catalog.api.time.YearCalendar;
import io.renshe.catalog.calendar.internal.WorkingDayCalendar;
import io.renshe.catalog.core.internal.ChineseTimeLimitParser;
import io.renshe.catalog.rest.Problem;
import io.renshe.catalog.rest.ProblemDetail;

/** The resource over the real calendar engine, and its answers as the API's mapper writes them. */
class CalendarResourceTest {

    private final CalendarResource resource = new CalendarResource(new WorkingDayCalendar(), new ChineseTimeLimitParser());
    private final ObjectMapper json = JsonConvention.mapper();

    private static void assertBadRequest(String parameter, String message, Executable call) {
        Problem e = assertThrows(Problem.class, call);
        assertEquals(new ProblemDetail("about:blank", "Bad Request", 400, message, parameter, null), e.body());
    }

    @Test
    void dueDate() throws Exception {
        DueDate due = resource.due("341000", "自受理材 料起15个 工作日内 办结", "2025-09-25");
        assertEquals("2025-10-22", due.due());
        assertEquals(TimeLimit.Kind.WORKING_DAYS, due.limit().kind());
        assertEquals(12, due.skipped().size());
        JsonNode tree = json.readTree(json.writeValueAsString(due));
        assertEquals("2025-10-22", tree.get("due").asText());
        assertEquals(15, tree.get("limit").get("amount").asInt());
        assertEquals("working-days", tree.get("limit").get("kind").asText());
        assertEquals("working-day", tree.get("limit").get("unit").asText());
        assertEquals("自受理材 料起15个 工作日内 办结", tree.get("limit").get("text").asText());
        assertEquals("2025-09-27", tree.get("skipped").get(0).get("date").asText());
        assertEquals("weekend", tree.get("skipped").get(0).get("type").asText());
        assertEquals("holiday", tree.get("skipped").get(1).get("type").asText());
        assertEquals("国庆节、中秋节", tree.get("skipped").get(1).get("name").asText());
        assertFalse(tree.has("coverage"), "an absent value is left out: " + tree);
        assertFalse(tree.has("note"), "an absent value is left out: " + tree);
    }

    @Test
    void yearAnswer() throws Exception {
        YearCalendar year = resource.year("341000", "2025");
        assertEquals(2025, year.year());
        assertEquals("2025-01-01", year.holidays().get(0).date());
        assertEquals(DayType.ADJUSTED_WORKING_DAY, year.adjustedWorkingDays().get(0).type());
        JsonNode tree = json.readTree(json.writeValueAsString(year));
        assertEquals(248, tree.get("workingDays").asInt());
        assertEquals("2025-01-26", tree.get("adjustedWorkingDays").get(0).get("date").asText());
        assertEquals("adjusted-working-day", tree.get("adjustedWorkingDays").get(0).get("type").asText());
        assertNotNull(resource.year("341000", "2031").coverage());
    }

    @Test
    void otherAnswers() throws Exception {
        assertEquals(9, resource.workingDays("341000", "2024-02-08", "2024-02-27").workingDays());
        assertEquals(DayType.HOLIDAY, resource.day("341000", "2024-02-12").day().type());
        assertNull(resource.day("341000", "2024-02-12").coverage());
        assertEquals("[2022,2023,2024,2025,2026]",
                json.writeValueAsString(resource.status().coveredYears()));
        json.writeValueAsString(resource.status());
    }

    @Test
    void badInputNamesTheParameter() {
        assertBadRequest("jurisdictionId",
                "jurisdictionId must be an administrative division code of six digits (e.g. 341000), got \"34100\"",
                () -> resource.due("34100", "15个工作日", "2024-02-08"));
        assertBadRequest("limit", "limit is required: a time limit as written, e.g. 15个工作日",
                () -> resource.due("341000", null, "2024-02-08"));
        Problem limit = assertThrows(Problem.class, () -> resource.due("341000", "15个工做日", "2024-02-08"));
        assertEquals("limit", limit.body().parameter());
        assertTrue(limit.body().detail().startsWith("cannot read time limit \"15个工做日\""), limit.getMessage());
        assertBadRequest("from", "from is required: a date yyyy-MM-dd",
                () -> resource.due("341000", "15个工作日", null));
        assertBadRequest("from", "from must be a date yyyy-MM-dd, got \"2024-2-8\"",
                () -> resource.due("341000", "15个工作日", "2024-2-8"));
        assertBadRequest("from", "from must be a date yyyy-MM-dd, got \"2023-02-29\"",
                () -> resource.due("341000", "15个工作日", "2023-02-29"));
        assertBadRequest("to", "to must be a date yyyy-MM-dd, got \"tomorrow\"",
                () -> resource.workingDays("341000", "2024-02-08", "tomorrow"));
        assertBadRequest("date", "date must be a date yyyy-MM-dd, got \"2024-13-01\"",
                () -> resource.day("341000", "2024-13-01"));
        assertBadRequest("year", "year must be four digits, got \"24\"", () -> resource.year("341000", "24"));
        assertBadRequest("jurisdictionId",
                "jurisdictionId must be an administrative division code of six digits (e.g. 341000), got \"huangshan\"",
                () -> resource.year("huangshan", "2024"));
    }

    @Test
    void errorBodySerializes() throws Exception {
        Problem e = Problem.badRequest("from", "from is required");
        assertEquals("{\"type\":\"about:blank\",\"title\":\"Bad Request\",\"status\":400,\"detail\":\"from is required\","
                + "\"parameter\":\"from\"}", json.writeValueAsString(e.body()));
    }
}
