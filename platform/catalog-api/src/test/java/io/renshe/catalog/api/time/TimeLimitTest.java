package io.renshe.catalog.api.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.renshe.catalog.api.time.TimeLimit.Kind;
import io.renshe.catalog.api.time.TimeLimit.Unit;

/** The time-limit values themselves; reading texts into them is the catalog engine's (its TimeLimitParser tests). */
class TimeLimitTest {

    private static final TimeLimit SEVEN_DAYS = new TimeLimit("7个工作日", Kind.WORKING_DAYS, 7, Unit.WORKING_DAY);
    private static final TimeLimit NOT_ACCELERATED = new TimeLimit("未提速", Kind.NOT_ACCELERATED, null, null);

    @Test
    void notAcceleratedMeansTheLimitBefore() {
        assertSame(SEVEN_DAYS, NOT_ACCELERATED.effective(SEVEN_DAYS));
        TimeLimit after = new TimeLimit("5个工作日", Kind.WORKING_DAYS, 5, Unit.WORKING_DAY);
        assertSame(after, after.effective(SEVEN_DAYS));
        assertSame(NOT_ACCELERATED, NOT_ACCELERATED.effective(null));
        assertFalse(NOT_ACCELERATED.computable());
        assertTrue(new TimeLimit("即办", Kind.IMMEDIATE, 0, null).computable());
    }

    @Test
    void checksItsInvariants() {
        assertThrows(IllegalArgumentException.class, () -> new TimeLimit("x", Kind.WORKING_DAYS, 3, Unit.MONTH));
        assertThrows(IllegalArgumentException.class, () -> new TimeLimit("x", Kind.IMMEDIATE, null, null));
        assertThrows(IllegalArgumentException.class, () -> new TimeLimit("x", Kind.NONE, 0, null));
        assertThrows(IllegalArgumentException.class, () -> new TimeLimit("x", Kind.RULE, 0, Unit.NATURAL_DAY));
        assertThrows(IllegalArgumentException.class, () -> new TimeLimit("x", Kind.RULE, 5, null));
        assertThrows(IllegalArgumentException.class, () -> new TimeLimit("x", Kind.MONTHS, -1, Unit.MONTH));
    }

    @Test
    void serializesWithPlainJackson() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        assertEquals("{\"text\":\"15个工作日\",\"kind\":\"WORKING_DAYS\",\"amount\":15,\"unit\":\"WORKING_DAY\"}",
                mapper.writeValueAsString(new TimeLimit("15个工作日", Kind.WORKING_DAYS, 15, Unit.WORKING_DAY)));
        assertEquals("{\"text\":\"即办\",\"kind\":\"IMMEDIATE\",\"amount\":0,\"unit\":null}",
                mapper.writeValueAsString(new TimeLimit("即办", Kind.IMMEDIATE, 0, null)));
        TimeLimit rule = new TimeLimit("按季度发放，季后10个工作日内办结。", Kind.RULE, 10, Unit.WORKING_DAY);
        assertEquals(rule, mapper.readValue(mapper.writeValueAsString(rule), TimeLimit.class));
        DueDate due = new DueDate("341000", "2024-02-08", rule, "2024-02-26",
                List.of(new CalendarDay("2024-02-10", false, DayType.HOLIDAY, "春节")), null, "n");
        assertEquals("{\"jurisdictionId\":\"341000\",\"from\":\"2024-02-08\",\"limit\":{\"text\":\"按季度发放，季后10个工作日内办结。\","
                + "\"kind\":\"RULE\",\"amount\":10,\"unit\":\"WORKING_DAY\"},\"due\":\"2024-02-26\",\"skipped\":[{\"date\":"
                + "\"2024-02-10\",\"workingDay\":false,\"type\":\"HOLIDAY\",\"name\":\"春节\"}],\"coverage\":null,\"note\":\"n\"}",
                mapper.writeValueAsString(due));
    }
}
