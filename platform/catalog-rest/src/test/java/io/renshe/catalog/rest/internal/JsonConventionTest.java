package io.renshe.catalog.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.renshe.catalog.api.ApplicantType;
import io.renshe.catalog.api.Category;
import io.renshe.catalog.api.Channel;
import io.renshe.catalog.api.HandlingLevel;
import io.renshe.catalog.api.Level;
import io.renshe.catalog.api.event.PlatformEvent;
import io.renshe.catalog.api.time.DayType;
import io.renshe.catalog.api.time.TimeLimit;

/** The rules of docs/api.md as the API's mapper applies them. */
class JsonConventionTest {

    private final ObjectMapper mapper = JsonConvention.mapper();

    record Sample(String name, DayType type, String absent, List<Channel> channels) {
    }

    @Test
    void theMapperKeepsItsTypesInACacheOfItsOwn() throws Exception {
        com.fasterxml.jackson.databind.ObjectMapper mapper = JsonConvention.mapper();
        assertNotSame(com.fasterxml.jackson.databind.type.TypeFactory.defaultInstance(), mapper.getTypeFactory());
        assertNotSame(JsonConvention.mapper().getTypeFactory(), mapper.getTypeFactory());
    }

    @Test
    void enumValuesAreLowerCaseKeys() throws Exception {
        assertEquals("[\"workday\",\"adjusted-working-day\",\"local-holiday\",\"local-working-day\"]",
                mapper.writeValueAsString(List.of(DayType.WORKDAY, DayType.ADJUSTED_WORKING_DAY, DayType.LOCAL_HOLIDAY,
                        DayType.LOCAL_WORKING_DAY)));
        assertEquals("[\"working-days\",\"not-accelerated\",\"natural-day\"]", mapper.writeValueAsString(
                List.of(TimeLimit.Kind.WORKING_DAYS, TimeLimit.Kind.NOT_ACCELERATED, TimeLimit.Unit.NATURAL_DAY)));
        assertEquals("[\"district\",\"bank\",\"city\"]",
                mapper.writeValueAsString(List.of(HandlingLevel.DISTRICT, Channel.BANK, Level.CITY)));
        assertEquals("[\"业务办理类\",\"单位\"]", mapper.writeValueAsString(List.of(Category.TRANSACTION, ApplicantType.EMPLOYER)));
        assertEquals("{\"town\":1}", mapper.writeValueAsString(Map.of(HandlingLevel.TOWN, 1)));
    }

    @Test
    void enumValuesAreReadFromTheirKeysOnly() throws Exception {
        assertEquals(DayType.ADJUSTED_WORKING_DAY, mapper.readValue("\"adjusted-working-day\"", DayType.class));
        assertEquals(Category.QUERY, mapper.readValue("\"查询、打印类\"", Category.class));
        assertThrows(JsonProcessingException.class, () -> mapper.readValue("\"ADJUSTED_WORKING_DAY\"", DayType.class));
    }

    @Test
    void absentValuesAreLeftOutAndFieldsAreCamelCase() throws Exception {
        assertEquals("{\"name\":\"黄山市\",\"type\":\"holiday\",\"channels\":[]}",
                mapper.writeValueAsString(new Sample("黄山市", DayType.HOLIDAY, null, List.of())));
    }

    @Test
    void instantsAndDatesAreIsoText() throws Exception {
        assertEquals("{\"id\":7,\"at\":\"2026-11-28T10:15:30Z\",\"kind\":\"jurisdiction-active\",\"subject\":\"341000\"}",
                mapper.writeValueAsString(new PlatformEvent(7, Instant.parse("2026-11-28T10:15:30Z"),
                        "jurisdiction-active", "341000", null)));
        assertEquals("\"2024-02-29\"", mapper.writeValueAsString(LocalDate.of(2024, 2, 29)));
    }
}
