package io.renshe.catalog.calendar.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(
        name = "Renshe working-day calendar",
        description = "The national holidays shipped with the platform, plus the holiday files of an administrator's "
                + "folder, for the years announced after the release.")
@interface CalendarConfiguration {

    @AttributeDefinition(name = "Holiday folder",
            description = "A folder of holiday files YYYY.json in the holiday-cn JSON format. A file adds its year, or "
                    + "replaces the shipped file of the same year. ${name} stands for the system property name; "
                    + "empty, or a property that is not set: no folder.")
    String holidays_folder() default "${karaf.etc}/holidays";

    @AttributeDefinition(name = "Check every (seconds)",
            description = "How often the folder is checked for new, changed or removed files (names, sizes and "
                    + "times only). 0: only when this configuration changes.", min = "0")
    int holidays_check_seconds() default 5;
}
