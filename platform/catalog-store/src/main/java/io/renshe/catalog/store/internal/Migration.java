package io.renshe.catalog.store.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * One migration of a track, as it applies to one database dialect.
 *
 * @param track the track it belongs to
 * @param version its number in the track, from 1
 * @param description its description, from the file name
 * @param script the file applied ({@code V1__platform_events.sql} or {@code V1__platform_events.postgresql.sql})
 * @param sql the text of the file, line ends normalised to {@code \n}
 */
record Migration(String track, int version, String description, String script, String sql) {

    /** Text as the checksum sees it: no byte-order mark, {@code \n} line ends, so a checkout on Windows agrees. */
    static String normalise(String text) {
        String result = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return result.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** The SHA-256 of the script, in hex: what the history keeps to recognise an edited migration. */
    String checksum() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(sql.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** The statements of the script: each ends with a {@code ;} at the end of a line; {@code --} lines are comments. */
    List<String> statements() {
        List<String> result = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : sql.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("--") || trimmed.isEmpty()) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                String statement = current.toString().strip();
                result.add(statement.substring(0, statement.length() - 1).strip());
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            result.add(current.toString().strip());
        }
        return result;
    }
}
