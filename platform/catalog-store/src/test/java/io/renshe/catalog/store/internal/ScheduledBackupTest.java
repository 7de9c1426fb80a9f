package io.renshe.catalog.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ScheduledBackupTest {

    static BackupConfiguration configuration(Map<String, Object> values) {
        return (BackupConfiguration) Proxy.newProxyInstance(BackupConfiguration.class.getClassLoader(),
                new Class<?>[] {BackupConfiguration.class}, (proxy, method, args) -> {
                    Object value = values.get(method.getName());
                    return value != null ? value : method.getDefaultValue();
                });
    }

    @Test
    void theNextBackupIsTodayOrTomorrowAtItsTime() {
        LocalTime at = LocalTime.of(2, 30);
        assertEquals(Duration.ofMinutes(30), ScheduledBackup.untilNext(at, LocalDateTime.of(2026, 11, 28, 2, 0)));
        assertEquals(Duration.ofHours(24), ScheduledBackup.untilNext(at, LocalDateTime.of(2026, 11, 28, 2, 30)));
        assertEquals(Duration.ofHours(23).plusMinutes(29), ScheduledBackup.untilNext(at, LocalDateTime.of(2026, 11, 28, 3, 1)));
    }

    @Test
    void theSettingsAreCheckedAndTheFolderIsUnderKaraf() {
        ScheduledBackup.Settings shipped = ScheduledBackup.settings(configuration(Map.of()), "/opt/renshe/data", "/opt/renshe");
        assertEquals(new ScheduledBackup.Settings(true, Path.of("/opt/renshe/data/backup"), LocalTime.of(2, 30), 7), shipped);
        assertEquals(Path.of("/opt/renshe/backups"), ScheduledBackup.settings(configuration(Map.of("folder", "backups")),
                "/opt/renshe/data", "/opt/renshe").folder());
        assertEquals(LocalTime.of(23, 59, 30), ScheduledBackup.settings(configuration(Map.of("time", "23:59:30")),
                "/d", "/b").time());
        assertEquals("setting time: '2:30 am' is no time of day HH:mm", assertThrows(IllegalArgumentException.class,
                () -> ScheduledBackup.settings(configuration(Map.of("time", "2:30 am")), "/d", "/b")).getMessage());
        assertEquals("setting keep: 0 is below 1", assertThrows(IllegalArgumentException.class,
                () -> ScheduledBackup.settings(configuration(Map.of("keep", 0)), "/d", "/b")).getMessage());
    }
}
