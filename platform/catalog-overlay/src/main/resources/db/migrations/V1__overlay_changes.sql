-- The overlays of local offices: every change ever made, never updated nor deleted. The overlay of a jurisdiction is
-- the latest change of each of its targets (an entry of a list, a unit, a lock). A revert is a change too.
-- Written and read only by the overlay store (io.renshe.catalog-overlay).

-- The change sequence of the database: a write takes the row's lock (UPDATE) before it numbers its changes, so ids
-- increase in the order changes are committed, on every node sharing the database (the change feed of issue 12
-- reads ID > the last id it has seen).
CREATE TABLE OVERLAY_SEQUENCE (
    NAME VARCHAR(20) NOT NULL,
    LAST_ID BIGINT NOT NULL,
    PRIMARY KEY (NAME)
);
INSERT INTO OVERLAY_SEQUENCE (NAME, LAST_ID) VALUES ('change', 0);

-- ACTION: put-entry, hide-entry, restore-entry, add-unit, remove-unit, lock, unlock.
-- LIST_ID and TARGET: the list and the entry's seq; or the unit's name; or the locked item's id (FIELD: its field).
-- PREVIOUS: the change that was the target's latest before this one (what a revert goes back to).
-- REPLACES: 1 when the entry was in the list as the bundles make it when an office first changed it.
-- BEFORE_STATE, AFTER_STATE: JSON of the target before and after (an entry in the shape of a catalog file).
-- BUNDLE_VERSION: the version of the jurisdiction's bundle then, for the diffs between versions to come.
CREATE TABLE OVERLAY_CHANGE (
    ID BIGINT NOT NULL,
    BATCH BIGINT NOT NULL,
    JURISDICTION VARCHAR(20) NOT NULL,
    ACTION VARCHAR(20) NOT NULL,
    LIST_ID VARCHAR(100),
    TARGET VARCHAR(200) NOT NULL,
    FIELD VARCHAR(40),
    PREVIOUS BIGINT,
    REVERTS BIGINT,
    REPLACES SMALLINT NOT NULL,
    BEFORE_STATE CLOB,
    AFTER_STATE CLOB,
    AUTHOR VARCHAR(200) NOT NULL,
    CHANGED_AT TIMESTAMP NOT NULL,
    REASON VARCHAR(2000) NOT NULL,
    BUNDLE_VERSION VARCHAR(100),
    PRIMARY KEY (ID)
);
-- a jurisdiction's history, newest first, without a sort
CREATE INDEX OVERLAY_CHANGE_HISTORY ON OVERLAY_CHANGE (JURISDICTION, ID DESC);
