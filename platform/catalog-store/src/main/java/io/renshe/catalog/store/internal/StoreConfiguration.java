package io.renshe.catalog.store.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(
        name = "Renshe platform database",
        description = "The JDBC database of the platform. Embedded Apache Derby under Karaf's data folder unless told otherwise.")
@interface StoreConfiguration {

    @AttributeDefinition(name = "JDBC URL",
            description = "jdbc:derby:<folder>;create=true for embedded Derby. Empty: ${karaf.data}/renshe/derby.")
    String jdbc_url() default "";

    @AttributeDefinition(name = "User", required = false)
    String user() default "";

    @AttributeDefinition(name = "Password", type = AttributeType.PASSWORD, required = false)
    String password() default "";

    @AttributeDefinition(name = "Pool size", description = "Connections open at most at once (1 to 200).", min = "1", max = "200")
    int pool_size() default 8;

    @AttributeDefinition(name = "Wait for a connection (seconds)",
            description = "How long a caller waits for a free connection before it gets an error.", min = "1")
    int pool_timeout_seconds() default 30;
}
