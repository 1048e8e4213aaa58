package dev.concertsaga.systemtests;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;

import dev.concertsaga.webapp.Services;
import dev.concertsaga.webapp.WebApp;

/**
 * The booking page and the saga explorer in a real Chromium, against the four services on real Kafka and PostgreSQL,
 * through the web app's same-origin proxy. Each scenario saves a screenshot under target/browser and fails on any
 * console error the page did not provoke on purpose.
 */
class BookingPageSystemIT extends SagaScenario {

    private static final LocatorAssertions.HasAttributeOptions SAGA_PATIENCE = new LocatorAssertions.HasAttributeOptions().setTimeout(30_000);
    private static WebApp web;
    private static Browser browser;

    @BeforeAll
    static void serveAndLaunch() {
        SagaSystem system = SagaSystem.shared();
        web = WebApp.start(0, new Services(URI.create(system.payment.baseUrl()), URI.create(system.queue.baseUrl()),
                URI.create(system.concert.baseUrl()), URI.create(system.user.baseUrl())), WebApp.WebConfig.none());
        browser = Browser.launch();
        // Playwright's default of 5 s per assertion is short for the first requests of a page through the proxy to
        // services whose JIT is still cold, on a machine that runs four services, a broker and PostgreSQL on two cores.
        PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
        web.close();
    }

    @BeforeEach
    void noErrorsYet() {
        browser.consoleErrors.clear();
    }

    @AfterEach
    void noConsoleErrorsBut(/* those a scenario expects, removed by it */) {
        assertThat(browser.consoleErrors).as("console errors").isEmpty();
    }

    @Test
    void a_booking_that_completes_shows_the_seat_sold_and_the_balance_down_by_its_price() {
        Page page = browser.open(web.url() + "book.html");
        long userId = newUser(page, "Ada", 200_000);
        waitForMyTurn(page);
        Locator seat = page.locator(".seat[data-status=AVAILABLE]").first();
        String seatId = seat.getAttribute("data-seat-id");
        long price = Long.parseLong(seat.getAttribute("data-price"));

        seat.click();
        page.locator("#hold").click();
        assertThat(page.locator("#hold-status")).containsText("held for you");
        page.locator("#pay-button").click();

        assertThat(page.locator("#outcome [data-status=COMPLETED]")).containsText("The seat is yours");
        assertThat(page.locator("#balance")).hasText(points(200_000 - price));
        assertThat(page.locator(".seat[data-seat-id='" + seatId + "']")).hasAttribute("data-status", "SOLD", SAGA_PATIENCE);
        assertThat(balanceOf(userId)).isEqualTo(200_000 - price);
        Browser.screenshot(page, "booking-completed");
    }

    @Test
    void a_booking_short_of_points_is_compensated_and_the_explorer_filters_to_it_and_draws_its_compensations() {
        Page page = browser.open(web.url() + "book.html");
        long userId = newUser(page, "Bo", 1_000);
        waitForMyTurn(page);
        Locator seat = page.locator(".seat[data-status=AVAILABLE]").first();
        String seatId = seat.getAttribute("data-seat-id");
        seat.click();
        page.locator("#hold").click();
        assertThat(page.locator("#hold-status")).containsText("held for you");
        Instant heldUntil = Instant.parse(page.locator("#hold-status").getAttribute("data-held-until"));
        UUID reservationId = UUID.fromString(page.locator("#hold-status").getAttribute("data-reservation-id"));

        page.locator("#pay-button").click();

        assertThat(page.locator("#outcome [data-status=CANCELLED]")).containsText("you do not have enough points for this seat");
        assertThat(page.locator("#outcome [data-status=CANCELLED]")).containsText("your balance is " + points(1_000));
        assertThat(page.locator(".seat[data-seat-id='" + seatId + "']")).hasAttribute("data-status", "HELD", SAGA_PATIENCE);
        Browser.screenshot(page, "booking-compensated");
        String paymentId = page.locator("#outcome a").getAttribute("href").replaceAll(".*paymentId=([^&]+).*", "$1");
        system.awaitQuiet();
        assertThat(balanceOf(userId)).isEqualTo(1_000);
        var reservation = Http.get(system.concert.baseUrl() + "/api/v1/reservations/" + reservationId).body();
        assertThat(reservation.get("status").asString()).isEqualTo("HELD");
        assertThat(Instant.parse(reservation.get("heldUntil").asString())).as("the same deadline").isEqualTo(heldUntil);

        Page explorer = browser.open(web.url() + "explore.html");
        explorer.locator("#status").selectOption("CANCELLED");
        explorer.locator("#failed-step").selectOption("POINTS");
        explorer.locator("#user-filter").fill(Long.toString(userId));
        explorer.locator("#apply").click();

        assertThat(explorer.locator("#payments tr[data-payment-id]")).hasCount(1);
        assertThat(explorer.locator("#payments tr[data-payment-id]")).hasAttribute("data-payment-id", paymentId);
        explorer.locator("#payments a[data-payment-id]").click();
        assertThat(explorer.locator("#saga-summary")).containsText("failed at POINTS");
        assertThat(explorer.locator("[data-service=user-service] .event.failed[data-type=PointsDeductionFailed]")).isVisible();
        assertThat(explorer.locator("[data-service=payment-service] .event.compensation[data-type=PaymentCancelled]")).isVisible();
        assertThat(explorer.locator("[data-service=concert-service] .event.compensation[data-type=ReservationRestored]")).isVisible();
        assertThat(explorer.locator("[data-service=queue-service] .event.compensation[data-type=QueueTokenRestored]")).isVisible();
        Browser.screenshot(explorer, "explorer-compensated");
    }

    @Test
    void a_seat_someone_else_took_is_refused_in_plain_words_and_nothing_changes() {
        Page page = browser.open(web.url() + "book.html");
        long userId = newUser(page, "Cy", 200_000);
        waitForMyTurn(page);
        Locator seat = page.locator(".seat[data-status=AVAILABLE]").first();
        long seatId = Long.parseLong(seat.getAttribute("data-seat-id"));
        seat.click();
        long scheduleId = Long.parseLong(page.locator("#schedule").inputValue());
        holdAsSomeoneElse(scheduleId, seatId);

        page.locator("#hold").click();

        assertThat(page.locator("#seat-message")).hasAttribute("data-code", "SEAT_NOT_AVAILABLE");
        assertThat(page.locator("#seat-message")).containsText("Someone else has just taken this seat. Pick another seat from the map.");
        assertThat(page.locator(".seat[data-seat-id='" + seatId + "']")).hasAttribute("data-status", "HELD");
        assertThat(page.locator("#selected-seat")).hasText("none");
        assertThat(page.locator("#hold")).isDisabled();
        assertThat(page.locator("#pay-button")).isDisabled();
        assertThat(page.locator("#hold-status")).isEmpty();
        assertThat(page.locator("#balance")).hasText(points(200_000));
        Browser.screenshot(page, "seat-taken");
        assertThat(balanceOf(userId)).isEqualTo(200_000);
        // The one console error is the 409 this scenario provoked, which Chromium logs for any refused request.
        assertThat(browser.consoleErrors).singleElement().asString().contains("409");
        browser.consoleErrors.clear();
    }

    @Test
    void both_screens_fit_a_phone_label_every_control_and_can_be_used_from_the_keyboard() {
        Page page = browser.open(web.url() + "book.html");
        page.setViewportSize(390, 844);
        page.locator("#new-name").focus();
        page.keyboard().type("Di");
        page.keyboard().press("Tab");
        page.keyboard().press("Enter");
        assertThat(page.locator("#current-user")).containsText("Di");
        assertThat(widerThanViewport(page)).as("the booking page scrolls sideways").isFalse();
        assertThat(unlabelledControls(page)).as("controls without a label").isEmpty();
        Browser.screenshot(page, "book-phone");

        Page explorer = browser.open(web.url() + "explore.html");
        explorer.setViewportSize(390, 844);
        assertThat(explorer.locator("#payments tr").first()).isVisible();
        assertThat(widerThanViewport(explorer)).as("the explorer scrolls sideways").isFalse();
        assertThat(unlabelledControls(explorer)).as("controls without a label").isEmpty();
        Browser.screenshot(explorer, "explore-phone");
    }

    private long newUser(Page page, String name, long points) {
        page.locator("#new-name").fill(name);
        page.locator("#create-user").click();
        assertThat(page.locator("#current-user")).containsText(name);
        page.locator("#charge-amount").fill(Long.toString(points));
        page.locator("#charge").click();
        assertThat(page.locator("#balance")).hasText(points(points));
        return Long.parseLong(page.locator("#current-user").textContent().replaceAll(".*user (\\d+).*", "$1"));
    }

    /** Joins the queue, waits for ACTIVE, then for concert-service to have seen the token on queue-token-events. */
    private void waitForMyTurn(Page page) {
        page.locator("#join-queue").click();
        assertThat(page.locator("#queue-status")).hasAttribute("data-status", "ACTIVE", SAGA_PATIENCE);
        system.awaitQuiet();
        assertThat(page.locator(".seat[data-status=AVAILABLE]").first()).isVisible();
    }

    private void holdAsSomeoneElse(long scheduleId, long seatId) {
        Customer other = Customer.register(system, "Eve", 0);
        Customer.Token token = other.takeActiveToken();
        system.awaitQuiet();
        Http.Response held = Http.post(system.concert.baseUrl() + "/api/v1/reservations",
                Map.of("userId", other.userId, "scheduleId", scheduleId, "seatId", seatId), Map.of("Queue-Token", token.value().toString()));
        assertThat(held.status()).as("someone else holds the seat").isEqualTo(201);
    }

    private long balanceOf(long userId) {
        return Http.get(system.user.baseUrl() + "/api/v1/users/" + userId + "/points").body().get("balance").asLong();
    }

    private static boolean widerThanViewport(Page page) {
        return (Boolean) page.evaluate("() => document.documentElement.scrollWidth > window.innerWidth");
    }

    @SuppressWarnings("unchecked")
    private static List<String> unlabelledControls(Page page) {
        return (List<String>) page.evaluate("() => [...document.querySelectorAll('input, select')]"
                + ".filter(control => control.labels.length === 0).map(control => control.id)");
    }

    private static String points(long amount) {
        return String.format(Locale.US, "%,d points", amount);
    }
}
