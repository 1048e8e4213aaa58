package dev.concertsaga.payment.application;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.concertsaga.payment.domain.Payment;

/**
 * Lists payments newest first, a page at a time: what the saga explorer shows. Paging is by key (the previous page's
 * last paymentId), so a page costs the same however deep it is and a payment added meanwhile never shifts one.
 */
@Service
public class ListPayments {

    public static final int MAX_LIMIT = 100;
    public static final int DEFAULT_LIMIT = 20;

    private final PaymentStore payments;

    ListPayments(PaymentStore payments) {
        this.payments = payments;
    }

    /** {@code before} is null for the first page; one row more than asked for says whether there is a next page. */
    @Transactional(readOnly = true)
    public PaymentPage page(PaymentFilter filter, UUID before, int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1 to " + MAX_LIMIT + ", was " + limit);
        }
        List<Payment> found = payments.findNewestFirst(filter, before, limit + 1);
        if (found.size() <= limit) {
            return new PaymentPage(found, null);
        }
        List<Payment> page = found.subList(0, limit);
        return new PaymentPage(List.copyOf(page), page.get(limit - 1).id());
    }
}
