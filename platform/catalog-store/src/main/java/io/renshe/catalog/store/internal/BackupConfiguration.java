package io.renshe.catalog.store.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Scheduled backups of embedded Derby, {@code etc/io.renshe.backup.cfg}. */
@ObjectClassDefinition(name = "Renshe scheduled backups",
        description = "A backup of the embedded Derby database every day at a time, the newest kept")
@interface BackupConfiguration {

    @AttributeDefinition(description = "Whether the backups run")
    boolean enabled() default true;

    @AttributeDefinition(description = "The folder below which each backup is a new folder renshe-<yyyyMMdd-HHmmss>; "
            + "empty: <karaf.data>/backup. Best on another disk than the database")
    String folder() default "";

    @AttributeDefinition(description = "The local time of day of the backup, HH:mm (or HH:mm:ss)")
    String time() default "02:30";

    @AttributeDefinition(description = "How many backups of this folder to keep, the newest; older ones are deleted", min = "1")
    int keep() default 7;
}
