package dev.concertsaga.localstack;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/** Progress lines on the console; the services' own logs go to files. */
final class Log {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private Log() {
    }

    static void info(String message) {
        System.out.println(now() + "  " + message);
    }

    static String now() {
        return LocalTime.now().format(TIME);
    }
}
