package io.renshe.catalog.application;

/**
 * How many ratings of each score (好差评).
 *
 * @param verySatisfied 5 非常满意
 * @param satisfied 4 满意
 * @param basicallySatisfied 3 基本满意
 * @param dissatisfied 2 不满意
 * @param veryDissatisfied 1 非常不满意
 */
public record RatingCounts(int verySatisfied, int satisfied, int basicallySatisfied, int dissatisfied,
        int veryDissatisfied) {

    /** The count of a score, 1 to 5. */
    public int of(int score) {
        return switch (score) {
            case 5 -> verySatisfied;
            case 4 -> satisfied;
            case 3 -> basicallySatisfied;
            case 2 -> dissatisfied;
            case 1 -> veryDissatisfied;
            default -> throw new IllegalArgumentException("a score is 1 to 5: " + score);
        };
    }
}
