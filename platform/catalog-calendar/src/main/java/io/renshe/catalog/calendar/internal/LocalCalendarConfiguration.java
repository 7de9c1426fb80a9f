package io.renshe.catalog.calendar.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(
        name = "Renshe local calendar",
        description = "Local non-working and working days of one jurisdiction, on top of the national calendar. "
                + "One configuration per jurisdiction (or per source of local days).")
@interface LocalCalendarConfiguration {

    @AttributeDefinition(name = "Jurisdiction", description = "The administrative division code, six digits (e.g. 341504).")
    String jurisdiction_id();

    @AttributeDefinition(name = "Non-working days", required = false,
            description = "Entries 'yyyy-MM-dd name' (the name is optional); several in one value may be separated by "
                    + "',' or ';'.")
    String[] non_working_days() default {};

    @AttributeDefinition(name = "Working days", required = false,
            description = "Extra working days, 'yyyy-MM-dd name' as above.")
    String[] working_days() default {};
}
