package io.renshe.catalog.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.renshe.catalog.api.ServiceUnavailableException;
import io.renshe.catalog.api.event.EventLog;
import io.renshe.catalog.api.event.PlatformEvent;
import io.renshe.catalog.api.event.PlatformEvents;
import io.renshe.catalog.store.PlatformDatabase;
import io.renshe.catalog.store.StoreStatus;

/**
 * The platform's event log in the {@code PLATFORM_EVENT} table: the only code that touches it. Platform events reach
 * it through Event Admin; the handler only queues them (Event Admin blacklists a slow handler) and one thread writes
 * them in batches. Events that arrive while the database is down wait in memory, up to {@value #MAX_PENDING}, and are
 * written when it is back; a read first writes what is queued, so a reader sees every event handled before it.
 */
@Component(service = {EventLog.class, EventHandler.class},
        property = EventConstants.EVENT_TOPIC + "=" + PlatformEvents.ALL_TOPICS)
public final class DatabaseEventLog implements EventLog, EventHandler {

    static final int MAX_PENDING = 10_000;
    static final long RETRY_SECONDS = 5;
    static final int KIND_LENGTH = 40;
    static final int SUBJECT_LENGTH = 200;
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseEventLog.class);

    private final StoreStatus status;
    private final ScheduledThreadPoolExecutor writer;
    /** Events not yet written, oldest first; guarded by itself. */
    private final Deque<PlatformEvent> pending = new ArrayDeque<>();
    /** Held while writing, so that one batch is written at a time. */
    private final Object writing = new Object();
    private volatile DataSource database;
    /** Whether the current failure to write was logged; guarded by {@link #writing}. */
    private boolean failureLogged;
    private boolean overflowLogged;

    @Activate
    public DatabaseEventLog(@Reference StoreStatus status) {
        this.status = status;
        this.writer = Workers.start("renshe-event-log");
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            target = "(" + PlatformDatabase.SCHEMA + "=" + PlatformDatabase.PLATFORM_TRACK + ")")
    void bindDatabase(DataSource dataSource) {
        database = dataSource;
        writeLater();
    }

    void unbindDatabase(DataSource dataSource) {
        if (database == dataSource) {
            database = null;
        }
    }

    @Deactivate
    void deactivate() {
        Workers.stop(writer, 10);
        int lost = pendingCount();
        if (lost > 0) {
            LOG.warn("{} platform events were not written: the database was down when the event log stopped", lost);
        }
    }

    @Override
    public void handleEvent(Event event) {
        String topic = event.getTopic();
        Object kind = event.getProperty(PlatformEvents.KIND);
        Object subject = event.getProperty(PlatformEvents.SUBJECT);
        Object detail = event.getProperty(PlatformEvents.DETAIL);
        Object timestamp = event.getProperty(EventConstants.TIMESTAMP);
        String kindText = kind != null ? kind.toString() : topic.substring(topic.lastIndexOf('/') + 1);
        Instant at = timestamp instanceof Long millis ? Instant.ofEpochMilli(millis) : Instant.now();
        add(new PlatformEvent(0, at, truncate(kindText, KIND_LENGTH), truncate(subject == null ? "" : subject.toString(),
                SUBJECT_LENGTH), detail == null ? null : detail.toString()));
        writeLater();
    }

    void add(PlatformEvent event) {
        synchronized (pending) {
            if (pending.size() >= MAX_PENDING) {
                pending.pollFirst();
                if (!overflowLogged) {
                    overflowLogged = true;
                    LOG.warn("More than {} platform events wait for the database: the oldest are dropped", MAX_PENDING);
                }
            }
            pending.addLast(event);
        }
    }

    int pendingCount() {
        synchronized (pending) {
            return pending.size();
        }
    }

    private void writeLater() {
        try {
            writer.execute(this::writeQuietly);
        } catch (RejectedExecutionException stopping) {
            // the log is stopping; deactivate reports what is left
        }
    }

    private void writeQuietly() {
        DataSource dataSource = database;
        if (dataSource == null) {
            return;
        }
        try {
            write(dataSource);
        } catch (SQLException e) {
            // kept in memory; tried again shortly, with the next event, or when the database comes back
            try {
                writer.schedule(this::writeQuietly, RETRY_SECONDS, TimeUnit.SECONDS);
            } catch (RejectedExecutionException stopping) {
                // the log is stopping
            }
        }
    }

    /** Writes the queued events in one transaction; they leave the queue only once committed. */
    void write(DataSource dataSource) throws SQLException {
        synchronized (writing) {
            List<PlatformEvent> batch;
            synchronized (pending) {
                batch = new ArrayList<>(pending);
            }
            if (batch.isEmpty()) {
                return;
            }
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(false);
                try (PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO PLATFORM_EVENT (OCCURRED_AT, KIND, SUBJECT, DETAIL) VALUES (?, ?, ?, ?)")) {
                    for (PlatformEvent event : batch) {
                        insert.setTimestamp(1, Timestamp.from(event.at()));
                        insert.setString(2, event.kind());
                        insert.setString(3, event.subject());
                        insert.setString(4, event.detail());
                        insert.addBatch();
                    }
                    insert.executeBatch();
                    connection.commit();
                } catch (SQLException e) {
                    connection.rollback();
                    throw e;
                } finally {
                    connection.setAutoCommit(true);
                }
            } catch (SQLException e) {
                if (!failureLogged) {
                    failureLogged = true;
                    LOG.warn("Platform events wait in memory: the database cannot be written ({})", e.getMessage());
                }
                throw e;
            }
            failureLogged = false;
            synchronized (pending) {
                for (PlatformEvent written : batch) {
                    if (pending.peekFirst() == written) {
                        pending.pollFirst();
                    }
                }
                overflowLogged = false;
            }
        }
    }

    @Override
    public List<PlatformEvent> recent(String subject, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1: " + limit);
        }
        DataSource dataSource = database;
        if (dataSource == null) {
            throw unavailable(null);
        }
        String sql = "SELECT ID, OCCURRED_AT, KIND, SUBJECT, DETAIL FROM PLATFORM_EVENT"
                + (subject == null ? "" : " WHERE SUBJECT = ?") + " ORDER BY ID DESC FETCH FIRST " + limit + " ROWS ONLY";
        try {
            write(dataSource);
            List<PlatformEvent> events = new ArrayList<>();
            try (Connection connection = dataSource.getConnection(); PreparedStatement query = connection.prepareStatement(sql)) {
                if (subject != null) {
                    query.setString(1, subject);
                }
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        events.add(new PlatformEvent(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
                                rs.getString(4), rs.getString(5)));
                    }
                }
            }
            return events;
        } catch (SQLException e) {
            throw unavailable(e);
        }
    }

    private ServiceUnavailableException unavailable(SQLException e) {
        String reason = status.reason();
        String message = "The event log cannot be read: the platform database is down"
                + (reason != null ? " (" + reason + ")" : e != null ? " (" + e.getMessage() + ")" : "");
        return e == null ? new ServiceUnavailableException(message) : new ServiceUnavailableException(message, e);
    }

    private static String truncate(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }
}
