package io.renshe.catalog.application.rest.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Renshe applications over HTTP",
        description = "Limits of the request bodies of the application endpoints.")
@interface RestConfiguration {

    @AttributeDefinition(name = "Largest request body (bytes)",
            description = "A larger body of POST /api/applications or of a resubmission is answered 413 before it is "
                    + "read whole. Room for the materials the application service takes (etc/io.renshe.application.cfg: "
                    + "materials.max.count × material.max.characters).", min = "1024")
    long body_max_bytes() default 96L * 1024 * 1024;
}
