package io.renshe.catalog.application.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Resident ID numbers (公民身份号码, GB 11643-1999): 17 digits (region, birth date yyyyMMdd, sequence) and a check
 * character (ISO 7064 MOD 11-2, {@code X} for 10). Never put a number in a message.
 */
final class IdNumbers {

    private static final Pattern FORM = Pattern.compile("\\d{17}[0-9X]");
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = "10X98765432".toCharArray();
    private static final DateTimeFormatter BIRTH = DateTimeFormatter.ofPattern("uuuuMMdd", Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT);

    private IdNumbers() {
    }

    /** The number as stored: trimmed, with an {@code x} check character upper-cased. */
    static String normalise(String idNumber) {
        return idNumber == null ? null : idNumber.strip().toUpperCase(Locale.ROOT);
    }

    /**
     * Why a number is no resident ID number, without the number; {@code null} when it is one.
     *
     * @param idNumber a normalised number
     * @param today the day a birth date may not be after
     */
    static String problem(String idNumber, LocalDate today) {
        if (idNumber == null || idNumber.isEmpty()) {
            return "请填写居民身份证号码";
        }
        if (!FORM.matcher(idNumber).matches()) {
            return "居民身份证号码应为18位：17位数字和1位校验码（数字或X）";
        }
        LocalDate birth;
        try {
            birth = LocalDate.parse(idNumber.substring(6, 14), BIRTH);
        } catch (DateTimeException e) {
            return "居民身份证号码中的出生日期不是有效日期";
        }
        if (birth.getYear() < 1900 || birth.isAfter(today)) {
            return "居民身份证号码中的出生日期不在有效范围内";
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (idNumber.charAt(i) - '0') * WEIGHTS[i];
        }
        if (CHECK[sum % 11] != idNumber.charAt(17)) {
            return "居民身份证号码的校验码不正确";
        }
        return null;
    }
}
