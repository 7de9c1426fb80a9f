package io.renshe.catalog.application.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.renshe.catalog.api.Limit;
import io.renshe.catalog.api.time.TimeLimit;
import io.renshe.catalog.application.ClockKind;

/** The limit of each clock of an item, and what a reader should know of a clock's date. */
final class Limits {

    /** A clock's limit and where it comes from; both {@code null} when the catalog states none. */
    record Source(TimeLimit meaning, String source) {
    }

    private Limits() {
    }

    static Source of(CatalogItem item, ClockKind clock) {
        Limit limit = clock == ClockKind.STATUTORY ? item.statutory() : item.committed();
        String source = clock == ClockKind.STATUTORY ? item.statutorySource() : item.committedSource();
        return limit == null ? new Source(null, null) : new Source(limit.meaning(), source);
    }

    /**
     * The note of a clock: a limit the catalog does not state, one without a date, a rule counted from its computable
     * part, and the task's state (provisional, stopped), joined by {@code ；}; {@code null} when there is nothing to say.
     */
    static String note(TimeLimit limit, LocalDate due, String state) {
        List<String> notes = new ArrayList<>();
        if (limit == null) {
            notes.add("目录未载明办结时限");
        } else if (!limit.computable()) {
            notes.add("时限“" + limit.text() + "”无可计算的办结日期");
        } else if (limit.kind() == TimeLimit.Kind.RULE) {
            notes.add("时限为规则“" + limit.text() + "”：仅按其中可计算的部分（" + limit.amount()
                    + unit(limit.unit()) + "）计算，其余仍按规则执行");
        }
        if (state != null && due != null) {
            notes.add(state);
        }
        return notes.isEmpty() ? null : String.join("；", notes);
    }

    private static String unit(TimeLimit.Unit unit) {
        if (unit == null) {
            return "（即时）";
        }
        return switch (unit) {
            case WORKING_DAY -> "个工作日";
            case NATURAL_DAY -> "天";
            case MONTH -> "个月";
        };
    }
}
