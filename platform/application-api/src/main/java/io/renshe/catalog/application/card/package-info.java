/**
 * The social-security card register (社会保障卡): the state of each person's card, which the card plug-in checks
 * applications against. The platform ships an embedded register that keeps the states in the platform database (a
 * person without a record has no card); a provincial system replaces it by registering its own
 * {@link io.renshe.catalog.application.card.CardRegister} service with a higher {@code service.ranking}.
 */
@Export
@Version("1.0.0")
package io.renshe.catalog.application.card;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
