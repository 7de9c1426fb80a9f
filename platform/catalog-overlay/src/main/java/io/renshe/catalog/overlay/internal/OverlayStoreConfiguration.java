package io.renshe.catalog.overlay.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Renshe overlay store", description = "The offices' changes kept in the platform database")
@interface OverlayStoreConfiguration {

    @AttributeDefinition(name = "Change feed interval (ms)", description = "How often the store reads the changes that "
            + "other nodes on the same database wrote (a query of the change ids above the last one read); 0 reads "
            + "them only before a write of this node", min = "0")
    long poll_millis() default 500;
}
