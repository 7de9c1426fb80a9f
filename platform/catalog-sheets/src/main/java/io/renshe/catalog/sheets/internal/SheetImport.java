package io.renshe.catalog.sheets.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.renshe.catalog.api.ApplicantType;
import io.renshe.catalog.api.Category;
import io.renshe.catalog.api.Channel;
import io.renshe.catalog.api.HandlingLevel;
import io.renshe.catalog.api.LevelDuty;
import io.renshe.catalog.api.Limit;
import io.renshe.catalog.api.ListEntry;
import io.renshe.catalog.api.OnlineAccess;
import io.renshe.catalog.rest.ProblemError;
import io.renshe.catalog.sheets.internal.ListLayout.Column;
import io.renshe.catalog.sheets.internal.ListLayout.Field;

/**
 * Reads an imported sheet against a list: every row becomes the entry it describes, compared with the list's entry of
 * the same 序号. The file is the whole list: a row whose 序号 the list has is that entry (changed or unchanged), a row
 * with a new 序号 is an added entry, and an entry of the list that no row names is hidden. Only the fields a column
 * shows are read; every other field of an entry (its item reference, channels without a column, online details
 * without a column …) is kept as it is. Every error of the file is collected, with its row and column; nothing is
 * decided on a file with errors.
 */
final class SheetImport {

    /** What the import does to a row. */
    enum Action {
        ADDED, CHANGED, HIDDEN, UNCHANGED
    }

    /**
     * What an import does to one entry.
     *
     * @param row the row of the file, or {@code null} for a hidden entry (no row names it)
     * @param seq the entry's 序号
     * @param name the item name of the row (or of the hidden entry)
     * @param action what happens to it
     * @param fields the entry fields that change (a changed row), as the catalog file names them
     * @param columns the headings of the columns that change, as the file writes them
     */
    record RowOutcome(Integer row, String seq, String name, Action action, List<String> fields, List<String> columns) {
        RowOutcome {
            fields = List.copyOf(fields);
            columns = List.copyOf(columns);
        }
    }

    /**
     * The outcome of reading a file against a list.
     *
     * @param rows every row's outcome in file order, then the hidden entries in list order
     * @param entries the entries to write: each added or changed row's entry, in file order
     * @param hidden the 序号 of each entry to hide
     * @param errors every error of the file; when there is one, nothing may be written
     */
    record Plan(List<RowOutcome> rows, List<Proposal> entries, List<String> hidden, List<ProblemError> errors) {
        Plan {
            rows = List.copyOf(rows);
            entries = List.copyOf(entries);
            hidden = List.copyOf(hidden);
            errors = List.copyOf(errors);
        }

        long count(Action action) {
            return rows.stream().filter(r -> r.action() == action).count();
        }
    }

    /**
     * An entry the import writes.
     *
     * @param row the row of the file it comes from
     * @param entry the entry as the row describes it, the fields without a column as they were
     * @param added {@code true} for a new 序号
     * @param headings the heading of each column of the row, as the file writes it, by what it holds: the entry
     *        field ({@code name}, {@code units}, {@code limit} …), {@code online.apps} for the APP column and
     *        {@code channels.<key>} for a tick column ({@code channels.bank}) — to place the catalog's errors
     */
    record Proposal(int row, ListEntry entry, boolean added, Map<String, String> headings) {
        Proposal {
            headings = Map.copyOf(headings);
        }
    }

    /** A national code printed before the name, as the 提速办 list prints them: {@code 1.6.1正常退休（职）申请}. */
    private static final Pattern CODE_AND_NAME = Pattern.compile("^([0-9]+(?:\\.[0-9]+)+)\\s*(\\D.*)$", Pattern.DOTALL);
    private static final Pattern SPLIT = Pattern.compile("[、，,；;\\s\\u3000]+");
    private static final Pattern SPLIT_NAMES = Pattern.compile("\\s*[、，,；;\\n]\\s*");
    private static final Pattern URL = Pattern.compile("https?://\\S+", Pattern.CASE_INSENSITIVE);
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");
    private static final Pattern DUTY_LINE = Pattern.compile(
            "^\\s*(?:[0-9０-９]+\\s*[．.、,，]?\\s*)?(区级|区县级|县级|乡镇街|乡镇（街道）|乡镇|街道|村社|村（社区）|村级)\\s*[：:]\\s*(.*)$");
    private static final Map<String, HandlingLevel> LEVEL_LABELS = Map.of("区级", HandlingLevel.DISTRICT,
            "区县级", HandlingLevel.DISTRICT, "县级", HandlingLevel.DISTRICT, "乡镇街", HandlingLevel.TOWN,
            "乡镇（街道）", HandlingLevel.TOWN, "乡镇", HandlingLevel.TOWN, "街道", HandlingLevel.TOWN,
            "村社", HandlingLevel.VILLAGE, "村（社区）", HandlingLevel.VILLAGE, "村级", HandlingLevel.VILLAGE);
    /** The act a duty names, and its role: the rule of docs/catalog-format.md. */
    private static final Map<String, String> ACTS = acts();
    private static final Set<String> TICKED = Set.of("√", "✓", "✔", "☑", "是", "有", "Y", "YES", "TRUE", "1");
    private static final Set<String> UNTICKED = Set.of("", "×", "✗", "✘", "否", "无", "N", "NO", "FALSE", "0");

    private static Map<String, String> acts() {
        Map<String, String> acts = new LinkedHashMap<>();
        acts.put("受理", "accept");
        acts.put("审核", "review");
        acts.put("审批", "approve");
        acts.put("批准", "approve");
        acts.put("送达", "deliver");
        acts.put("出件", "deliver");
        return acts;
    }

    private final ListLayout layout;
    private final List<ProblemError> errors = new ArrayList<>();

    private SheetImport(ListLayout layout) {
        this.layout = layout;
    }

    /** Reads a file against the list of a layout. */
    static Plan plan(ListLayout layout, SheetTable table) {
        return new SheetImport(layout).read(table);
    }

    private Plan read(SheetTable table) {
        Map<Integer, Column> columnAt = header(table);
        if (!errors.isEmpty()) {
            return new Plan(List.of(), List.of(), List.of(), errors);
        }
        Map<String, ListEntry> current = new LinkedHashMap<>();
        layout.list().entries().forEach(e -> current.put(e.seq(), e));
        Map<String, Integer> seen = new HashMap<>();
        List<RowOutcome> outcomes = new ArrayList<>();
        List<Proposal> proposals = new ArrayList<>();
        for (SheetTable.Row row : table.rows()) {
            Map<String, String> headings = new LinkedHashMap<>();
            columnAt.forEach((index, column) -> headings.put(key(column), table.header().get(index).strip()));
            int before = errors.size();
            String seq = seq(row, columnAt, table.header());
            if (seq == null) {
                continue;
            }
            Integer earlier = seen.putIfAbsent(seq, row.number());
            if (earlier != null) {
                errors.add(ProblemError.inRow(row.number(), heading(table, columnAt, Field.SEQ),
                        "序号 " + seq + " is also on row " + earlier + "; each row has its own 序号"));
                continue;
            }
            ListEntry was = current.get(seq);
            ListEntry entry = entry(row, columnAt, table.header(), was == null ? template(seq) : was);
            if (errors.size() > before) {
                continue;
            }
            if (was == null) {
                outcomes.add(new RowOutcome(row.number(), seq, entry.name(), Action.ADDED, List.of(), List.of()));
                proposals.add(new Proposal(row.number(), entry, true, headings));
                continue;
            }
            List<String> fields = changedFields(was, entry);
            if (fields.isEmpty()) {
                outcomes.add(new RowOutcome(row.number(), seq, entry.name(), Action.UNCHANGED, List.of(), List.of()));
            } else {
                List<String> changedColumns = new ArrayList<>();
                columnAt.forEach((index, column) -> {
                    if (!ListLayout.cell(was, column).equals(ListLayout.cell(entry, column))) {
                        changedColumns.add(table.header().get(index).strip());
                    }
                });
                outcomes.add(new RowOutcome(row.number(), seq, entry.name(), Action.CHANGED, fields, changedColumns));
                proposals.add(new Proposal(row.number(), withoutStaleMarks(was, entry, fields), false, headings));
            }
        }
        List<String> hidden = new ArrayList<>();
        for (ListEntry entry : current.values()) {
            if (!seen.containsKey(entry.seq())) {
                hidden.add(entry.seq());
                outcomes.add(new RowOutcome(null, entry.seq(), entry.name(), Action.HIDDEN, List.of(), List.of()));
            }
        }
        if (!errors.isEmpty()) {
            return new Plan(List.of(), List.of(), List.of(), errors);
        }
        return new Plan(outcomes, proposals, hidden, List.of());
    }

    /** What a column holds, as {@link Proposal#headings()} keys it. */
    static String key(Column column) {
        return switch (column.field()) {
            case CHANNEL -> "channels." + column.channel().key();
            case APPS -> "online.apps";
            default -> column.field().entryField();
        };
    }

    /** Maps each column of the file to a column of the layout, by its heading; every heading error is listed. */
    private Map<Integer, Column> header(SheetTable table) {
        Map<Integer, Column> columnAt = new LinkedHashMap<>();
        Map<Column, Integer> found = new HashMap<>();
        List<String> header = table.header();
        for (int i = 0; i < header.size(); i++) {
            String heading = header.get(i).strip();
            if (heading.isEmpty()) {
                int index = i;
                table.rows().stream().filter(r -> !r.cell(index).isBlank()).findFirst().ifPresent(r -> errors.add(
                        ProblemError.inRow(r.number(), null, "column " + (index + 1) + " has values but no heading")));
                continue;
            }
            Column known = ListLayout.FIELDS.get(ListLayout.normalise(heading));
            if (known != null && known.field() == Field.CHANGE) {
                continue;
            }
            Column column = known == null ? null : layout.columns().stream()
                    .filter(c -> c.field() == known.field() && c.channel() == known.channel()).findFirst().orElse(null);
            if (column == null) {
                errors.add(ProblemError.inRow(1, heading, "unknown column '" + heading + "': the columns of list "
                        + layout.list().id() + " are " + String.join(", ", layout.headers())
                        + (known != null ? " (this list has no column for " + heading + ")" : "")));
                continue;
            }
            Integer twice = found.putIfAbsent(column, i);
            if (twice != null) {
                errors.add(ProblemError.inRow(1, heading, "column '" + heading + "' is there twice (columns "
                        + (twice + 1) + " and " + (i + 1) + ")"));
                continue;
            }
            columnAt.put(i, column);
        }
        for (Column column : layout.columns()) {
            if (!found.containsKey(column)) {
                errors.add(ProblemError.inRow(1, column.header(), "the column '" + column.header()
                        + "' is missing: keep every column of the exported file (the row's values are read from them)"));
            }
        }
        return columnAt;
    }

    private static String heading(SheetTable table, Map<Integer, Column> columnAt, Field field) {
        return columnAt.entrySet().stream().filter(e -> e.getValue().field() == field)
                .map(e -> table.header().get(e.getKey()).strip()).findFirst().orElse(null);
    }

    private String seq(SheetTable.Row row, Map<Integer, Column> columnAt, List<String> header) {
        for (Map.Entry<Integer, Column> column : columnAt.entrySet()) {
            if (column.getValue().field() == Field.SEQ) {
                String seq = row.cell(column.getKey()).strip();
                if (seq.isEmpty()) {
                    errors.add(ProblemError.inRow(row.number(), header.get(column.getKey()).strip(),
                            "序号 is empty: every row needs its 序号 (a new row a 序号 the list does not have yet)"));
                    return null;
                }
                return seq;
            }
        }
        return null;
    }

    /** A new row starts with the channels every entry of the list has that no column ticks (村级服务平台 …). */
    private ListEntry template(String seq) {
        Set<Channel> common = null;
        for (ListEntry entry : layout.list().entries()) {
            Set<Channel> channels = entry.channels().isEmpty() ? EnumSet.noneOf(Channel.class) : EnumSet.copyOf(entry.channels());
            if (common == null) {
                common = channels;
            } else {
                common.retainAll(channels);
            }
        }
        List<Channel> channels = new ArrayList<>();
        if (common != null) {
            common.removeAll(layout.tickedChannels());
            channels.addAll(common);
        }
        return ListEntry.builder().seq(seq).channels(channels).build();
    }

    /** The entry a row describes: the columns' values over the fields of {@code base}. */
    private ListEntry entry(SheetTable.Row row, Map<Integer, Column> columnAt, List<String> header, ListEntry base) {
        ListEntry.Builder entry = base.toBuilder();
        Set<Channel> channels = EnumSet.noneOf(Channel.class);
        channels.addAll(base.channels());
        channels.removeAll(layout.tickedChannels());
        OnlineAccess online = base.online();
        List<String> urls = online == null ? List.of() : online.urls();
        String email = online == null ? null : online.email();
        List<String> apps = online == null ? List.of() : online.apps();
        String onlineHeading = null;
        boolean onlineTicked = false;
        for (Map.Entry<Integer, Column> at : columnAt.entrySet()) {
            Column column = at.getValue();
            String heading = header.get(at.getKey()).strip();
            String cell = row.cell(at.getKey()).strip();
            int number = row.number();
            switch (column.field()) {
                case SEQ -> entry.seq(cell);
                case NAME -> {
                    if (cell.isEmpty()) {
                        errors.add(ProblemError.inRow(number, heading, "the item name is empty"));
                    }
                    Matcher coded = CODE_AND_NAME.matcher(cell);
                    if (coded.matches()) {
                        entry.code(coded.group(1)).name(coded.group(2).strip());
                    } else {
                        entry.code(null).name(cell);
                    }
                }
                case UNITS -> entry.units(split(SPLIT, cell));
                case CHANNEL -> {
                    Boolean ticked = tick(cell);
                    if (ticked == null) {
                        errors.add(ProblemError.inRow(number, heading, "'" + cell + "' is no tick: write " + ListLayout.TICK
                                + " where the item is handled this way, leave the cell empty where it is not"));
                    } else if (ticked) {
                        channels.add(column.channel());
                        onlineTicked |= column.channel() == Channel.ONLINE;
                    }
                }
                case ONLINE -> {
                    onlineHeading = heading;
                    urls = new ArrayList<>();
                    email = null;
                    String rest = cell.replace("邮箱：", " ").replace("邮箱:", " ").replace("邮箱", " ");
                    for (String token : split(SPLIT, rest)) {
                        if (URL.matcher(token).matches()) {
                            urls.add(token);
                        } else if (EMAIL.matcher(token).matches() && email == null) {
                            email = token;
                        } else {
                            errors.add(ProblemError.inRow(number, heading, "'" + token + "' is neither a web address "
                                    + "(http://… or https://…) nor an e-mail address"
                                    + (EMAIL.matcher(token).matches() ? " (one e-mail address per row)" : "")));
                        }
                    }
                }
                case APPS -> {
                    onlineHeading = onlineHeading == null ? heading : onlineHeading;
                    apps = split(SPLIT_NAMES, cell);
                }
                case APPLICANTS -> {
                    List<String> applicants = split(SPLIT, cell);
                    for (String applicant : applicants) {
                        if (ApplicantType.ofKey(applicant) == null) {
                            errors.add(ProblemError.inRow(number, heading, "'" + applicant + "' is no applicant type: "
                                    + "write 个人, 法人 or 单位, several joined by 、"));
                        }
                    }
                    entry.applicants(applicants);
                }
                case LIMIT -> entry.limit(limit(cell, base.limit()));
                case LIMIT_BEFORE -> entry.limitBefore(limit(cell, base.limitBefore()));
                case LIMIT_AFTER -> entry.limitAfter(limit(cell, base.limitAfter()));
                case DUTIES -> entry.levels(duties(number, heading, cell, base.levels()));
                case CATEGORY -> {
                    if (!cell.isEmpty() && Category.ofKey(cell) == null) {
                        errors.add(ProblemError.inRow(number, heading, "'" + cell + "' is no category: write 业务办理类 "
                                + "or 查询、打印类"));
                    }
                    entry.category(cell.isEmpty() ? null : cell);
                }
                case REMARKS -> entry.remarks(cell.isEmpty() ? null : cell);
                case CHANGE -> {
                }
            }
        }
        boolean hasOnline = !urls.isEmpty() || email != null || !apps.isEmpty();
        if (hasOnline && !channels.contains(Channel.ONLINE)) {
            if (layout.tickedChannels().contains(Channel.ONLINE) && !onlineTicked) {
                errors.add(ProblemError.inRow(row.number(), onlineHeading, "online details are given but 线上办 is not "
                        + "ticked"));
            } else {
                channels.add(Channel.ONLINE);
            }
        }
        entry.online(hasOnline ? new OnlineAccess(urls, email, apps) : null);
        entry.channels(new ArrayList<>(channels));
        return entry.build();
    }

    private static List<String> split(Pattern separator, String cell) {
        List<String> values = new ArrayList<>();
        for (String value : separator.split(cell)) {
            if (!value.isBlank()) {
                values.add(value.strip());
            }
        }
        return values;
    }

    /** {@code true} for a tick, {@code false} for an empty cell or a no, {@code null} for anything else. */
    static Boolean tick(String cell) {
        String value = cell.strip().toUpperCase(java.util.Locale.ROOT);
        if (TICKED.contains(value)) {
            return true;
        }
        return UNTICKED.contains(value) ? false : null;
    }

    /** A limit as written; its meaning is read by the catalog's validation, so the text is what counts here. */
    private static Limit limit(String cell, Limit was) {
        if (cell.isEmpty()) {
            return null;
        }
        return was != null && was.text().equals(cell) ? was : new Limit(cell, null);
    }

    /**
     * The 责任事项 cell: one line per level ({@code 1．区级：…}); a line without a level label continues the duty above
     * it. A level whose duty is unchanged keeps its role; a changed duty takes the role of the act it names (受理 accept,
     * 审核 review, 审批/批准 approve, 送达/出件 deliver: its former role if it still names that act, else the first act
     * it names), none when it names none.
     */
    private List<LevelDuty> duties(int row, String heading, String cell, List<LevelDuty> was) {
        if (cell.isEmpty()) {
            return List.of();
        }
        Map<HandlingLevel, StringBuilder> texts = new LinkedHashMap<>();
        HandlingLevel last = null;
        for (String line : cell.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            Matcher labelled = DUTY_LINE.matcher(line);
            if (labelled.matches()) {
                last = LEVEL_LABELS.get(labelled.group(1));
                if (texts.containsKey(last)) {
                    errors.add(ProblemError.inRow(row, heading, "the level " + last.label() + " is written twice"));
                }
                texts.put(last, new StringBuilder(labelled.group(2).strip()));
            } else if (last == null) {
                errors.add(ProblemError.inRow(row, heading, "each line starts with its level, as in '1．区级：…', "
                        + "'2．乡镇街：…', '3．村社：…'; got '" + abbreviate(line.strip()) + "'"));
                return was;
            } else {
                texts.get(last).append(line.strip());
            }
        }
        List<LevelDuty> levels = new ArrayList<>();
        for (Map.Entry<HandlingLevel, StringBuilder> level : texts.entrySet()) {
            String duty = level.getValue().toString();
            if (duty.isEmpty()) {
                errors.add(ProblemError.inRow(row, heading, "the level " + level.getKey().label() + " has no duty"));
                continue;
            }
            LevelDuty before = was.stream().filter(d -> d.level() == level.getKey()).findFirst().orElse(null);
            if (before != null && before.duty().equals(duty)) {
                levels.add(before);
            } else {
                levels.add(new LevelDuty(level.getKey(), duty, role(duty, before == null ? null : before.role())));
            }
        }
        return levels;
    }

    /** The role of a duty by the act it names: the former role while it still names its act, else the first act. */
    static String role(String duty, String former) {
        if (former != null) {
            for (Map.Entry<String, String> act : ACTS.entrySet()) {
                if (act.getValue().equals(former) && duty.contains(act.getKey())) {
                    return former;
                }
            }
        }
        String role = null;
        int first = Integer.MAX_VALUE;
        for (Map.Entry<String, String> act : ACTS.entrySet()) {
            int at = duty.indexOf(act.getKey());
            if (at >= 0 && at < first) {
                first = at;
                role = act.getValue();
            }
        }
        return role;
    }

    private static String abbreviate(String text) {
        return text.length() <= 20 ? text : text.substring(0, 20) + "…";
    }

    /** The entry fields whose value differs, as the catalog file names them, in the order of the file's fields. */
    static List<String> changedFields(ListEntry was, ListEntry now) {
        List<String> fields = new ArrayList<>();
        if (!Objects.equals(was.name(), now.name())) {
            fields.add("name");
        }
        if (!Objects.equals(was.code(), now.code())) {
            fields.add("code");
        }
        if (!was.units().equals(now.units())) {
            fields.add("units");
        }
        if (!new HashSet<>(was.channels()).equals(new HashSet<>(now.channels()))) {
            fields.add("channels");
        }
        if (!sameOnline(was.online(), now.online())) {
            fields.add("online");
        }
        if (!text(was.limit()).equals(text(now.limit()))) {
            fields.add("limit");
        }
        if (!text(was.limitBefore()).equals(text(now.limitBefore()))) {
            fields.add("limitBefore");
        }
        if (!text(was.limitAfter()).equals(text(now.limitAfter()))) {
            fields.add("limitAfter");
        }
        if (!was.applicants().equals(now.applicants())) {
            fields.add("applicants");
        }
        if (!Objects.equals(was.category(), now.category())) {
            fields.add("category");
        }
        if (!was.levels().equals(now.levels())) {
            fields.add("levels");
        }
        if (!Objects.equals(was.remarks(), now.remarks())) {
            fields.add("remarks");
        }
        return fields;
    }

    private static boolean sameOnline(OnlineAccess a, OnlineAccess b) {
        if (a == null || b == null) {
            return a == b;
        }
        return a.urls().equals(b.urls()) && Objects.equals(a.email(), b.email()) && a.apps().equals(b.apps());
    }

    private static String text(Limit limit) {
        return limit == null ? "" : limit.text();
    }

    /**
     * A changed entry keeps the marks of values the document does not state only for the fields the row leaves as
     * they were: a value the office writes is stated by the office. A changed name drops the raw text it was
     * normalised from, and a changed name or code its item reference: the catalog matches the row again by what the
     * office wrote (its code, then its name).
     */
    private static ListEntry withoutStaleMarks(ListEntry was, ListEntry now, List<String> fields) {
        Map<String, String> inferred = new LinkedHashMap<>(now.inferred());
        fields.forEach(inferred::remove);
        ListEntry.Builder entry = now.toBuilder();
        if (fields.contains("name") || fields.contains("code")) {
            inferred.remove("item");
            entry.item(null).local(false);
        }
        return entry.inferred(inferred).original(fields.contains("name") ? null : was.original()).build();
    }
}
