package dev.concertsaga.payment.adapter.in.web;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code wait} preference of RFC 7240 ({@code Prefer: wait=5}): how many seconds a client will wait for the
 * saga's outcome. More than {@value #MAX_SECONDS} is taken as {@value #MAX_SECONDS}. A malformed preference is
 * ignored, as the RFC asks, and so is any {@code wait} after the first.
 */
record PreferWait(int seconds) {

    static final int MAX_SECONDS = 10;

    private static final Pattern WAIT = Pattern.compile("\\s*wait\\s*=\\s*(\"?)(\\d+)\\1\\s*(;.*)?", Pattern.CASE_INSENSITIVE);

    /** The wait asked for by the {@code Prefer} header values, if any asks for one in a well-formed way. */
    static Optional<PreferWait> parse(List<String> preferHeaders) {
        if (preferHeaders == null) {
            return Optional.empty();
        }
        return preferHeaders.stream()
                .flatMap(header -> Arrays.stream(header.split(",")))
                .filter(preference -> nameOf(preference).equals("wait"))
                .findFirst()
                .flatMap(PreferWait::valueOf);
    }

    Duration duration() {
        return Duration.ofSeconds(seconds);
    }

    /** The {@code Preference-Applied} value that says how long the server waited at most. */
    String applied() {
        return "wait=" + seconds;
    }

    private static String nameOf(String preference) {
        return preference.split("[=;]", 2)[0].trim().toLowerCase(Locale.ROOT);
    }

    private static Optional<PreferWait> valueOf(String preference) {
        Matcher wait = WAIT.matcher(preference);
        if (!wait.matches()) {
            return Optional.empty();
        }
        String digits = wait.group(2);
        int seconds = digits.length() > 2 ? MAX_SECONDS : Math.min(Integer.parseInt(digits), MAX_SECONDS);
        return Optional.of(new PreferWait(seconds));
    }
}
