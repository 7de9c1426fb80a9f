package io.renshe.catalog.api.time;

import java.util.Objects;

/**
 * A time limit (办结时限) as a catalog writes it, with its meaning.
 * <p>
 * The meanings are: immediate (即办, 即时办结, 立等可取 …: the same day), a number of working days
 * (15个工作日, 自受理材料起15个工作日内办结), of natural days (自受理…之日起10日内) or of months (最长不得超过3个月), none (无),
 * not accelerated (未提速: the limit before acceleration still applies, see {@link #effective(TimeLimit)}), not offered
 * (未办理), and a rule (按季度发放，季后10个工作日内办结), which is kept as text together with the part of it that can
 * be computed. The {@link TimeLimitParser} service reads a text; the text is always kept exactly as given.
 * <p>
 * {@code amount} and {@code unit} hold what can be computed: N and its unit for a period, 0 and no unit for immediate
 * (the same day), and for a rule the longest period it names (or 0 when it only names an immediate completion), or
 * nothing when no part of it can be computed.
 *
 * @param text the text exactly as written
 * @param kind what the text means
 * @param amount the number of units; {@code 0} for the same day; {@code null} when nothing can be computed
 * @param unit the unit of {@code amount}; {@code null} when {@code amount} is {@code null} or {@code 0}
 */
public record TimeLimit(String text, Kind kind, Integer amount, Unit unit) {

    /** What a time-limit text means. */
    public enum Kind {
        /** Done the same day: 即办, 即时办结, 立等可取, 当场办结 … ({@code amount} 0). */
        IMMEDIATE,
        /** N working days after the acceptance day: 15个工作日, 自受理材料起15个工作日内办结. */
        WORKING_DAYS,
        /** N calendar days after the acceptance day: 10日内, 30天, 15个自然日. */
        NATURAL_DAYS,
        /** N calendar months after the acceptance day: 3个月, 最长不得超过3个月. */
        MONTHS,
        /** No time limit (无). */
        NONE,
        /** 未提速: the limit after acceleration is the limit before it. */
        NOT_ACCELERATED,
        /** 未办理: the item is not handled here. */
        NOT_OFFERED,
        /** A rule in words, kept as text, with the part of it that can be computed if any. */
        RULE
    }

    /** The unit of a computable period. */
    public enum Unit {
        /** A working day of the jurisdiction's calendar. */
        WORKING_DAY,
        /** A calendar day. */
        NATURAL_DAY,
        /** A calendar month; a day missing in a shorter month is the month's last day. */
        MONTH
    }

    /**
     * Checks that the meaning is consistent.
     *
     * @throws IllegalArgumentException when {@code amount} or {@code unit} do not fit {@code kind}
     */
    public TimeLimit {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        if (amount != null && amount < 0) {
            throw new IllegalArgumentException("amount must not be negative: " + amount);
        }
        if ((unit == null) != (amount == null || amount == 0)) {
            throw new IllegalArgumentException("a unit goes with an amount of at least 1, and only then: "
                    + amount + " " + unit);
        }
        boolean fits = switch (kind) {
            case IMMEDIATE -> amount != null && amount == 0;
            case WORKING_DAYS -> unit == Unit.WORKING_DAY;
            case NATURAL_DAYS -> unit == Unit.NATURAL_DAY;
            case MONTHS -> unit == Unit.MONTH;
            case NONE, NOT_ACCELERATED, NOT_OFFERED -> amount == null;
            case RULE -> true;
        };
        if (!fits) {
            throw new IllegalArgumentException(kind + " does not take " + amount + " " + unit);
        }
    }

    /**
     * Whether a due date can be computed from this limit: immediate, a period, or a rule with a computable part.
     *
     * @return {@code true} when {@code amount} is set
     */
    public boolean computable() {
        return amount != null;
    }

    /**
     * The limit that applies when this is a limit after acceleration (提速后) and {@code before} the limit before it:
     * {@code before} when this is {@link Kind#NOT_ACCELERATED}, otherwise this.
     *
     * @param before the limit before acceleration (当前规定的办结时限), may be {@code null}
     * @return the limit in force
     */
    public TimeLimit effective(TimeLimit before) {
        return kind == Kind.NOT_ACCELERATED && before != null ? before : this;
    }
}
