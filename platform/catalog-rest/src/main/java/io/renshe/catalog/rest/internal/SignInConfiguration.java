package io.renshe.catalog.rest.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(
        name = "Renshe sign-in",
        description = "HTTP Basic sign-in of the REST API against a JAAS realm of Karaf, and how repeated failures are "
                + "slowed down.")
@interface SignInConfiguration {

    @AttributeDefinition(name = "JAAS realm",
            description = "The JAAS realm users sign in against: karaf holds etc/users.properties; a realm of your own "
                    + "(LDAP …) is configured as docs/offices.md shows.")
    String realm() default "karaf";

    @AttributeDefinition(name = "Free failures",
            description = "Failed sign-ins of one user name, or from one client address, before the next attempts are "
                    + "refused for a while (429 with Retry-After).", min = "0")
    int free_failures() default 3;

    @AttributeDefinition(name = "Longest refusal (seconds)",
            description = "Each failure beyond the free ones doubles the refusal, from 1 s up to this.", min = "1")
    int max_delay_seconds() default 300;

    @AttributeDefinition(name = "Remember a sign-in (seconds)",
            description = "A user name and password that signed in are not checked against the realm again for this "
                    + "long (a password hash such as bcrypt costs about 0.1 s of CPU per check). 0: check every request.",
            min = "0")
    int remember_seconds() default 60;
}
