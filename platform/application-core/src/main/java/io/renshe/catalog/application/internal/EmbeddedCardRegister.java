package io.renshe.catalog.application.internal;

import static io.renshe.catalog.application.internal.Sql.setAll;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

import javax.sql.DataSource;

import org.osgi.framework.Constants;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import io.renshe.catalog.api.ServiceUnavailableException;
import io.renshe.catalog.application.card.Card;
import io.renshe.catalog.application.card.CardRegister;
import io.renshe.catalog.application.card.CardState;
import io.renshe.catalog.store.PlatformDatabase;

/**
 * The card register the platform ships: each person's current card in the table CARD_REGISTER of the platform
 * database, keyed by ID number; a person without a row has no card. Registered with a low ranking, so that a
 * provincial system's register (registered with the default ranking 0 or higher) replaces it.
 */
@Component(service = CardRegister.class, property = Constants.SERVICE_RANKING + ":Integer=-1000")
public final class EmbeddedCardRegister implements CardRegister {

    @Reference(target = "(" + PlatformDatabase.SCHEMA + "=" + ApplicationEngine.TRACK + ")",
            cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile DataSource database;

    @Override
    public Optional<Card> card(String idNumber) {
        try (Connection connection = database().getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT STATE, SINCE, REASON FROM CARD_REGISTER "
                        + "WHERE ID_NUMBER = ?")) {
            setAll(select, IdNumbers.normalise(idNumber));
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Card(CardState.valueOf(row.getString("STATE")), Sql.instant(row, "SINCE"),
                        row.getString("REASON")));
            }
        } catch (SQLException e) {
            throw Sql.failure("reading the card register", e);
        }
    }

    @Override
    public void record(String idNumber, CardState state, Instant at, String reason) {
        String id = IdNumbers.normalise(idNumber);
        String why = reason == null || reason.length() <= 300 ? reason : reason.substring(0, 300);
        try (Connection connection = database().getConnection()) {
            connection.setAutoCommit(false);
            try {
                int updated;
                try (PreparedStatement update = connection.prepareStatement("UPDATE CARD_REGISTER SET STATE = ?, "
                        + "SINCE = ?, REASON = ? WHERE ID_NUMBER = ? AND STATE <> ?")) {
                    setAll(update, state.name(), at, Sql.text(why), id, state.name());
                    updated = update.executeUpdate();
                }
                if (updated == 0 && card(connection, id) == null) {
                    try (PreparedStatement insert = connection.prepareStatement("INSERT INTO CARD_REGISTER (ID_NUMBER, "
                            + "STATE, SINCE, REASON) VALUES (?, ?, ?, ?)")) {
                        setAll(insert, id, state.name(), at, Sql.text(why));
                        insert.executeUpdate();
                    }
                }
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw Sql.failure("writing the card register", e);
        }
    }

    private static String card(Connection connection, String id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT STATE FROM CARD_REGISTER WHERE ID_NUMBER = ?")) {
            setAll(select, id);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        }
    }

    private DataSource database() {
        DataSource source = database;
        if (source == null) {
            throw new ServiceUnavailableException("The card register's database is not available: see /api/health");
        }
        return source;
    }
}
