package io.renshe.catalog.cluster.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Renshe cluster node", description = "This node among the nodes sharing the platform database")
@interface ClusterConfiguration {

    @AttributeDefinition(name = "Node id", description = "The node's name among the nodes; empty: this host's name and "
            + "the HTTP port it serves")
    String node_id() default "";

    @AttributeDefinition(name = "Address", description = "The address administrators and the load balancer reach this "
            + "node at (for example http://10.0.0.5:8181/); empty: the JAX-RS runtime's endpoint")
    String address() default "";

    @AttributeDefinition(name = "Heartbeat (s)", description = "How often the node writes that it is alive and what it "
            + "serves; a node not heard of for three heartbeats is shown as not alive", min = "1", max = "3600")
    int heartbeat_seconds() default 5;
}
