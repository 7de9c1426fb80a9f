package io.renshe.catalog.application.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Application numbers: {@code <jurisdiction>-<submission day yyyyMMdd>-<row id, six digits or more>}, for example
 * {@code 341000-20240927-000017}. The row id comes from the database's identity column, so that nodes sharing one
 * database never hand out the same number.
 */
final class Numbers {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuuMMdd", Locale.ROOT);
    private static final Pattern NUMBER = Pattern.compile("(\\d{6})-(\\d{8})-(\\d{6,18})");

    private Numbers() {
    }

    static String number(String jurisdiction, LocalDate submittedOn, long id) {
        return jurisdiction + "-" + DAY.format(submittedOn) + "-" + String.format(Locale.ROOT, "%06d", id);
    }

    /** The row id of a number of the right form; empty otherwise. */
    static OptionalLong id(String number) {
        if (number == null) {
            return OptionalLong.empty();
        }
        Matcher matcher = NUMBER.matcher(number);
        if (!matcher.matches()) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(matcher.group(3)));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }
}
