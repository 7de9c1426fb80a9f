package io.renshe.catalog.application;

/**
 * The person who applies (申请人), as the application form asks for them: name, resident ID number (居民身份证号码, which
 * is also the social security number), phone and address.
 * <p>
 * Personal data: {@link #toString()} is masked, so that a record that reaches a log line by mistake shows no ID or
 * phone number; {@link #masked()} is the view for anybody but the applicant and the handling office.
 *
 * @param name the name as written
 * @param idNumber the 18-character resident ID number; in a masked view only its first four characters are shown
 * @param phone the phone number
 * @param address the address
 */
public record Applicant(String name, String idNumber, String phone, String address) {

    /**
     * The last six characters of the ID number: with the application number, what the applicant proves who they are
     * with.
     *
     * @return the suffix, or {@code ""} for a number shorter than six characters
     */
    public String idSuffix() {
        return idNumber == null || idNumber.length() < 6 ? "" : idNumber.substring(idNumber.length() - 6);
    }

    /**
     * The applicant as anybody but the applicant and the handling office sees them: the name's first character, the
     * ID number's first four characters (never any of the last six), the phone's first three and last four digits,
     * the address's first six characters, the rest replaced by {@code *}.
     *
     * @return a masked copy
     */
    public Applicant masked() {
        return new Applicant(keep(name, 1, 0), keep(idNumber, 4, 0), keep(phone, 3, 4), keep(address, 6, 0));
    }

    private static String keep(String text, int head, int tail) {
        if (text == null) {
            return null;
        }
        int[] points = text.codePoints().toArray();
        if (points.length <= head + tail) {
            return "*".repeat(points.length);
        }
        StringBuilder masked = new StringBuilder();
        for (int i = 0; i < points.length; i++) {
            boolean shown = i < head || i >= points.length - tail;
            if (shown) {
                masked.appendCodePoint(points[i]);
            } else {
                masked.append('*');
            }
        }
        return masked.toString();
    }

    /** Masked: the ID and phone numbers never reach a log line through this record. */
    @Override
    public String toString() {
        Applicant masked = masked();
        return "Applicant[name=" + masked.name + ", idNumber=" + masked.idNumber + ", phone=" + masked.phone
                + ", address=" + masked.address + "]";
    }
}
