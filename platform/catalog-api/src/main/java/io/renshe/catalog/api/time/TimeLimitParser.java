package io.renshe.catalog.api.time;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Reads a time-limit text as a catalog writes it into its {@link TimeLimit} meaning. An OSGi service, provided by the
 * platform's catalog engine; implementations are pure and stateless, so a caller may keep one.
 */
@ProviderType
public interface TimeLimitParser {

    /**
     * Reads a time-limit text. The same text always gives the same meaning.
     * <p>
     * Whitespace anywhere (as PDF line wrapping leaves it: {@code 自受理材 料起15个 工作日内 办结}), full-width digits,
     * trailing punctuation and surrounding quotes are ignored; numbers may be written in Chinese numerals
     * ({@code 十五个工作日}). A text that names one period counted from the acceptance of the application, such as
     * {@code 15个工作日}, {@code 提速后15个工作日内办结}, {@code 自受理材料起15个工作日内办结},
     * {@code 自受理…申请之日起10日内，对…进行审核认定} or {@code 自企业申请到审核通过，最长不得超过3个月}, is that period.
     * A sentence that is anything else (counted from another event, several cases, a condition) is a
     * {@link TimeLimit.Kind#RULE}.
     *
     * @param text the text as written
     * @return its meaning, with {@code text} kept exactly as given
     * @throws IllegalArgumentException with the reason, when the text is missing or empty, is not Chinese text, names
     *         a number of units outside 1 to 9999, names a unit without a number ({@code 个工作日}), or is a short text
     *         that is none of the known forms ({@code 15个工做日})
     */
    TimeLimit parse(String text);
}
