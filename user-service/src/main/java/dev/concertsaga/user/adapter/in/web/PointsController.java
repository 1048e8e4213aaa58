package dev.concertsaga.user.adapter.in.web;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;

import dev.concertsaga.web.ProblemResponse;
import dev.concertsaga.user.application.ChargePoints;
import dev.concertsaga.user.application.FindUser;
import dev.concertsaga.user.application.ListPointHistory;
import dev.concertsaga.user.domain.PointAccount;

@RestController
@RequestMapping("/api/v1/users/{userId}/points")
class PointsController {

    private final ChargePoints chargePoints;
    private final FindUser findUser;
    private final ListPointHistory listPointHistory;

    PointsController(ChargePoints chargePoints, FindUser findUser, ListPointHistory listPointHistory) {
        this.chargePoints = chargePoints;
        this.findUser = findUser;
        this.listPointHistory = listPointHistory;
    }

    /** Buys 1 to 10,000,000 points: 200 {@code {"userId","balance"}}; 404 USER_NOT_FOUND, 409 BALANCE_LIMIT_EXCEEDED. */
    @PostMapping("/charge")
    @Operation(summary = "Charge points", description = "Adds 1 to 10,000,000 points to the user's balance, with a ledger CHARGE.")
    @ProblemResponse(status = 404, codes = "USER_NOT_FOUND", description = "There is no user with this id.")
    @ProblemResponse(status = 409, codes = "BALANCE_LIMIT_EXCEEDED", description = "The balance would pass its limit; nothing was charged.")
    BalanceResponse charge(@PathVariable @Positive long userId, @Valid @RequestBody ChargeRequest request) {
        PointAccount account = chargePoints.charge(userId, request.amount());
        return new BalanceResponse(account.userId(), account.balance());
    }

    /** The user's balance: 200 {@code {"userId","balance"}}, 404 USER_NOT_FOUND. */
    @GetMapping
    @Operation(summary = "Get a user's balance")
    @ProblemResponse(status = 404, codes = "USER_NOT_FOUND", description = "There is no user with this id.")
    BalanceResponse balance(@PathVariable @Positive long userId) {
        return new BalanceResponse(userId, findUser.find(userId).balance());
    }

    /** The user's ledger, newest first, at most {@code limit} (1 to 200) entries; 404 USER_NOT_FOUND. */
    @GetMapping("/history")
    @Operation(summary = "Get a user's ledger", description = "Charges, uses and refunds, newest first, at most `limit` (1 to 200) entries.")
    @ProblemResponse(status = 404, codes = "USER_NOT_FOUND", description = "There is no user with this id.")
    List<LedgerEntryResponse> history(@PathVariable @Positive long userId,
                                      @RequestParam(defaultValue = "50") @Min(1) @Max(200) int limit) {
        return listPointHistory.latest(userId, limit).stream().map(LedgerEntryResponse::of).toList();
    }
}
