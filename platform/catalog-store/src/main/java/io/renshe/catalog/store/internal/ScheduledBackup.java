package io.renshe.catalog.store.internal;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.renshe.catalog.store.DatabaseMaintenance;

/**
 * Backs the embedded Derby database up every day at the configured time ({@code etc/io.renshe.backup.cfg}) and keeps
 * the newest backups of the folder. On PostgreSQL it does nothing but say so once: back PostgreSQL up with its own
 * tools. A backup that fails is logged and tried again the next day; the platform goes on.
 */
@Component(service = {}, configurationPid = ScheduledBackup.PID, immediate = true)
@Designate(ocd = BackupConfiguration.class)
public final class ScheduledBackup {

    static final String PID = "io.renshe.backup";
    private static final Logger LOG = LoggerFactory.getLogger(ScheduledBackup.class);

    private final DatabaseMaintenance maintenance;
    private final ScheduledThreadPoolExecutor worker = Workers.start("renshe-backup");
    private ScheduledFuture<?> next;
    private volatile Settings settings;
    private boolean saidNotDerby;

    /** The checked configuration. */
    record Settings(boolean enabled, Path folder, LocalTime time, int keep) {
    }

    @Activate
    public ScheduledBackup(@Reference DatabaseMaintenance maintenance, BackupConfiguration configuration) {
        this.maintenance = maintenance;
        modified(configuration);
    }

    @Modified
    synchronized void modified(BackupConfiguration configuration) {
        if (next != null) {
            next.cancel(false);
            next = null;
        }
        try {
            settings = settings(configuration, System.getProperty("karaf.data"), System.getProperty("karaf.base"));
        } catch (IllegalArgumentException e) {
            settings = null;
            LOG.error("Scheduled backups are off: {} in etc/{}.cfg", e.getMessage(), PID);
            return;
        }
        if (settings.enabled()) {
            schedule();
            LOG.info("Scheduled backups: every day at {} into {}, the newest {} kept", settings.time(), settings.folder(),
                    settings.keep());
        }
    }

    @Deactivate
    void deactivate() {
        Workers.stop(worker, 60);
    }

    /** The settings checked: the folder defaults to {@code <karaf.data>/backup}, a relative one is below Karaf's base. */
    static Settings settings(BackupConfiguration c, String karafData, String karafBase) {
        LocalTime time;
        try {
            time = LocalTime.parse(c.time().strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("setting time: '" + c.time() + "' is no time of day HH:mm");
        }
        if (c.keep() < 1) {
            throw new IllegalArgumentException("setting keep: " + c.keep() + " is below 1");
        }
        String folder = c.folder() == null ? "" : c.folder().strip();
        Path path = folder.isEmpty() ? Paths.get(karafData == null ? "data" : karafData, "backup") : Paths.get(folder);
        if (!path.isAbsolute() && karafBase != null) {
            path = Paths.get(karafBase).resolve(path);
        }
        return new Settings(c.enabled(), path.toAbsolutePath().normalize(), time, c.keep());
    }

    /** How long from {@code now} until the next {@code time} of day (tomorrow's when it is past today). */
    static Duration untilNext(LocalTime time, LocalDateTime now) {
        LocalDateTime at = now.toLocalDate().atTime(time);
        if (!at.isAfter(now)) {
            at = at.plusDays(1);
        }
        return Duration.between(now, at);
    }

    private synchronized void schedule() {
        Settings s = settings;
        if (s == null || !s.enabled() || worker.isShutdown()) {
            return;
        }
        next = worker.schedule(this::run, untilNext(s.time(), LocalDateTime.now()).toMillis(), TimeUnit.MILLISECONDS);
    }

    private void run() {
        Settings s = settings;
        try {
            if (s != null && s.enabled()) {
                backUp(s);
            }
        } finally {
            schedule();
        }
    }

    private void backUp(Settings s) {
        try {
            DatabaseMaintenance.Backup backup = maintenance.backup(s.folder());
            List<Path> removed = DerbyBackup.prune(s.folder(), s.keep());
            saidNotDerby = false;
            LOG.info("Scheduled backup written: {} ({} MB){}", backup.folder(), backup.bytes() / (1024 * 1024),
                    removed.isEmpty() ? "" : "; older backups removed: " + removed);
        } catch (IllegalStateException e) {
            if (e.getMessage() != null && e.getMessage().startsWith("only embedded Derby")) {
                if (!saidNotDerby) {
                    LOG.info("Scheduled backup skipped: {}", e.getMessage());
                    saidNotDerby = true;
                }
            } else {
                LOG.error("Scheduled backup failed, tried again tomorrow: {}", e.getMessage());
            }
        } catch (Exception e) {
            LOG.error("Scheduled backup into {} failed, tried again tomorrow", s.folder(), e);
        }
    }
}
