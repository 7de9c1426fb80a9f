-- The nodes that share this database, one row each, written by the node itself on every heartbeat
-- (io.renshe.catalog-cluster). Instants as milliseconds since the epoch, by the node's clock.
-- SERVED: JSON object of the jurisdictions the node serves, id -> "version status" (e.g. "1.0.0 active").
CREATE TABLE CLUSTER_NODE (
    NODE_ID VARCHAR(200) NOT NULL,
    ADDRESS VARCHAR(500),
    PLATFORM_VERSION VARCHAR(100),
    STARTED_AT BIGINT NOT NULL,
    SEEN_AT BIGINT NOT NULL,
    SERVED CLOB,
    PRIMARY KEY (NODE_ID)
);
