package dev.concertsaga.user;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

import dev.concertsaga.user.application.ChargePoints;
import dev.concertsaga.user.application.RegisterUser;
import dev.concertsaga.user.domain.PointAccount;

/** Users a test owns, made through the service's own use cases, and their state read straight from the database. */
public class TestUsers {

    private final RegisterUser registerUser;
    private final ChargePoints chargePoints;
    private final JdbcClient jdbc;

    TestUsers(RegisterUser registerUser, ChargePoints chargePoints, JdbcClient jdbc) {
        this.registerUser = registerUser;
        this.chargePoints = chargePoints;
        this.jdbc = jdbc;
    }

    /** A new user holding {@code points}, bought in as few charges as the per-charge maximum allows. */
    public long withPoints(long points) {
        long userId = registerUser.register("test user").id();
        for (long left = points; left > 0; left -= PointAccount.MAX_CHARGE) {
            chargePoints.charge(userId, Math.min(left, PointAccount.MAX_CHARGE));
        }
        return userId;
    }

    /** @return the balance after the charge */
    public long charge(long userId, long amount) {
        return chargePoints.charge(userId, amount).balance();
    }

    public long balanceOf(long userId) {
        return jdbc.sql("SELECT balance FROM users WHERE id = ?").param(userId).query(Long.class).single();
    }

    /** What the ledger says the balance is: charges and refunds minus uses. */
    public long ledgerSumOf(long userId) {
        return jdbc.sql("""
                        SELECT coalesce(sum(CASE type WHEN 'USE' THEN -amount ELSE amount END), 0)
                        FROM point_ledger WHERE user_id = ?""")
                .param(userId).query(Long.class).single();
    }

    /** The user's ledger, oldest first. */
    public List<Entry> ledgerOf(long userId) {
        return entriesWhere("user_id", userId);
    }

    /** A payment's USE and REFUND, if any, in that order. */
    public List<Entry> ledgerOf(UUID paymentId) {
        return entriesWhere("payment_id", paymentId);
    }

    private List<Entry> entriesWhere(String column, Object value) {
        return jdbc.sql("SELECT type, amount, payment_id, balance_after FROM point_ledger WHERE " + column + " = ? ORDER BY id")
                .param(value)
                .query((rs, n) -> new Entry(rs.getString(1), rs.getLong(2), rs.getObject(3, UUID.class), rs.getLong(4)))
                .list();
    }

    public record Entry(String type, long amount, UUID paymentId, long balanceAfter) {
    }
}
