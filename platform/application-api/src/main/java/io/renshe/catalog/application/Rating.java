package io.renshe.catalog.application;

import java.time.Instant;

/**
 * The applicant's rating of the service (好差评), given once after the application is completed.
 *
 * @param score 5 非常满意, 4 满意, 3 基本满意, 2 不满意, 1 非常不满意
 * @param label the score's label
 * @param comment the applicant's comment, or {@code null}
 * @param at when
 * @param followUp {@code true} for a poor rating (1 or 2, 差评), which is flagged for follow-up to the units
 */
public record Rating(int score, String label, String comment, Instant at, boolean followUp) {

    /** The labels of the scores 1 to 5. */
    public static String label(int score) {
        return switch (score) {
            case 5 -> "非常满意";
            case 4 -> "满意";
            case 3 -> "基本满意";
            case 2 -> "不满意";
            case 1 -> "非常不满意";
            default -> throw new IllegalArgumentException("a score is 1 to 5: " + score);
        };
    }
}
