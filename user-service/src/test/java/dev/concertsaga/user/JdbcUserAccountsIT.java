package dev.concertsaga.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import dev.concertsaga.user.application.UserAccounts;
import dev.concertsaga.user.domain.PointAccount;

@UserServiceIT
class JdbcUserAccountsIT {

    private static final String LOCK_NOT_AVAILABLE = "55P03";

    @Autowired
    UserAccounts accounts;
    @Autowired
    TestUsers users;
    @Autowired
    DataSource dataSource;
    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void locks_out_other_balance_changes_but_not_rows_that_reference_the_user() throws SQLException {
        long userId = users.withPoints(300);

        try (Connection other = dataSource.getConnection()) {
            new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
                assertThat(accounts.lock(userId)).get().extracting(PointAccount::balance).isEqualTo(300L);

                assertThat(tryLock(other, userId, "FOR KEY SHARE")).as("what a ledger row's foreign key takes").isNull();
                assertThat(tryLock(other, userId, "FOR NO KEY UPDATE")).as("what another balance change takes").isEqualTo(LOCK_NOT_AVAILABLE);
            });
            assertThat(tryLock(other, userId, "FOR NO KEY UPDATE")).as("once the transaction ended").isNull();
        }
    }

    @Test
    void refuses_to_update_the_balance_of_a_user_who_does_not_exist() {
        assertThatIllegalStateException().isThrownBy(() -> new TransactionTemplate(transactionManager)
                        .executeWithoutResult(status -> accounts.update(new PointAccount(Long.MAX_VALUE, 10))))
                .withMessageContaining(Long.toString(Long.MAX_VALUE));
    }

    /** @return the SQLSTATE if the row lock could not be taken at once, {@code null} if it was taken (and released) */
    private static String tryLock(Connection connection, long userId, String lock) {
        try (PreparedStatement select = connection.prepareStatement("SELECT 1 FROM users WHERE id = ? " + lock + " NOWAIT")) {
            select.setLong(1, userId);
            select.executeQuery().close();
            return null;
        } catch (SQLException e) {
            return e.getSQLState();
        }
    }
}
