package io.renshe.catalog.application.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(
        name = "Renshe applications",
        description = "How applications are checked and handled: the time zone of their days, the limits of the "
                + "materials they carry, how often decisions are offered again to item plug-ins that failed or were "
                + "absent.")
@interface ApplicationConfiguration {

    @AttributeDefinition(name = "Time zone",
            description = "The zone whose calendar days are the days of submission, acceptance and decision.")
    String zone() default "Asia/Shanghai";

    @AttributeDefinition(name = "Largest material (characters)",
            description = "The longest content of one material, in characters (a file sent as base64 takes 4 "
                    + "characters per 3 bytes). A longer one is refused with the application's other problems.",
            min = "1")
    int material_max_characters() default 4_194_304;

    @AttributeDefinition(name = "Materials per submission",
            description = "The most materials one application or resubmission may carry.", min = "1")
    int materials_max_count() default 20;

    @AttributeDefinition(name = "Decisions offered again every (seconds)",
            description = "How often decisions that an item plug-in failed to take, or that waited for an absent "
                    + "plug-in, are offered again.", min = "1")
    int decisions_retry_seconds() default 30;
}
