package io.renshe.catalog.api;

import java.util.List;

/**
 * What two jurisdictions offer, side by side.
 *
 * @param a the first jurisdiction id
 * @param b the second jurisdiction id
 * @param both items both offer, with where they differ
 * @param onlyA items only the first offers
 * @param onlyB items only the second offers
 */
public record Comparison(String a, String b, List<Both> both, List<Item> onlyA, List<Item> onlyB) {
    public Comparison {
        both = List.copyOf(both);
        onlyA = List.copyOf(onlyA);
        onlyB = List.copyOf(onlyB);
    }

    /**
     * An item both offer.
     *
     * @param item the item
     * @param differences how they differ; empty when they offer it the same way
     */
    public record Both(Item item, List<Difference> differences) {
        public Both {
            differences = List.copyOf(differences);
        }
    }

    /**
     * One aspect in which two offerings of the same item differ.
     *
     * @param aspect {@code limit}, {@code level}, {@code channel} or {@code unit}
     * @param a the first jurisdiction's values
     * @param b the second jurisdiction's values
     */
    public record Difference(String aspect, List<String> a, List<String> b) {
        public Difference {
            a = List.copyOf(a);
            b = List.copyOf(b);
        }
    }
}
