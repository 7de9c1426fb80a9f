package io.renshe.plugins.example;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;

import org.osgi.service.component.annotations.Component;

import io.renshe.catalog.application.spi.ItemPlugin;
import io.renshe.catalog.application.spi.Precheck;
import io.renshe.catalog.application.spi.Refusal;

/**
 * A minimal item plug-in (docs/plugins.md): 就业登记 (2.4.2) asks for the employer and the first day of work, and
 * refuses a first day that lies ahead. The materials stay the catalog's.
 */
@Component(property = ItemPlugin.ITEMS + "=2.4.2")
public final class EmploymentRegistration implements ItemPlugin {

    static final String ITEM = "2.4.2";

    @Override
    public String form(String item) {
        return """
                {"$schema": "https://json-schema.org/draft/2020-12/schema",
                 "title": "就业登记", "type": "object", "additionalProperties": false,
                 "properties": {
                   "employer": {"title": "用人单位", "type": "string", "minLength": 1, "maxLength": 100},
                   "startDate": {"title": "入职日期", "type": "string", "format": "date"}},
                 "required": ["employer", "startDate"]}""";
    }

    @Override
    public List<Refusal> precheck(Precheck precheck) {
        if (!precheck.items().contains(ITEM)) {
            return List.of();
        }
        Object start = precheck.answers(ITEM).get("startDate");
        try {
            if (start instanceof String text && LocalDate.parse(text).isAfter(precheck.today())) {
                return List.of(new Refusal(ITEM, "start-date-ahead", "入职日期（" + text + "）晚于申请日，入职后再办理就业登记"));
            }
        } catch (DateTimeException e) {
            // the form's "format": "date" already refuses it
        }
        return List.of();
    }
}
