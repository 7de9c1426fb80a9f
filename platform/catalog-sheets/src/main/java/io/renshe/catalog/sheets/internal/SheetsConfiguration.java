package io.renshe.catalog.sheets.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(
        name = "Renshe spreadsheets",
        description = "Limits on the CSV and xlsx files a local office imports into a list. A file past any of them is "
                + "refused whole, with the limit named, before any of it is read into the catalog.")
@interface SheetsConfiguration {

    @AttributeDefinition(name = "Largest file (bytes)",
            description = "The largest request body of an import, as sent (413 past it).", min = "1024")
    int max_bytes() default 5 * 1024 * 1024;

    @AttributeDefinition(name = "Most rows",
            description = "The most data rows of a file, the header row not counted.", min = "1")
    int max_rows() default 2000;

    @AttributeDefinition(name = "Most columns", description = "The most columns of any row.", min = "1")
    int max_columns() default 50;

    @AttributeDefinition(name = "Longest cell (characters)",
            description = "The most characters in one cell.", min = "1")
    int max_cell_chars() default 4000;

    @AttributeDefinition(name = "Most zip entries (xlsx)",
            description = "The most files inside an xlsx (an xlsx is a zip archive; Excel writes about a dozen).",
            min = "1")
    int max_zip_entries() default 200;

    @AttributeDefinition(name = "Largest inflated size (xlsx, bytes)",
            description = "The most bytes all files inside an xlsx may inflate to, together.", min = "1024")
    int max_inflated_bytes() default 32 * 1024 * 1024;

    @AttributeDefinition(name = "Highest compression ratio (xlsx)",
            description = "The most an entry of an xlsx may inflate relative to its compressed size, checked once it "
                    + "has inflated past 100 KiB (zip bombs reach thousands).", min = "1")
    int max_compression_ratio() default 100;
}
