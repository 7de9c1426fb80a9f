package io.renshe.catalog.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;

import org.junit.jupiter.api.Test;

/** The service scripts docs/operations.md names: bin/status, bin/stop and bin/start of the unpacked distribution. */
class ServiceScriptsIT {

    private final Installed platform = Installed.platform();

    @Test
    void theDistributionShipsItsOperationsSettings() {
        for (String file : new String[] {"etc/io.renshe.limits.cfg", "etc/io.renshe.backup.cfg",
                "etc/org.ops4j.datasource-renshe.cfg", "etc/org.ops4j.pax.web.cfg", "etc/org.ops4j.pax.logging.cfg"}) {
            assertTrue(Files.isRegularFile(platform.home().resolve(file)), file);
        }
    }

    @Test
    void stopAndStartAgainWithTheScripts() throws Exception {
        assertEquals(0, platform.status(), "bin/status: running");
        assertEquals(200, platform.get("/api/health/live").statusCode());
        platform.stop();
        assertNotEquals(0, platform.status(), "bin/status: not running");
        assertThrows(IOException.class, () -> platform.get("/api/health/live"));
        platform.start();
        assertEquals(0, platform.status());
        assertEquals(200, platform.get("/api/health/ready").statusCode());
    }
}
