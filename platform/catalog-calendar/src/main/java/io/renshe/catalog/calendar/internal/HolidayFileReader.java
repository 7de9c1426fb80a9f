package io.renshe.catalog.calendar.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads and validates holiday files in the format of the holiday-cn data set:
 * <pre>
 * {"year": 2027, "papers": ["https://www.gov.cn/…"],
 *  "days": [{"name": "元旦", "date": "2027-01-01", "isOffDay": true}, …]}
 * </pre>
 * named {@code YYYY.json} after the year of the notice. A file is accepted whole or rejected whole with one reason.
 */
final class HolidayFileReader {

    /** The bundled files: an index of names under this resource folder. */
    static final String BUNDLED = "holidays/";

    private static final Pattern NAME = Pattern.compile("(\\d{4})\\.json");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern SOURCE = Pattern.compile("\\[Source: [^;\\]]*; ");
    private static final List<String> FILE_FIELDS = List.of("$schema", "$id", "year", "papers", "days");
    private static final List<String> DAY_FIELDS = List.of("name", "date", "isOffDay");

    private final ObjectMapper mapper = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /**
     * The year a file name stands for.
     *
     * @return the year, or -1 when the name is not {@code YYYY.json}
     */
    static int yearOf(String fileName) {
        Matcher m = NAME.matcher(fileName);
        return m.matches() ? Integer.parseInt(m.group(1)) : -1;
    }

    /**
     * Reads one file.
     *
     * @param source where it comes from, for messages
     * @param fileName its name, {@code YYYY.json}
     * @param in its content, UTF-8 JSON
     * @throws HolidayFileException with the reason when it cannot be used
     * @throws IOException when it cannot be read
     */
    HolidayFile read(String source, String fileName, InputStream in) throws HolidayFileException, IOException {
        int year = yearOf(fileName);
        if (year < 0) {
            throw new HolidayFileException("the file name must be YYYY.json, the year of the notice");
        }
        JsonNode root;
        try {
            root = mapper.readTree(in);
        } catch (JsonParseException e) {
            throw new HolidayFileException("not valid JSON: " + withoutSource(e.getOriginalMessage()) + " at line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr());
        } catch (JsonProcessingException e) {
            throw new HolidayFileException("not valid JSON: " + withoutSource(e.getOriginalMessage()));
        }
        if (root == null || !root.isObject()) {
            throw new HolidayFileException("not a JSON object");
        }
        unknownFields(root, FILE_FIELDS, "");
        JsonNode yearNode = root.get("year");
        if (yearNode == null || !yearNode.isInt()) {
            throw new HolidayFileException("year: missing or not a number");
        }
        if (yearNode.intValue() != year) {
            throw new HolidayFileException("year " + yearNode.intValue() + " does not match the file name " + fileName);
        }
        List<String> papers = new ArrayList<>();
        JsonNode papersNode = root.get("papers");
        if (papersNode != null) {
            if (!papersNode.isArray()) {
                throw new HolidayFileException("papers: not a list");
            }
            for (int i = 0; i < papersNode.size(); i++) {
                if (!papersNode.get(i).isTextual()) {
                    throw new HolidayFileException("papers[" + i + "]: not a text");
                }
                papers.add(papersNode.get(i).textValue());
            }
        }
        JsonNode daysNode = root.get("days");
        if (daysNode == null || !daysNode.isArray()) {
            throw new HolidayFileException("days: missing or not a list");
        }
        if (daysNode.isEmpty()) {
            throw new HolidayFileException("days: empty; a notice lists at least one holiday");
        }
        List<HolidayFile.Day> days = new ArrayList<>();
        Set<LocalDate> seen = new HashSet<>();
        for (int i = 0; i < daysNode.size(); i++) {
            HolidayFile.Day day = day(daysNode.get(i), "days[" + i + "]", year);
            if (!seen.add(day.date())) {
                throw new HolidayFileException("days[" + i + "]: " + day.date() + " is listed twice");
            }
            days.add(day);
        }
        return new HolidayFile(source, year, papers, days);
    }

    /** Jackson's messages name a source it does not know ({@code [Source: REDACTED …; line: 1, column: 24]}). */
    private static String withoutSource(String message) {
        return SOURCE.matcher(message).replaceAll("[");
    }

    private static HolidayFile.Day day(JsonNode node, String where, int year) throws HolidayFileException {
        if (!node.isObject()) {
            throw new HolidayFileException(where + ": not an object {name, date, isOffDay}");
        }
        unknownFields(node, DAY_FIELDS, where + ".");
        JsonNode name = node.get("name");
        if (name == null || !name.isTextual() || name.textValue().isBlank()) {
            throw new HolidayFileException(where + ".name: missing or empty");
        }
        JsonNode dateNode = node.get("date");
        if (dateNode == null || !dateNode.isTextual()) {
            throw new HolidayFileException(where + ".date: missing or not a text yyyy-MM-dd");
        }
        String text = dateNode.textValue();
        LocalDate date;
        try {
            if (!DATE.matcher(text).matches()) {
                throw new DateTimeException(text);
            }
            date = LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
        } catch (DateTimeException e) {
            throw new HolidayFileException(where + ".date: \"" + text + "\" is not a date yyyy-MM-dd");
        }
        if (Math.abs(date.getYear() - year) > 1) {
            throw new HolidayFileException(where + ".date: " + date + " is too far from the notice's year " + year);
        }
        JsonNode off = node.get("isOffDay");
        if (off == null || !off.isBoolean()) {
            throw new HolidayFileException(where + ".isOffDay: missing or not true/false");
        }
        DayOfWeek dow = date.getDayOfWeek();
        if (!off.booleanValue() && dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY) {
            throw new HolidayFileException(where + ": " + date + " is a " + dow
                    + ", but an adjusted working day (isOffDay false) is a Saturday or a Sunday");
        }
        return new HolidayFile.Day(date, name.textValue().strip(), off.booleanValue());
    }

    private static void unknownFields(JsonNode node, List<String> known, String where) throws HolidayFileException {
        for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
            String field = it.next();
            if (!known.contains(field)) {
                throw new HolidayFileException(where + field + ": unknown field (expected " + known + ")");
            }
        }
    }

    /**
     * The files shipped in this bundle, listed in {@code holidays/index.txt}.
     *
     * @throws IllegalStateException when one is missing or invalid: a fault of the build, which the tests catch
     */
    List<HolidayFile> bundled() {
        ClassLoader loader = HolidayFileReader.class.getClassLoader();
        List<HolidayFile> files = new ArrayList<>();
        try (InputStream index = loader.getResourceAsStream(BUNDLED + "index.txt")) {
            if (index == null) {
                throw new IllegalStateException("the bundled holiday index " + BUNDLED + "index.txt is missing");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(index, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String name = line.strip();
                if (name.isEmpty() || name.startsWith("#")) {
                    continue;
                }
                try (InputStream in = loader.getResourceAsStream(BUNDLED + name)) {
                    if (in == null) {
                        throw new IllegalStateException("bundled holiday file " + BUNDLED + name + " is missing");
                    }
                    files.add(read("bundle:" + BUNDLED + name, name, in));
                } catch (HolidayFileException e) {
                    throw new IllegalStateException("bundled holiday file " + BUNDLED + name + ": " + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}
