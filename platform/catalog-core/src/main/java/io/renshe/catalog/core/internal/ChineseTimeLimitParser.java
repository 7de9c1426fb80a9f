package io.renshe.catalog.core.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.osgi.service.component.annotations.Component;

import io.renshe.catalog.api.time.TimeLimit;
import io.renshe.catalog.api.time.TimeLimit.Kind;
import io.renshe.catalog.api.time.TimeLimit.Unit;
import io.renshe.catalog.api.time.TimeLimitParser;

/**
 * Reads time-limit texts as the Chinese documents write them: stateless, no I/O, the same text always gives the same
 * meaning. The catalog loader uses it directly; other bundles get it as the {@link TimeLimitParser} service.
 */
@Component(service = TimeLimitParser.class)
public final class ChineseTimeLimitParser implements TimeLimitParser {

    /** The largest number of units a limit may name. */
    static final int MAX_AMOUNT = 9999;

    /** A text without a computable part is a rule only if it is a sentence: this long, or with a clause mark. */
    private static final int MIN_RULE_LENGTH = 8;

    private static final Map<String, Kind> WORDS = Map.of(
            "无", Kind.NONE,
            "未提速", Kind.NOT_ACCELERATED,
            "未办理", Kind.NOT_OFFERED);

    /** Whole texts that mean the same day. */
    private static final Set<String> IMMEDIATE = Set.of(
            "即办", "即办件", "即时办", "即时办结", "即时办理", "即来即办", "立即办结", "立等可取",
            "当场办", "当场办结", "当场办理", "当日办结", "当天办结");

    /** Words that, inside a rule, name a completion the same day. */
    private static final List<String> IMMEDIATE_IN_RULE = List.of(
            "即办", "即时办", "即来即办", "立即办结", "立等可取", "当场办", "当日办结", "当天办结");

    private static final String NUMERALS = "零〇一二两三四五六七八九十百千";

    /** A number and a unit, not after another digit or numeral (so {@code 15日} is not read as {@code 5日}). */
    private static final Pattern PERIOD = Pattern.compile(
            "(?<![0-9" + NUMERALS + "])([0-9]+|[" + NUMERALS + "]+)(个?工作日|个?自然日|个(?:自然)?月|天|日)");

    /** Before these, {@code N日} is a day of a month ({@code 每月1至15日}, {@code 5月15日}), not a period. */
    private static final String DAY_OF_MONTH_AFTER = "至到月~～-—";

    /** Unit words that must follow a number wherever they stand. */
    private static final Pattern UNIT_WORD = Pattern.compile("工作日|自然日|(?<![每几整])个月");

    /** Qualifiers between the start of the period and its number: 最长不得超过3个月. */
    private static final Pattern QUALIFIER = Pattern.compile("(?:最长不得超过|最长不超过|不得超过|不超过|最长|最多|在)$");

    /** What may follow a plain period: 内, 内办结, 以内完成 …, or 内， and what is done within it. */
    private static final Pattern PLAIN_SUFFIX = Pattern.compile(
            "(?:以内|内)?(?:办结|完成|办理完毕|办完|办理)?|(?:以内|内)[，,].+");

    private static final String TRAILING = "。．.；;，,、！!";
    private static final String QUOTES = "“”\"'‘’「」『』";
    private static final String CLAUSE_MARKS = "，,；;：:。";


    /** A period found in the text: where, how many and of what. */
    private record Period(int start, int end, int amount, Unit unit) {
        double approximateDays() {
            return switch (unit) {
                case WORKING_DAY -> amount * 7.0 / 5.0;
                case NATURAL_DAY -> amount;
                case MONTH -> amount * 30.44;
            };
        }
    }

    @Override
    public TimeLimit parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("time limit is missing");
        }
        String n = normalise(text);
        if (n.isEmpty()) {
            throw new IllegalArgumentException("time limit is empty");
        }
        Kind word = WORDS.get(n);
        if (word != null) {
            return new TimeLimit(text, word, null, null);
        }
        if (IMMEDIATE.contains(n)) {
            return new TimeLimit(text, Kind.IMMEDIATE, 0, null);
        }
        List<Period> periods = periods(text, n);
        checkUnitWords(text, n, periods);
        if (periods.size() == 1 && plain(n, periods.get(0))) {
            Period p = periods.get(0);
            return new TimeLimit(text, kindOf(p.unit()), p.amount(), p.unit());
        }
        if (n.codePoints().noneMatch(ChineseTimeLimitParser::isChinese)) {
            throw cannotRead(text, "it is not Chinese text");
        }
        boolean immediatePart = IMMEDIATE_IN_RULE.stream().anyMatch(n::contains);
        if (periods.isEmpty() && !immediatePart && n.length() < MIN_RULE_LENGTH
                && n.chars().noneMatch(c -> CLAUSE_MARKS.indexOf(c) >= 0)) {
            throw cannotRead(text, "it is none of the known forms and too short to be a rule");
        }
        Period longest = null;
        for (Period p : periods) {
            if (longest == null || p.approximateDays() > longest.approximateDays()) {
                longest = p;
            }
        }
        if (longest != null) {
            return new TimeLimit(text, Kind.RULE, longest.amount(), longest.unit());
        }
        return new TimeLimit(text, Kind.RULE, immediatePart ? 0 : null, null);
    }

    /** Drops whitespace, trailing punctuation and surrounding quotes; turns full-width digits into ASCII ones. */
    static String normalise(String text) {
        StringBuilder b = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF') {
                return;
            }
            b.appendCodePoint(c >= '０' && c <= '９' ? c - '０' + '0' : c);
        });
        int start = 0;
        int end = b.length();
        boolean changed = true;
        while (changed && start < end) {
            changed = false;
            if (TRAILING.indexOf(b.charAt(end - 1)) >= 0 || QUOTES.indexOf(b.charAt(end - 1)) >= 0) {
                end--;
                changed = true;
            } else if (QUOTES.indexOf(b.charAt(start)) >= 0) {
                start++;
                changed = true;
            }
        }
        return b.substring(start, end);
    }

    private static List<Period> periods(String text, String n) {
        List<Period> periods = new ArrayList<>();
        Matcher m = PERIOD.matcher(n);
        while (m.find()) {
            if (m.group(2).equals("日") && m.start() > 0 && DAY_OF_MONTH_AFTER.indexOf(n.charAt(m.start() - 1)) >= 0) {
                continue;
            }
            int amount = number(text, m.group(1));
            if (amount < 1) {
                throw cannotRead(text, "\"" + m.group() + "\" names no time: write 即办 for the same day");
            }
            if (amount > MAX_AMOUNT) {
                throw cannotRead(text, "\"" + m.group() + "\" is more than " + MAX_AMOUNT + " units");
            }
            String unit = m.group(2);
            Unit u = unit.endsWith("工作日") ? Unit.WORKING_DAY : unit.endsWith("月") ? Unit.MONTH : Unit.NATURAL_DAY;
            periods.add(new Period(m.start(), m.end(), amount, u));
        }
        return periods;
    }

    /** A unit word that no period covers lacks its number: 个工作日, 若干工作日. */
    private static void checkUnitWords(String text, String n, List<Period> periods) {
        Matcher m = UNIT_WORD.matcher(n);
        while (m.find()) {
            int at = m.start();
            if (periods.stream().noneMatch(p -> p.start() <= at && at < p.end())) {
                throw cannotRead(text, "no number before \"" + m.group() + "\"");
            }
        }
    }

    /** One period counted from the acceptance (or the application), with nothing else but what is done within it. */
    private static boolean plain(String n, Period p) {
        if (!PLAIN_SUFFIX.matcher(n.substring(p.end())).matches()) {
            return false;
        }
        String prefix = QUALIFIER.matcher(n.substring(0, p.start())).replaceFirst("");
        while (!prefix.isEmpty() && "，,".indexOf(prefix.charAt(prefix.length() - 1)) >= 0) {
            prefix = prefix.substring(0, prefix.length() - 1);
        }
        if (prefix.startsWith("提速后")) {
            prefix = prefix.substring("提速后".length());
        }
        return prefix.isEmpty() || prefix.startsWith("自") && (prefix.contains("受理") || prefix.contains("申请"));
    }

    private static Kind kindOf(Unit unit) {
        return switch (unit) {
            case WORKING_DAY -> Kind.WORKING_DAYS;
            case NATURAL_DAY -> Kind.NATURAL_DAYS;
            case MONTH -> Kind.MONTHS;
        };
    }

    /** An ASCII number, or one in Chinese numerals below 10000 (十五, 二十, 四十五, 一百零五, 两). */
    static int number(String text, String digits) {
        if (Character.isDigit(digits.charAt(0))) {
            return digits.length() > 6 ? Integer.MAX_VALUE : Integer.parseInt(digits);
        }
        int total = 0;
        int digit = -1;
        int lastUnit = Integer.MAX_VALUE;
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            int unit = c == '十' ? 10 : c == '百' ? 100 : c == '千' ? 1000 : 0;
            if (unit == 0) {
                if (digit > 0) {
                    throw cannotRead(text, "cannot read the number \"" + digits + "\"");
                }
                digit = "零一二三四五六七八九".indexOf(c == '〇' ? '零' : c == '两' ? '二' : c);
                continue;
            }
            if (unit >= lastUnit) {
                throw cannotRead(text, "cannot read the number \"" + digits + "\"");
            }
            total += (digit < 0 ? 1 : digit) * unit;
            lastUnit = unit;
            digit = -1;
        }
        return total + Math.max(digit, 0);
    }

    private static boolean isChinese(int c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    private static IllegalArgumentException cannotRead(String text, String reason) {
        return new IllegalArgumentException("cannot read time limit \"" + text + "\": " + reason
                + " (expected 即办, N个工作日, N日, N个月, 无, 未提速, 未办理, or a sentence stating a rule)");
    }
}
