package io.renshe.catalog.rest.internal;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.renshe.catalog.api.CatalogService;
import io.renshe.catalog.api.Comparison;
import io.renshe.catalog.api.EffectiveCatalog;
import io.renshe.catalog.api.EffectiveItem;
import io.renshe.catalog.api.Item;
import io.renshe.catalog.api.ItemJurisdictions;
import io.renshe.catalog.api.ItemQuery;
import io.renshe.catalog.api.Jurisdiction;
import io.renshe.catalog.api.JurisdictionStatus;
import io.renshe.catalog.api.Level;

/**
 * A catalog service that knows only the tree of jurisdictions: 安徽省 (340000) with 黄山市 (341000) and 六安市 (341500),
 * 六安市 with 叶集区 (341504, active) and a rejected bundle of 六安市's (341599) whose catalog is not served.
 */
final class Tree implements CatalogService {

    private static final Map<String, String> PARENTS = Map.of("341000", "340000", "341500", "340000", "341504", "341500",
            "341599", "341500");
    private static final Map<String, Level> LEVELS = Map.of("340000", Level.PROVINCE, "341000", Level.CITY, "341500",
            Level.CITY, "341504", Level.DISTRICT, "341599", Level.DISTRICT);

    private static boolean active(String id) {
        return LEVELS.containsKey(id) && !"341599".equals(id);
    }

    @Override
    public List<JurisdictionStatus> jurisdictions() {
        return LEVELS.keySet().stream().sorted().map(id -> JurisdictionStatus.builder().id(id).level(LEVELS.get(id))
                .parent(PARENTS.get(id)).bundle("test." + id).version("1.0.0")
                .status(active(id) ? JurisdictionStatus.ACTIVE : JurisdictionStatus.REJECTED).build()).toList();
    }

    @Override
    public Optional<JurisdictionStatus> jurisdiction(String id) {
        return jurisdictions().stream().filter(j -> j.id().equals(id)).findFirst();
    }

    @Override
    public Optional<EffectiveCatalog> catalog(String id) {
        if (!active(id)) {
            return Optional.empty();
        }
        List<String> ancestors = new ArrayList<>();
        for (String at = PARENTS.get(id); at != null; at = PARENTS.get(at)) {
            ancestors.add(at);
        }
        return Optional.of(EffectiveCatalog.builder().jurisdiction(Jurisdiction.builder().id(id).level(LEVELS.get(id))
                .parent(PARENTS.get(id)).build()).version("1.0.0").ancestors(ancestors).build());
    }

    @Override
    public Optional<List<EffectiveItem>> items(String jurisdictionId, ItemQuery query) {
        return Optional.empty();
    }

    @Override
    public Optional<String> unit(String jurisdictionId, String nameOrAlias) {
        return Optional.empty();
    }

    @Override
    public List<Item> catalogue() {
        return List.of();
    }

    @Override
    public Optional<Item> item(String codeOrName) {
        return Optional.empty();
    }

    @Override
    public Optional<ItemJurisdictions> offerings(String codeOrName) {
        return Optional.empty();
    }

    @Override
    public Optional<Comparison> compare(String a, String b) {
        return Optional.empty();
    }

    @Override
    public JurisdictionStatus validate(InputStream bundleJar) {
        throw new UnsupportedOperationException("not validating here");
    }

    @Override
    public String formatSchema() {
        return "{}";
    }
}
