package io.renshe.catalog.calendar.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HolidayFileReaderTest {

    private final HolidayFileReader reader = new HolidayFileReader();

    private HolidayFile read(String name, String json) throws Exception {
        return reader.read("test:" + name, name, new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void everyBundledFileIsListedAndValid() throws IOException {
        List<HolidayFile> bundled = reader.bundled();
        assertEquals(List.of(2022, 2023, 2024, 2025, 2026), bundled.stream().map(HolidayFile::year).toList());
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/holidays"))) {
            assertEquals(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted().toList(),
                    bundled.stream().map(f -> f.year() + ".json").toList());
        }
        HolidayFile y2023 = bundled.get(1);
        assertEquals("bundle:holidays/2023.json", y2023.source());
        assertEquals(List.of("http://www.gov.cn/zhengce/zhengceku/2022-12/08/content_5730844.htm"), y2023.papers());
        assertEquals(new HolidayFile.Day(java.time.LocalDate.of(2022, 12, 31), "元旦", true), y2023.days().get(0));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            2027.json | {"year": 2027, "days": [                                                       | not valid JSON: Unexpected end-of-input: expected close marker for Array (start marker at [line: 1, column: 24]) at line 1, column 25
            2027.json | [1, 2]                                                                     | not a JSON object
            2027.json | {"year": 2026, "days": [{"name": "元旦", "date": "2027-01-01", "isOffDay": true}]} | year 2026 does not match the file name 2027.json
            2027.json | {"year": "2027", "days": []}                                               | year: missing or not a number
            2027.json | {"year": 2027, "days": []}                                                 | days: empty; a notice lists at least one holiday
            2027.json | {"year": 2027}                                                             | days: missing or not a list
            2027.json | {"year": 2027, "holidays": []}                                             | holidays: unknown field (expected [$schema, $id, year, papers, days])
            2027.json | {"year": 2027, "days": [{"name": "元旦", "date": "2027-1-1", "isOffDay": true}]} | days[0].date: "2027-1-1" is not a date yyyy-MM-dd
            2027.json | {"year": 2027, "days": [{"name": "元旦", "date": "2027-02-29", "isOffDay": true}]} | days[0].date: "2027-02-29" is not a date yyyy-MM-dd
            2027.json | {"year": 2027, "days": [{"name": "元旦", "date": "2029-01-01", "isOffDay": true}]} | days[0].date: 2029-01-01 is too far from the notice's year 2027
            2027.json | {"year": 2027, "days": [{"name": " ", "date": "2027-01-01", "isOffDay": true}]} | days[0].name: missing or empty
            2027.json | {"year": 2027, "days": [{"name": "元旦", "date": "2027-01-01", "isOffDay": "yes"}]} | days[0].isOffDay: missing or not true/false
            2027.json | {"year": 2027, "days": [{"name": "元旦", "date": "2027-01-01", "isOffDay": true, "note": 1}]} | days[0].note: unknown field (expected [name, date, isOffDay])
            2027.json | {"year": 2027, "days": [{"name": "元旦", "date": "2027-01-01", "isOffDay": true}, {"name": "元旦", "date": "2027-01-01", "isOffDay": true}]} | days[1]: 2027-01-01 is listed twice
            2027.json | {"year": 2027, "days": [{"name": "春节", "date": "2027-02-03", "isOffDay": false}]} | days[0]: 2027-02-03 is a WEDNESDAY, but an adjusted working day (isOffDay false) is a Saturday or a Sunday
            2027.json | {"year": 2027, "papers": "x", "days": []}                                  | papers: not a list
            2027.json | {"year": 2027, "days": []} {"year": 2028}                                  | not valid JSON: Trailing token (of type START_OBJECT) found after value (bound as `com.fasterxml.jackson.databind.JsonNode`): not allowed as per `DeserializationFeature.FAIL_ON_TRAILING_TOKENS`
            holidays-2027.json | {"year": 2027}                                                    | the file name must be YYYY.json, the year of the notice
            """)
    void rejectsAFileWholeWithOneReason(String name, String json, String reason) {
        HolidayFileException e = assertThrows(HolidayFileException.class, () -> read(name, json));
        assertEquals(reason, e.getMessage());
    }

    @Test
    void acceptsTheHolidayCnFormat() throws Exception {
        HolidayFile file = read("2027.json", """
                {"$schema": "https://example.org/schema.json", "$id": "x", "year": 2027, "papers": ["p"],
                 "days": [{"name": "元旦", "date": "2026-12-31", "isOffDay": true},
                          {"name": "春节", "date": "2027-02-06", "isOffDay": false}]}
                """);
        assertEquals(2027, file.year());
        assertEquals(2, file.days().size());
    }
}
