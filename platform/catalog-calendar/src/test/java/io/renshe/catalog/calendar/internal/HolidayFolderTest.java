package io.renshe.catalog.calendar.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.renshe.catalog.api.time.CalendarDay;
import io.renshe.catalog.api.time.CalendarProblem;
import io.renshe.catalog.api.time.DayType;
import io.renshe.catalog.api.time.YearCalendar;

/** A new year's notice added by an administrator as a file, without a release. */
class HolidayFolderTest {

    private static final String ID = "341000";
    /** A made-up notice for 2027: New Year's Day (a Friday) and Wednesday 2027-03-03 off, Saturday 03-06 working. */
    private static final String Y2027 = """
            {"year": 2027, "papers": ["https://example.org/notice-2027"], "days": [
              {"name": "元旦", "date": "2027-01-01", "isOffDay": true},
              {"name": "测试节", "date": "2027-03-03", "isOffDay": true},
              {"name": "测试节", "date": "2027-03-06", "isOffDay": false}
            ]}
            """;

    @TempDir
    Path folder;

    private final WorkingDayCalendar calendar = new WorkingDayCalendar();

    @AfterEach
    void stop() {
        calendar.deactivate();
    }

    private static LocalDate d(String date) {
        return LocalDate.parse(date);
    }

    private Path write(String name, String content, long modifiedSecond) throws IOException {
        Path file = folder.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        Files.setLastModifiedTime(file, FileTime.from(Instant.ofEpochSecond(1_700_000_000L + modifiedSecond)));
        return file;
    }

    @Test
    void aFileInTheFolderAddsItsYear() throws IOException {
        Path file = write("2027.json", Y2027, 1);
        calendar.activate(Configurations.calendar(folder.toString(), 0));
        assertEquals(List.of(2022, 2023, 2024, 2025, 2026, 2027), calendar.status().coveredYears());
        assertTrue(calendar.status().sources().contains(file.toAbsolutePath().normalize().toString()));
        assertEquals(new CalendarDay("2027-03-03", false, DayType.HOLIDAY, "测试节"),
                calendar.day(ID, d("2027-03-03")).day());
        assertNull(calendar.day(ID, d("2027-03-03")).coverage());
        // Tuesday 03-02 + 1 skips the holiday; + 3 ends on the working Saturday
        assertEquals(d("2027-03-04"), calendar.addWorkingDays(ID, d("2027-03-02"), 1));
        assertEquals(d("2027-03-06"), calendar.addWorkingDays(ID, d("2027-03-02"), 3));
        YearCalendar year = calendar.year(ID, 2027);
        assertNull(year.coverage());
        assertTrue(year.sources().contains("https://example.org/notice-2027"));
        assertEquals(2, year.holidays().size());
        assertEquals(1, year.adjustedWorkingDays().size());
    }

    @Test
    void aFileReplacesTheBundledFileOfItsYear() throws IOException {
        write("2024.json", """
                {"year": 2024, "days": [{"name": "元旦", "date": "2024-01-01", "isOffDay": true}]}
                """, 1);
        calendar.activate(Configurations.calendar(folder.toString(), 0));
        assertTrue(calendar.isWorkingDay(ID, d("2024-02-13")));
        assertFalse(calendar.isWorkingDay(ID, d("2024-01-01")));
    }

    @Test
    void aMalformedFileIsRejectedWholeAndThePreviousDataStays() throws IOException {
        write("2027.json", Y2027, 1);
        calendar.activate(Configurations.calendar(folder.toString(), 0));
        assertFalse(calendar.isWorkingDay(ID, d("2027-03-03")));

        // the administrator saves a broken version: a working day on a Wednesday
        Path file = write("2027.json", Y2027.replace("\"2027-03-06\", \"isOffDay\": false",
                "\"2027-03-10\", \"isOffDay\": false"), 2);
        calendar.check();
        List<CalendarProblem> problems = calendar.problems();
        assertEquals(1, problems.size());
        CalendarProblem problem = problems.get(0);
        assertEquals(file.toAbsolutePath().normalize().toString(), problem.source());
        assertEquals(2027, problem.year());
        assertEquals("rejected: days[2]: 2027-03-10 is a WEDNESDAY, but an adjusted working day (isOffDay false) is "
                + "a Saturday or a Sunday (its previous content stays in use)", problem.message());
        assertFalse(calendar.isWorkingDay(ID, d("2027-03-03")));
        assertTrue(calendar.isWorkingDay(ID, d("2027-03-10")));
        assertEquals(List.of(problem), calendar.year(ID, 2027).problems());
        assertEquals(List.of(problem), calendar.year(ID, 2026).problems());
        assertEquals(List.of(), calendar.year(ID, 2024).problems());

        // fixed: the problem goes
        write("2027.json", Y2027, 3);
        calendar.check();
        assertEquals(List.of(), calendar.problems());
    }

    @Test
    void aMalformedNewFileAddsNothing() throws IOException {
        write("2027.json", "{\"year\": 2027, \"days\": [", 1);
        write("notes.json", "{}", 1);
        write("README.txt", "not a holiday file", 1);
        calendar.activate(Configurations.calendar(folder.toString(), 0));
        assertFalse(calendar.status().coveredYears().contains(2027));
        List<CalendarProblem> problems = calendar.problems();
        assertEquals(2, problems.size());
        assertTrue(problems.get(0).message().startsWith("rejected: not valid JSON: "), problems.get(0).message());
        assertEquals("rejected: the file name must be YYYY.json, the year of the notice", problems.get(1).message());
        assertNull(problems.get(1).year());
        assertTrue(calendar.dueDate(ID, TestLimits.parse("1个工作日"), d("2027-03-02"))
                .coverage().contains("2027"));
    }

    @Test
    void aNewYearIsPickedUpAtRunTime() throws Exception {
        calendar.activate(Configurations.calendar(folder.toString(), 1));
        assertFalse(calendar.status().coveredYears().contains(2027));
        assertTrue(checkerRunning());
        write("2027.json", Y2027, 1);
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!calendar.status().coveredYears().contains(2027) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertTrue(calendar.status().coveredYears().contains(2027));
        assertFalse(calendar.isWorkingDay(ID, d("2027-03-03")));

        Files.delete(folder.resolve("2027.json"));
        deadline = System.nanoTime() + 10_000_000_000L;
        while (calendar.status().coveredYears().contains(2027) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertFalse(calendar.status().coveredYears().contains(2027));

        calendar.deactivate();
        deadline = System.nanoTime() + 5_000_000_000L;
        while (checkerRunning() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertFalse(checkerRunning());
    }

    @Test
    void aConfigurationUpdateReadsTheNewFolder() throws IOException {
        calendar.activate(Configurations.calendar("", 0));
        assertFalse(calendar.status().coveredYears().contains(2027));
        write("2027.json", Y2027, 1);
        calendar.modified(Configurations.calendar(folder.toString(), 0));
        assertTrue(calendar.status().coveredYears().contains(2027));
        calendar.modified(Configurations.calendar(folder.resolve("missing").toString(), 0));
        assertFalse(calendar.status().coveredYears().contains(2027));
    }

    @Test
    void theFolderSettingNamesASystemProperty() {
        Map<String, String> properties = Map.of("karaf.etc", "/opt/karaf/etc");
        assertEquals(Path.of("/opt/karaf/etc/holidays"),
                WorkingDayCalendar.folderPath("${karaf.etc}/holidays", properties::get));
        assertNull(WorkingDayCalendar.folderPath("${karaf.etc}/holidays", name -> null));
        assertNull(WorkingDayCalendar.folderPath("  ", properties::get));
        assertEquals(Path.of("/srv/holidays"), WorkingDayCalendar.folderPath("/srv/holidays", properties::get));
    }

    private static boolean checkerRunning() {
        return Thread.getAllStackTraces().keySet().stream()
                .anyMatch(t -> t.getName().equals("renshe-calendar-holidays") && t.isAlive());
    }
}
