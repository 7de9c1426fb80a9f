package io.renshe.catalog.store.internal;

import java.util.Dictionary;

import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.ConfigurationPlugin;

/**
 * Stands between Config Admin and pax-jdbc-config for the platform's data source. It hides the password and the URL
 * (a URL may hold credentials) from the service properties pax-jdbc publishes, lets the pool start without a
 * connection (the store reports a database it cannot reach), ties the pool to the store's pre-hook, and holds back
 * a configuration with a wrong setting by pointing it at a hook that never comes, so that pax-jdbc waits quietly
 * while the store reports the setting once.
 */
final class DataSourceGuard implements ConfigurationPlugin {

    /** Factory PID of pax-jdbc-config's data sources. */
    static final String FACTORY_PID = "org.ops4j.datasource";
    /** Name of the pre-hook a held-back configuration waits for; no service ever has it. */
    static final String HELD_BACK = "renshe-held-back";

    @Override
    public void modifyConfiguration(ServiceReference<?> reference, Dictionary<String, Object> properties) {
        DataSourceSettings settings = DataSourceSettings.of(properties);
        if (settings.isPlatform()) {
            guard(properties, settings.check() == null);
        }
    }

    static void guard(Dictionary<String, Object> properties, boolean valid) {
        for (String secret : new String[] {"password", "url", "jdbc.password", "jdbc.url"}) {
            Object value = properties.remove(secret);
            if (value != null) {
                properties.put("." + secret, value);
            }
        }
        for (String credential : new String[] {"user", ".user", "jdbc.user", ".jdbc.user", ".password", ".jdbc.password"}) {
            Object value = properties.get(credential);
            if (value != null && value.toString().isBlank()) {
                properties.remove(credential); // an empty user is not "no user" to every driver
            }
        }
        properties.remove("hikari.initializationFailTimeout");
        properties.put("pool.initializationFailTimeout", "-1");
        if (valid) {
            properties.put(DataSourceSettings.PRE_HOOK, DatabaseStore.PRE_HOOK);
        } else {
            properties.put(DataSourceSettings.PRE_HOOK, HELD_BACK);
            properties.put("pool", "hikari");
            properties.remove("xa");
            properties.remove(DataSourceSettings.DRIVER_CLASS);
            properties.put(DataSourceSettings.DRIVER_NAME, "derby");
        }
    }
}
