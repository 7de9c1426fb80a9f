package io.renshe.catalog.browser;

import java.io.IOException;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives the tests the platform under test, shared by every test class of the run: {@code @ExtendWith} it and take a
 * parameter of type {@link Platform} (the started distribution over plain HTTP) or {@link Browser} (Chromium on the
 * console). The distribution starts with the first test that needs it and the browser with the first browser test;
 * both are closed when the run ends (JUnit closes the root store), whatever the outcome.
 */
public final class PlatformExtension implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(PlatformExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == Platform.class || type == Browser.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        ExtensionContext.Store store = context.getRoot().getStore(NAMESPACE);
        Distribution distribution = store.getOrComputeIfAbsent(Distribution.class, key -> {
            try {
                return Distribution.start();
            } catch (IOException e) {
                throw new IllegalStateException("The platform did not start", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while the platform started", e);
            }
        }, Distribution.class);
        if (parameter.getParameter().getType() == Browser.class) {
            return store.getOrComputeIfAbsent(Browser.class, key -> {
                try {
                    return Browser.start(distribution.baseUrl());
                } catch (IOException e) {
                    throw new IllegalStateException("Chromium did not start", e);
                }
            }, Browser.class);
        }
        return new Platform(distribution);
    }
}
