package io.renshe.catalog.rest;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.osgi.service.component.annotations.ComponentPropertyType;

/**
 * Marks a Declarative Services component as a resource of the platform's API: a JAX-RS whiteboard resource of the
 * default application that is served only while the platform's JSON configuration ({@link #JSON}), its problem
 * mapper ({@link #PROBLEMS}), its sign-in filter ({@link #AUTHENTICATION}) and the whiteboard's Jackson provider are
 * present.
 *
 * <pre>
 * &#64;Component(service = OfficeResource.class)
 * &#64;ApiResource
 * &#64;Path("api/offices")
 * &#64;Produces(ApiResource.JSON_UTF8)
 * public final class OfficeResource { … }
 * </pre>
 */
@ComponentPropertyType
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface ApiResource {

    /** The whiteboard name of the platform's shared Jackson configuration (a {@code ContextResolver<ObjectMapper>}). */
    String JSON = "renshe.json";

    /** The whiteboard name of the platform's exception mapper, which answers every error with a problem body. */
    String PROBLEMS = "renshe.problems";

    /**
     * The whiteboard name of the platform's sign-in filter, which signs the request's user in (HTTP Basic against
     * Karaf's JAAS realm) and gives the resources its {@code SecurityContext}; see {@link Access}.
     */
    String AUTHENTICATION = "renshe.authentication";

    /** The media type of every successful answer of the API. */
    String JSON_UTF8 = "application/json;charset=UTF-8";

    /**
     * Registers the component as a JAX-RS whiteboard resource.
     *
     * @return {@code true}
     */
    boolean osgi_jaxrs_resource() default true;

    /**
     * The extensions the resource needs before it is served.
     *
     * @return filters naming the JSON configuration, the problem mapper, the sign-in filter and a JSON provider
     */
    String[] osgi_jaxrs_extension_select() default {
        "(osgi.jaxrs.name=" + JSON + ")",
        "(osgi.jaxrs.name=" + PROBLEMS + ")",
        "(osgi.jaxrs.name=" + AUTHENTICATION + ")",
        "(osgi.jaxrs.media.type=application/json)"
    };
}
