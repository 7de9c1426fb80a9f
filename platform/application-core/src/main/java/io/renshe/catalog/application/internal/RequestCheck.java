package io.renshe.catalog.application.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import io.renshe.catalog.api.Material;
import io.renshe.catalog.application.Applicant;
import io.renshe.catalog.application.ApplicationError;
import io.renshe.catalog.application.MaterialNeed;
import io.renshe.catalog.application.MaterialUpload;

/**
 * The checks of an application that need no catalog: the applicant, the materials, the text of the office's
 * actions. Each problem is an {@link ApplicationError} with a code and a pointer; none quotes personal data.
 */
final class RequestCheck {

    static final int NAME_LENGTH = 50;
    static final int ADDRESS_LENGTH = 200;
    static final int MATERIAL_NAME_LENGTH = 200;
    static final int NOTE_LENGTH = 1000;
    static final int COMMENT_LENGTH = 500;

    /** A mainland phone number: 7 to 20 digits, with {@code +}, {@code -}, spaces or brackets between them. */
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()\\-]{5,18}[0-9]");

    private RequestCheck() {
    }

    /** Every problem of the applicant; the applicant normalised (ID number upper-cased, values stripped). */
    static Applicant applicant(Applicant given, LocalDate today, List<ApplicationError> errors) {
        if (given == null) {
            errors.add(ApplicationError.of("missing-value", "请填写申请人信息（姓名、居民身份证号码、联系电话、联系地址）",
                    "/applicant"));
            return null;
        }
        String name = strip(given.name());
        String id = IdNumbers.normalise(given.idNumber());
        String phone = strip(given.phone());
        String address = strip(given.address());
        text(name, "申请人姓名", NAME_LENGTH, "/applicant/name", errors);
        String idProblem = IdNumbers.problem(id, today);
        if (idProblem != null) {
            errors.add(ApplicationError.of(id == null || id.isEmpty() ? "missing-value" : "invalid-id-number", idProblem,
                    "/applicant/idNumber"));
        }
        if (phone == null || phone.isEmpty()) {
            errors.add(ApplicationError.of("missing-value", "请填写联系电话", "/applicant/phone"));
        } else if (!PHONE.matcher(phone).matches() || phone.replaceAll("[^0-9]", "").length() < 7) {
            errors.add(ApplicationError.of("invalid-phone", "联系电话应为7至20位数字（可含区号分隔符 -）", "/applicant/phone"));
        }
        text(address, "联系地址", ADDRESS_LENGTH, "/applicant/address", errors);
        return new Applicant(name, id, phone, address);
    }

    /** Whether the applicant's ID number is a resident ID number (pre-checks need one). */
    static boolean validId(Applicant applicant, LocalDate today) {
        return applicant != null && IdNumbers.problem(applicant.idNumber(), today) == null;
    }

    private static void text(String value, String what, int max, String pointer, List<ApplicationError> errors) {
        if (value == null || value.isEmpty()) {
            errors.add(ApplicationError.of("missing-value", "请填写" + what, pointer));
        } else if (value.length() > max) {
            errors.add(ApplicationError.of("too-long", what + "最多" + max + "个字", pointer));
        }
    }

    /**
     * The materials of several items, each name once (存在重复申报资料的，仅需提交一份): required if any item requires
     * it, the first note given.
     *
     * @param materials each item's materials, by item id in the order applied for
     */
    static List<MaterialNeed> needs(Map<String, List<Material>> materials) {
        Map<String, MaterialNeed> needs = new LinkedHashMap<>();
        materials.forEach((item, list) -> {
            for (Material material : list) {
                String key = key(material.name());
                MaterialNeed known = needs.get(key);
                if (known == null) {
                    needs.put(key, new MaterialNeed(material.name(), material.required(), material.note(), List.of(item)));
                } else {
                    List<String> items = new ArrayList<>(known.items());
                    if (!items.contains(item)) {
                        items.add(item);
                    }
                    needs.put(key, new MaterialNeed(known.name(), known.required() || material.required(),
                            known.note() != null ? known.note() : material.note(), items));
                }
            }
        });
        return List.copyOf(needs.values());
    }

    /**
     * Every problem of the uploaded materials: a missing name or content, a name given twice, too many, too long.
     *
     * @param pointer where the materials are in the request ({@code /materials})
     */
    static void uploads(List<MaterialUpload> uploads, int maxCount, int maxCharacters, String pointer,
            List<ApplicationError> errors) {
        if (uploads.size() > maxCount) {
            errors.add(ApplicationError.of("too-many-materials", "一次最多提交" + maxCount + "份材料，收到" + uploads.size()
                    + "份", pointer));
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < uploads.size(); i++) {
            MaterialUpload upload = uploads.get(i);
            String at = pointer + "/" + i;
            if (upload == null) {
                errors.add(ApplicationError.of("missing-value", "材料不能为空", at));
                continue;
            }
            String name = strip(upload.name());
            if (name == null || name.isEmpty()) {
                errors.add(ApplicationError.of("missing-value", "请填写材料名称", at + "/name"));
            } else if (name.length() > MATERIAL_NAME_LENGTH) {
                errors.add(ApplicationError.of("too-long", "材料名称最多" + MATERIAL_NAME_LENGTH + "个字", at + "/name"));
            } else if (!names.add(key(name))) {
                errors.add(ApplicationError.of("duplicate-material", "材料“" + name + "”提交了两次：同一材料仅需提交一份",
                        at + "/name"));
            }
            if (upload.content() == null || upload.content().isBlank()) {
                errors.add(ApplicationError.of("missing-value", "材料“" + (name == null ? "" : name) + "”没有内容",
                        at + "/content"));
            } else if (upload.content().length() > maxCharacters) {
                errors.add(ApplicationError.of("material-too-large", "材料“" + name + "”超过" + maxCharacters
                        + "个字符的上限（" + upload.content().length() + "个字符）", at + "/content"));
            }
        }
    }

    /** Whether one of the uploads carries a material. */
    static boolean provides(List<MaterialUpload> uploads, String material) {
        String wanted = key(material);
        return uploads.stream().anyMatch(u -> u != null && key(u.name()).equals(wanted) && u.content() != null
                && !u.content().isBlank());
    }

    /** The problems of an office's text: a reason or a note. */
    static String note(String value, String what, boolean required, String pointer, List<ApplicationError> errors) {
        String text = strip(value);
        if (text == null || text.isEmpty()) {
            if (required) {
                errors.add(ApplicationError.of("missing-value", what + " is required", pointer));
            }
            return null;
        }
        if (text.length() > NOTE_LENGTH) {
            errors.add(ApplicationError.of("too-long", what + " has at most " + NOTE_LENGTH + " characters", pointer));
        }
        return text;
    }

    /** A material's name as compared: spaces ignored, full- and half-width brackets alike. */
    static String key(String name) {
        return CatalogItem.normalise(name);
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }
}
