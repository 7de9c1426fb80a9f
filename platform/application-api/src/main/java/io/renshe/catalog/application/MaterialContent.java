package io.renshe.catalog.application;

/**
 * A stored material with its content.
 *
 * @param id its id
 * @param name its name
 * @param content its content as submitted
 */
public record MaterialContent(long id, String name, String content) {

    /** Without the content. */
    @Override
    public String toString() {
        return "MaterialContent[id=" + id + ", name=" + name + "]";
    }
}
