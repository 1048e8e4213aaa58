package dev.concertsaga.messaging.testapp;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A minimal service on the shared plumbing: it writes point events through the outbox and applies them back. */
@SpringBootApplication
public class MessagingTestApplication {
}
