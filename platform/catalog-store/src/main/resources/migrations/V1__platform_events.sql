-- What happened on the platform: jurisdictions that became active, were rejected or removed (and later overlays,
-- applications). Written and read only by the event log service; newest first, for all subjects or one.
CREATE TABLE PLATFORM_EVENT (
    ID BIGINT NOT NULL GENERATED ALWAYS AS IDENTITY,
    OCCURRED_AT TIMESTAMP NOT NULL,
    KIND VARCHAR(40) NOT NULL,
    SUBJECT VARCHAR(200) NOT NULL,
    DETAIL CLOB,
    PRIMARY KEY (ID)
);
-- Derby cannot read an ascending index backwards: these serve ORDER BY ID DESC without a sort
CREATE INDEX PLATFORM_EVENT_NEWEST ON PLATFORM_EVENT (ID DESC);
CREATE INDEX PLATFORM_EVENT_SUBJECT ON PLATFORM_EVENT (SUBJECT, ID DESC);
