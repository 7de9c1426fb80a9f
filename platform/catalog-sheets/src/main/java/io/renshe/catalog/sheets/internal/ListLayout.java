package io.renshe.catalog.sheets.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.renshe.catalog.api.Channel;
import io.renshe.catalog.api.ItemList;
import io.renshe.catalog.api.LevelDuty;
import io.renshe.catalog.api.Limit;
import io.renshe.catalog.api.ListEntry;
import io.renshe.catalog.api.OnlineAccess;

/**
 * The columns of a list's spreadsheet and the entry field each one holds. The columns are the list's {@code columns},
 * the table headings of its source document as written (序号, 事项名称, 职能单位, 合作银行网点办 …), in the document's
 * order; a list without {@code columns} gets the standard headings of the fields its entries use. Each heading maps to
 * one field by {@link #FIELDS}, the one table of this mapping (written down in docs/spreadsheets.md). A heading of the
 * document that names no field of an entry is left out of the sheet.
 */
final class ListLayout {

    /** What a column holds. */
    enum Field {
        /** 序号: {@code seq}, the row's key. */
        SEQ("seq"),
        /** 事项名称: {@code code} (when the row prints one) followed by {@code name}, as the documents print them. */
        NAME("name"),
        /** 职能单位, 部门, 承办单位, 经办部门: {@code units}, joined by 、. */
        UNITS("units"),
        /** A channel heading (合作银行网点办, 社区窗口办, 线上办 …): √ when {@code channels} holds it. */
        CHANNEL("channels"),
        /** 网址（邮箱）: {@code online.url} (one or several, joined by 、) and {@code online.email} after 邮箱：. */
        ONLINE("online"),
        /** APP: {@code online.apps}, joined by 、. */
        APPS("online"),
        /** 申请主体: {@code applicants} (个人, 法人, 单位), joined by 、. */
        APPLICANTS("applicants"),
        /** 办结时限: {@code limit}, as written. */
        LIMIT("limit"),
        /** 当前规定的办结时限: {@code limitBefore}, as written. */
        LIMIT_BEFORE("limitBefore"),
        /** 提速后办结时限: {@code limitAfter}, as written. */
        LIMIT_AFTER("limitAfter"),
        /** 责任事项: {@code levels}, one line per level, {@code 1．区级：duty}, as the Yeji document prints them. */
        DUTIES("levels"),
        /** 业务种类: {@code category} (业务办理类, 查询、打印类). */
        CATEGORY("category"),
        /** 备注: {@code remarks}, as written. */
        REMARKS("remarks"),
        /** 本地调整: the platform's own read-only column, naming the overlay change of a changed row. */
        CHANGE(null);

        private final String entryField;

        Field(String entryField) {
            this.entryField = entryField;
        }

        /** The entry field it holds, as the catalog file and the JSON name it; {@code null} for {@link #CHANGE}. */
        String entryField() {
            return entryField;
        }
    }

    /**
     * A column of the sheet.
     *
     * @param header the heading as the sheet writes it
     * @param field what it holds
     * @param channel the channel a {@link Field#CHANNEL} column ticks, else {@code null}
     */
    record Column(String header, Field field, Channel channel) {
    }

    /** The heading of the platform's read-only column of changed rows. */
    static final String CHANGE_HEADER = "本地调整";
    /** The tick the documents print for a channel. */
    static final String TICK = "√";
    /** Joins the values of a multi-valued cell, as the documents do. */
    static final String JOIN = "、";

    /**
     * Every heading the platform reads, normalised ({@link #normalise(String)}), and what it holds: the headings of the
     * shipped documents first, then other spellings of the same columns.
     */
    static final Map<String, Column> FIELDS = fields();

    private static Map<String, Column> fields() {
        Map<String, Column> fields = new LinkedHashMap<>();
        put(fields, Field.SEQ, null, "序号");
        put(fields, Field.NAME, null, "事项名称", "服务事项", "服务事项名称", "名称");
        put(fields, Field.UNITS, null, "职能单位", "部门", "承办单位", "经办部门", "责任单位", "经办单位", "办理单位");
        put(fields, Field.CHANNEL, Channel.BANK, "合作银行网点办", "合作银行网点", "银行网点办");
        put(fields, Field.CHANNEL, Channel.COMMUNITY, "社区窗口办", "社区窗口", "社区办");
        put(fields, Field.CHANNEL, Channel.ONLINE, "线上办", "网上办", "网上办理");
        put(fields, Field.CHANNEL, Channel.WINDOW, "综合窗口", "综合窗口办", "窗口办", "政务服务大厅窗口");
        put(fields, Field.CHANNEL, Channel.VILLAGE, "村级服务平台", "村（社区）便民服务点");
        put(fields, Field.CHANNEL, Channel.ONSITE, "上门办");
        put(fields, Field.ONLINE, null, "网址（邮箱）", "网址");
        put(fields, Field.APPS, null, "APP");
        put(fields, Field.APPLICANTS, null, "申请主体", "服务对象");
        put(fields, Field.LIMIT, null, "办结时限");
        put(fields, Field.LIMIT_BEFORE, null, "当前规定的办结时限");
        put(fields, Field.LIMIT_AFTER, null, "提速后办结时限");
        put(fields, Field.DUTIES, null, "责任事项");
        put(fields, Field.CATEGORY, null, "业务种类", "事项类别");
        put(fields, Field.REMARKS, null, "备注");
        put(fields, Field.CHANGE, null, CHANGE_HEADER);
        return Map.copyOf(fields);
    }

    private static void put(Map<String, Column> fields, Field field, Channel channel, String... headers) {
        for (String header : headers) {
            fields.put(normalise(header), new Column(header, field, channel));
        }
    }

    /** A heading as compared: without whitespace (PDF line wraps), brackets half-width, Latin letters upper-case. */
    static String normalise(String header) {
        return header.replaceAll("[\\s\\u3000]+", "").replace('（', '(').replace('）', ')').toUpperCase(Locale.ROOT);
    }

    private final ItemList list;
    private final List<Column> columns;

    private ListLayout(ItemList list, List<Column> columns) {
        this.list = list;
        this.columns = List.copyOf(columns);
    }

    /** The layout of a list: its document's headings that name a field, else the standard ones its entries use. */
    static ListLayout of(ItemList list) {
        List<Column> columns = new ArrayList<>();
        for (String header : list.columns()) {
            Column known = FIELDS.get(normalise(header));
            if (known != null && known.field() != Field.CHANGE) {
                columns.add(new Column(header, known.field(), known.channel()));
            }
        }
        if (columns.stream().noneMatch(c -> c.field() == Field.SEQ) || columns.stream().noneMatch(c -> c.field() == Field.NAME)) {
            columns = standard(list);
        }
        return new ListLayout(list, columns);
    }

    /** The standard columns of the fields a list's entries use. */
    private static List<Column> standard(ItemList list) {
        List<Column> columns = new ArrayList<>();
        columns.add(new Column("序号", Field.SEQ, null));
        columns.add(new Column("事项名称", Field.NAME, null));
        List<ListEntry> entries = list.entries();
        if (entries.stream().anyMatch(e -> !e.units().isEmpty())) {
            columns.add(new Column("职能单位", Field.UNITS, null));
        }
        Set<Channel> used = EnumSet.noneOf(Channel.class);
        entries.forEach(e -> used.addAll(e.channels()));
        for (Channel channel : used) {
            columns.add(new Column(channel.label(), Field.CHANNEL, channel));
        }
        if (entries.stream().anyMatch(e -> e.online() != null && (!e.online().urls().isEmpty() || e.online().email() != null))) {
            columns.add(new Column("网址（邮箱）", Field.ONLINE, null));
        }
        if (entries.stream().anyMatch(e -> e.online() != null && !e.online().apps().isEmpty())) {
            columns.add(new Column("APP", Field.APPS, null));
        }
        if (entries.stream().anyMatch(e -> !e.applicants().isEmpty())) {
            columns.add(new Column("申请主体", Field.APPLICANTS, null));
        }
        if (entries.stream().anyMatch(e -> e.limit() != null)) {
            columns.add(new Column("办结时限", Field.LIMIT, null));
        }
        if (entries.stream().anyMatch(e -> e.limitBefore() != null || e.limitAfter() != null)) {
            columns.add(new Column("当前规定的办结时限", Field.LIMIT_BEFORE, null));
            columns.add(new Column("提速后办结时限", Field.LIMIT_AFTER, null));
        }
        if (entries.stream().anyMatch(e -> !e.levels().isEmpty())) {
            columns.add(new Column("责任事项", Field.DUTIES, null));
        }
        if (entries.stream().anyMatch(e -> e.category() != null)) {
            columns.add(new Column("业务种类", Field.CATEGORY, null));
        }
        if (entries.stream().anyMatch(e -> e.remarks() != null)) {
            columns.add(new Column("备注", Field.REMARKS, null));
        }
        return columns;
    }

    ItemList list() {
        return list;
    }

    /** The columns of the list's data, in order (not the read-only {@link #CHANGE_HEADER} column). */
    List<Column> columns() {
        return columns;
    }

    List<String> headers() {
        return columns.stream().map(Column::header).toList();
    }

    /** Whether a column of the sheet holds this field. */
    boolean shows(Field field) {
        return columns.stream().anyMatch(c -> c.field() == field);
    }

    /** The channels a column of the sheet ticks. */
    Set<Channel> tickedChannels() {
        Set<Channel> ticked = EnumSet.noneOf(Channel.class);
        columns.stream().filter(c -> c.field() == Field.CHANNEL).forEach(c -> ticked.add(c.channel()));
        return ticked;
    }

    /** An entry's cells, one per column. */
    List<String> cells(ListEntry entry) {
        return columns.stream().map(c -> cell(entry, c)).toList();
    }

    static String cell(ListEntry entry, Column column) {
        OnlineAccess online = entry.online();
        return switch (column.field()) {
            case SEQ -> entry.seq();
            case NAME -> (entry.code() == null ? "" : entry.code()) + entry.name();
            case UNITS -> String.join(JOIN, entry.units());
            case CHANNEL -> entry.channels().contains(column.channel()) ? TICK : "";
            case ONLINE -> online == null ? "" : address(online);
            case APPS -> online == null ? "" : String.join(JOIN, online.apps());
            case APPLICANTS -> String.join(JOIN, entry.applicants());
            case LIMIT -> text(entry.limit());
            case LIMIT_BEFORE -> text(entry.limitBefore());
            case LIMIT_AFTER -> text(entry.limitAfter());
            case DUTIES -> duties(entry.levels());
            case CATEGORY -> entry.category() == null ? "" : entry.category();
            case REMARKS -> entry.remarks() == null ? "" : entry.remarks();
            case CHANGE -> "";
        };
    }

    /** The 网址（邮箱） cell: the web addresses joined by 、, then {@code 邮箱：} and the e-mail address. */
    static String address(OnlineAccess online) {
        String urls = String.join(JOIN, online.urls());
        if (online.email() == null) {
            return urls;
        }
        return (urls.isEmpty() ? "" : urls + " ") + "邮箱：" + online.email();
    }

    /** The 责任事项 cell: {@code 1．区级：…}, one line per level, as the Yeji document prints it. */
    static String duties(List<LevelDuty> levels) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < levels.size(); i++) {
            LevelDuty duty = levels.get(i);
            lines.add((i + 1) + "．" + duty.level().label() + "：" + duty.duty());
        }
        return String.join("\n", lines);
    }

    private static String text(Limit limit) {
        return limit == null ? "" : limit.text();
    }

    @Override
    public String toString() {
        return list.id() + " " + columns.stream().map(c -> c.header() + "=" + c.field()).collect(Collectors.joining(", "));
    }
}
